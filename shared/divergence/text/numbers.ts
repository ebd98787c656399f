/**
 * Numbers in a sentence, normalised so that the two sides compare: digits with decimal commas or points and
 * thousands separators (1,500 / 1 500 / 1.5), number words ("one hundred thirty", «сто тридцать», «двух тысяч»),
 * scale words (5 million / 5 млн), dates (06.02.2026) and years with «г.». An ambiguous spelling keeps every
 * reading ("1,500" in a Russian text is 1.5 or 1500), and two numbers match when their readings meet.
 */
import type { LangCode } from '../../types';
import { SliceTable } from '../../align/slice-table';
import { emptyPackedList } from '../empty-lists';
import { letterRunEnd } from './letter-runs';
import type { Token } from './side-text';

/** A number found in a text. */
export interface NumberMention {
  readonly start: number;
  readonly end: number;
  /** Every plausible value of the spelling. */
  readonly values: readonly number[];
  /** Written in words rather than digits. */
  readonly words: boolean;
}

interface NumberWord {
  readonly value: number;
  /** 'unit' adds; 'hundred' multiplies what came before by 100; 'scale' closes a group (thousand, million). */
  readonly role: 'unit' | 'hundred' | 'scale';
}

function table(entries: readonly (readonly [number, string])[], role: NumberWord['role'] = 'unit'): Map<string, NumberWord> {
  const map = new Map<string, NumberWord>();
  for (const [value, forms] of entries) for (const form of forms.split(' ')) map.set(form, { value, role });
  return map;
}

const EN_WORDS = new Map<string, NumberWord>([
  ...table([
    [0, 'zero'], [1, 'one'], [2, 'two'], [3, 'three'], [4, 'four'], [5, 'five'], [6, 'six'], [7, 'seven'],
    [8, 'eight'], [9, 'nine'], [10, 'ten'], [11, 'eleven'], [12, 'twelve'], [13, 'thirteen'], [14, 'fourteen'],
    [15, 'fifteen'], [16, 'sixteen'], [17, 'seventeen'], [18, 'eighteen'], [19, 'nineteen'], [20, 'twenty'],
    [30, 'thirty'], [40, 'forty'], [50, 'fifty'], [60, 'sixty'], [70, 'seventy'], [80, 'eighty'], [90, 'ninety'],
  ]),
  // Ordinals: "the fourth conference" = «IV конференция» = «четвёртая конференция».
  ...table([
    [1, 'first'], [2, 'second'], [3, 'third'], [4, 'fourth'], [5, 'fifth'], [6, 'sixth'], [7, 'seventh'], [8, 'eighth'],
    [9, 'ninth'], [10, 'tenth'], [11, 'eleventh'], [12, 'twelfth'], [20, 'twentieth'], [30, 'thirtieth'],
  ]),
  // Words that hold a number: "the last decade" = «последние десять лет», "a fortnight" = «две недели», "twice" =
  // «дважды», «второй раз».
  ...table([[10, 'decade decades'], [2, 'fortnight fortnights twice'], [3, 'thrice']]),
  // Groups named by their number, the counterparts of «тройка», «четверка» (see RU_WORDS).
  ...table([
    [2, 'duo duos'], [3, 'trio trios troika troikas'], [4, 'quartet quartets'], [5, 'quintet quintets'],
    [6, 'sextet sextets'], [7, 'septet septets'], [8, 'octet octets'],
  ]),
  ...table([[100, 'hundred hundreds']], 'hundred'),
  ...table([[1e3, 'thousand thousands k'], [1e6, 'million millions mln m'], [1e9, 'billion billions bn'], [1e12, 'trillion trillions tn']], 'scale'),
]);

// Russian forms in every case; the «пять…девять» family shares one pattern of endings.
function ruFamily(value: number, stems: string, endings = 'ь и ью'): [number, string] {
  const forms: string[] = [];
  for (const stem of stems.split(' ')) for (const ending of endings.split(' ')) forms.push(stem + ending);
  return [value, forms.join(' ')];
}

// Russian ordinals: a stem with the adjective endings («четвёртая», «пятого», «второй»).
function ruOrdinal(value: number, stem: string): [number, string] {
  const endings = 'ый ой ая ое ые ого ому ым ом ую ых ыми';
  return [value, endings.split(' ').map((ending) => stem + ending).join(' ')];
}

// A number as a noun in -ка (четверка): its forms in every case, the genitive plural given.
function ruNoun(value: number, stem: string, genitivePlural: string): [number, string] {
  const endings = 'ка ки ке ку кой кою кам ками ках';
  return [value, [...endings.split(' ').map((ending) => stem + ending), genitivePlural].join(' ')];
}

const RU_WORDS = new Map<string, NumberWord>([
  ...table([
    [0, 'ноль нуль нуля нулю нулем'],
    [1, 'один одна одно одного одной одному одним одном одну'],
    [2, 'два две двух двум двумя'], [3, 'три трех трем тремя'], [4, 'четыре четырех четырем четырьмя'],
    ruFamily(5, 'пят'), ruFamily(6, 'шест'), [7, 'семь семи'], [8, 'восемь восьми восемью восьмью'], ruFamily(9, 'девят'),
    ruFamily(10, 'десят'), ruFamily(11, 'одиннадцат'), ruFamily(12, 'двенадцат'), ruFamily(13, 'тринадцат'),
    ruFamily(14, 'четырнадцат'), ruFamily(15, 'пятнадцат'), ruFamily(16, 'шестнадцат'), ruFamily(17, 'семнадцат'),
    ruFamily(18, 'восемнадцат'), ruFamily(19, 'девятнадцат'), ruFamily(20, 'двадцат'), ruFamily(30, 'тридцат'),
    [40, 'сорок сорока'], [50, 'пятьдесят пятидесяти пятьюдесятью'], [60, 'шестьдесят шестидесяти шестьюдесятью'],
    [70, 'семьдесят семидесяти семьюдесятью'], [80, 'восемьдесят восьмидесяти восемьюдесятью'],
    [90, 'девяносто девяноста'], [100, 'сто ста сотни сотен сотня'],
    ruOrdinal(1, 'перв'), ruOrdinal(2, 'втор'), ruOrdinal(4, 'четверт'), ruOrdinal(5, 'пят'), ruOrdinal(6, 'шест'),
    ruOrdinal(7, 'седьм'), ruOrdinal(8, 'восьм'), ruOrdinal(9, 'девят'), ruOrdinal(10, 'десят'), ruOrdinal(20, 'двадцат'),
    [3, 'третий третья третье третьи третьего третьей третьему третьим третьем третью третьих третьими'],
    // Adverbs of times: «дважды» = twice, «вдвое больше» = twice as many.
    [2, 'дважды вдвое'], [3, 'трижды втрое'], [4, 'вчетверо'],
    // Collective numerals: «пятеро протестующих» = five protesters.
    [2, 'двое двоих двоим двоими'], [3, 'трое троих троим троими'], [4, 'четверо четверых четверым'],
    [5, 'пятеро пятерых пятерым'], [6, 'шестеро шестерых'], [7, 'семеро семерых'],
    // Numbers as nouns: «Большая семерка» = the Group of Seven, «кольстонская четверка» = the Colston Four («десятки»,
    // tens of something, is left out: "tens of thousands" names no number).
    ruNoun(2, 'двой', 'двоек'), ruNoun(3, 'трой', 'троек'), ruNoun(4, 'четвер', 'четверок'), ruNoun(5, 'пятер', 'пятерок'),
    ruNoun(6, 'шестер', 'шестерок'), ruNoun(7, 'семер', 'семерок'), ruNoun(8, 'восьмер', 'восьмерок'), ruNoun(9, 'девят', 'девяток'),
    [200, 'двести двухсот двумстам двумястами двухстах'], [300, 'триста трехсот тремстам тремястами трехстах'],
    [400, 'четыреста четырехсот четыремстам четырьмястами четырехстах'],
    [500, 'пятьсот пятисот пятистам пятьюстами пятистах'], [600, 'шестьсот шестисот шестистам шестьюстами шестистах'],
    [700, 'семьсот семисот семистам семьюстами семистах'], [800, 'восемьсот восьмисот восьмистам восемьюстами восьмистах'],
    [900, 'девятьсот девятисот девятистам девятьюстами девятистах'],
  ]),
  ...table([
    [1e3, 'тысяча тысячи тысяч тысячу тысячей тысячам тысячами тысячах тыс'],
    [1e6, 'миллион миллиона миллионов миллионы миллионам миллионами миллионах млн'],
    [1e9, 'миллиард миллиарда миллиардов миллиарды миллиардам миллиардами миллиардах млрд'],
    [1e12, 'триллион триллиона триллионов триллионы трлн'],
  ], 'scale'),
]);

const WORDS_BY_LANG: Readonly<Record<LangCode, ReadonlyMap<string, NumberWord>>> = { en: EN_WORDS, ru: RU_WORDS };

/** True when Sverka reads numbers written in words in this language (elsewhere only digits are compared). */
export function readsNumberWords(lang: LangCode): boolean {
  return WORDS_BY_LANG[lang] !== undefined;
}

// Times on the twelve-hour clock first (5.30pm, 1 p.m., 10:50 AM: the hour, its reading on the 24-hour clock that a
// translation may use instead, and the minutes), then dates and times (06.02.2026, 15:45), grouped numbers, plain ones.
const CLOCK_12 = /\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\b\.?/giu;
const DATE = /\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?/gu;
// Russian compounds that start with a number («пятиэтажный», «четырёхминутный», «восемнадцатилетний»); «семи-», «сто-»
// and «ста-» are left out because of «семинар», «стол», «стабильность».
const RU_PREFIX_VALUES: Readonly<Record<string, number>> = {
  одно: 1, двух: 2, дву: 2, трех: 3, четырех: 4, пяти: 5, шести: 6, восьми: 8, девяти: 9, десяти: 10, одиннадцати: 11,
  двенадцати: 12, тринадцати: 13, четырнадцати: 14, пятнадцати: 15, шестнадцати: 16, семнадцати: 17, восемнадцати: 18,
  девятнадцати: 19, двадцати: 20, тридцати: 30, сорока: 40, пятидесяти: 50, шестидесяти: 60, семидесяти: 70,
  восьмидесяти: 80, девяносто: 90,
};
// Longest first: «шести» starts «шестидесяти», «восьми» «восьмидесяти».
const RU_NUMBER_PREFIX = new RegExp(
  `^(${Object.keys(RU_PREFIX_VALUES).sort((a, b) => b.length - a.length).join('|')})(?=\\p{L}{4})`,
  'u',
);
// Words that merely start like a number compound.
const RU_PREFIX_EXCEPTIONS = /^(пятин|сорокопут|одноклассник)/u;
const DIGITS = /\d{1,3}(?:(?:,|\.|[\u00A0\u202F\u2009 ])\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?/gu;
const WORD = /[\p{L}]+/gu;
const CONNECTORS = new Set(['and', 'и', '-']);

function readDigits(raw: string, lang: LangCode): number[] {
  const grouped = /^(\d{1,3})((?:(?:,|\.|[\u00A0\u202F\u2009 ])\d{3})+)(?:([.,])(\d+))?$/u.exec(raw);
  if (grouped) {
    const separator = grouped[2]?.[0] ?? '';
    const whole = Number((grouped[1] ?? '') + (grouped[2] ?? '').replace(/\D/gu, ''));
    const fraction = grouped[4] ? Number(`0.${grouped[4]}`) : 0;
    const readings = [whole + fraction];
    const groups = (grouped[2] ?? '').length / 4;
    // A single group after a comma or point may be a decimal fraction instead (1,500 in Russian, 1.500 in English).
    const decimalMark = lang === 'en' ? '.' : ',';
    if (groups === 1 && !grouped[4] && (separator === decimalMark || (separator === '.' && lang !== 'en'))) {
      readings.push(Number(`${grouped[1]}.${(grouped[2] ?? '').slice(1)}`));
    }
    return readings;
  }
  return [Number(raw.replace(',', '.'))];
}

/** True when a unit value may follow the current value of a number in words (20 + 5, 100 + 30, 0 + 7). */
function composes(current: number, value: number): boolean {
  if (current === 0) return true;
  if (current % 100 === 0) return value < 100;
  return current >= 20 && current % 10 === 0 && value < 10;
}

// Per language, memoised by the word as written: its lower-case form and the number it names, if any. Found from a
// slice of the text (the letter runs of a text are looked up without cutting each one out).
interface NumberWordFacts {
  readonly lower: string;
  readonly entry: NumberWord | undefined;
}

interface NumberWordTable {
  readonly ids: SliceTable;
  readonly facts: NumberWordFacts[];
}

const numberWordTables = new Map<LangCode, NumberWordTable>();
/** Words kept per language before the table is emptied, so a huge run cannot exhaust memory. */
const NUMBER_WORDS_LIMIT = 200_000;

/** A word as the number tables spell it: lower case, ё as е. */
function lowerNumberForm(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

function numberWordFacts(word: string, lang: LangCode, words: ReadonlyMap<string, NumberWord>): NumberWordFacts {
  const lower = lowerNumberForm(word);
  let entry = words.get(lower);
  if (!entry && lang === 'ru') {
    const prefix = RU_NUMBER_PREFIX.exec(lower);
    if (prefix && !RU_PREFIX_EXCEPTIONS.test(lower)) entry = { value: RU_PREFIX_VALUES[prefix[1] ?? ''] ?? 0, role: 'unit' };
  }
  return { lower, entry };
}

/** The facts of the word text.slice(start, end) as a number word of the language. */
function numberWordAt(text: string, start: number, end: number, lang: LangCode, words: ReadonlyMap<string, NumberWord>): NumberWordFacts {
  let table = numberWordTables.get(lang);
  if (!table || table.facts.length >= NUMBER_WORDS_LIMIT) {
    table = { ids: new SliceTable(), facts: [] };
    numberWordTables.set(lang, table);
  }
  const id = table.ids.find(text, start, end);
  if (id >= 0) return table.facts[id] as NumberWordFacts;
  const word = text.slice(start, end);
  const found = numberWordFacts(word, lang, words);
  table.ids.add(word, table.facts.length);
  table.facts.push(found);
  return found;
}

function numberWordOf(word: string, lang: LangCode, words: ReadonlyMap<string, NumberWord>): NumberWordFacts {
  return numberWordAt(word, 0, word.length, lang, words);
}

/** Whether a start offset lies in one of the spans the digit pass took. */
function inTaken(taken: readonly (readonly [number, number])[], start: number): boolean {
  for (const [from, to] of taken) if (start >= from && start < to) return true;
  return false;
}

interface WordGroup {
  start: number;
  end: number;
  total: number;
  current: number;
}

/**
 * The numbers in words of a text; `from` is where the first letter run naming a number may start (the letters
 * before it name none, and make no group: skipping them changes nothing). The letter runs are those of `WORD`
 * (`letterRunEnd`). With the text's `tokens`, a run inside a token whose word names no number is not looked up:
 * it names none either (most runs after a number word are such words).
 */
function collectWordNumbers(text: string, lang: LangCode, taken: readonly (readonly [number, number])[], from = 0, tokens?: readonly Token[]): NumberMention[] {
  const words = WORDS_BY_LANG[lang];
  if (!words) return [];
  const mentions: NumberMention[] = [];
  let group: WordGroup | undefined;
  const close = (): void => {
    if (group) mentions.push({ start: group.start, end: group.end, values: [group.total + group.current], words: true });
    group = undefined;
  };
  let at = from;
  let cursor = 0;
  while (at < text.length) {
    const end = letterRunEnd(text, at);
    if (end === at) {
      at += 1;
      continue;
    }
    const start = at;
    at = end;
    if (tokens !== undefined) {
      while (cursor < tokens.length && (tokens[cursor] as Token).end <= start) cursor += 1;
      const token = tokens[cursor];
      if (token !== undefined && token.start <= start && end <= token.end && !namesNumber(token, lang, words)) {
        // No number: a connector keeps a group open, anything else closes it.
        if (group && CONNECTORS.has(lowerNumberForm(text.slice(start, end)))) continue;
        close();
        continue;
      }
    }
    const { lower, entry } = numberWordAt(text, start, end, lang, words);
    if (!entry || inTaken(taken, start)) {
      if (group && CONNECTORS.has(lower)) continue;
      close();
      continue;
    }
    // Single letters (k, m) count only right after digits, which the digit pass already took.
    if (lower.length === 1) {
      close();
      continue;
    }
    const between = group ? text.slice(group.end, start).trim().toLowerCase() : '';
    // "two-three", «две-три» are two numbers: a unit joins a group only after tens or hundreds ("twenty-five").
    const joins = group !== undefined && (entry.role !== 'unit' || composes(group.current, entry.value));
    if (group && ((between !== '' && !CONNECTORS.has(between)) || !joins)) close();
    group ??= { start, end: start, total: 0, current: 0 };
    group.end = end;
    if (entry.role === 'unit') group.current += entry.value;
    else if (entry.role === 'hundred') group.current = (group.current || 1) * entry.value;
    else {
      group.total += (group.current || 1) * entry.value;
      group.current = 0;
    }
  }
  close();
  return mentions;
}

// Roman numerals of centuries, parts and volumes (XXI, II, XIV); only I, V and X, two letters or more, so that
// the pronoun "I" and acronyms such as "CD" stay words.
const ROMAN = /(?<![\p{L}\p{N}])[IVX]{2,6}(?![\p{L}\p{N}])/gu;
const ROMAN_PAIR = /[IVX]{2}/u;
const HAS_DIGIT = /\d/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
const VALID_ROMAN = /^X{0,3}(IX|IV|V?I{0,3})$/u;

function romanValue(numeral: string): number {
  if (!VALID_ROMAN.test(numeral)) return 0;
  let value = 0;
  for (let k = 0; k < numeral.length; k++) {
    const here = ROMAN_VALUES[numeral[k] as string] ?? 0;
    const next = ROMAN_VALUES[numeral[k + 1] as string] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}

const SCALE_AFTER = /\s*(?:-\s*)?([\p{L}]+)\.?/uy;

/**
 * Where in a text a number in words may start, judged from its tokens: at the first token holding a number word,
 * or where two tokens touch (a letter run split between tokens could read differently as a whole), whichever
 * comes first; -1 when neither happens (no number in words). The letters of a text all lie in its tokens, so the
 * letter runs before that place lie in tokens that name no number. Per word, memoised.
 */
function numberWordsFrom(tokens: readonly Token[], lang: LangCode): number {
  const words = WORDS_BY_LANG[lang];
  if (!words) return -1;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const before = tokens[k - 1];
    if (before !== undefined && before.end === token.start) return before.start;
    if (namesNumber(token, lang, words)) return token.start;
  }
  return -1;
}

/** Whether a letter run of a token's word names a number (memoised with the word's facts). */
function namesNumber(token: Token, lang: LangCode, words: ReadonlyMap<string, NumberWord>): boolean {
  const facts = token.word;
  if (facts.numberWord === undefined) {
    const text = token.text;
    // Most words are one run of letters, looked up whole without a regular expression's scan.
    facts.numberWord =
      text.length > 0 && letterRunEnd(text, 0) === text.length
        ? numberWordOf(text, lang, words).entry !== undefined
        : [...text.matchAll(WORD)].some((run) => numberWordOf(run[0], lang, words).entry !== undefined);
  }
  return facts.numberWord;
}

// Of the kind of the lists of mentions found (see empty-lists.ts): most sides share it.
const NO_MENTIONS: readonly NumberMention[] = emptyPackedList();

/**
 * The times on the twelve-hour clock in a text (5.30pm = 17:30, 12 a.m. = 0:00): the hour read both ways, and the
 * minutes unless they are 00 (as for times on the 24-hour clock, which carry no whole-hour minutes either).
 */
function addTwelveHourTimes(text: string, mentions: NumberMention[], taken: [number, number][]): void {
  for (const match of text.matchAll(CLOCK_12)) {
    const hour = Number(match[1]);
    if (hour < 1 || hour > 12) continue;
    const start = match.index ?? 0;
    const afternoon = (match[3] ?? '').toLowerCase() === 'p';
    const clock = afternoon ? (hour === 12 ? 12 : hour + 12) : hour === 12 ? 0 : hour;
    mentions.push({ start, end: start + (match[1] ?? '').length, values: clock === hour ? [hour] : [hour, clock], words: false });
    const minutes = match[2];
    if (minutes !== undefined && minutes !== '00') {
      const at = start + (match[1] ?? '').length + 1;
      mentions.push({ start: at, end: at + 2, values: [Number(minutes)], words: false });
    }
    taken.push([start, start + match[0].length]);
  }
}

/** Every number in the text, in order of position; `tokens` (the text's tokens) let it skip texts without number words. */
export function findNumbers(text: string, lang: LangCode, tokens?: readonly Token[]): readonly NumberMention[] {
  // Dates and digit numbers need a digit, Roman numerals two of their letters in a row: most texts have neither,
  // nor a number in words, and share one empty list.
  const digits = HAS_DIGIT.test(text);
  const roman = ROMAN_PAIR.test(text);
  const from = tokens ? numberWordsFrom(tokens, lang) : 0;
  if (!digits && !roman && from < 0) return NO_MENTIONS;
  const mentions: NumberMention[] = [];
  const taken: [number, number][] = [];
  if (digits) addTwelveHourTimes(text, mentions, taken);
  for (const match of digits ? text.matchAll(DATE) : []) {
    if (taken.some(([from, to]) => (match.index ?? 0) >= from && (match.index ?? 0) < to)) continue;
    const start = match.index ?? 0;
    const time = match[0].includes(':');
    for (const part of match[0].matchAll(/\d+/gu)) {
      // 12:00 is "12" (written 12.00 or 12 o'clock elsewhere): whole hours carry no minutes.
      if (time && /^0+$/u.test(part[0])) continue;
      const partStart = start + (part.index ?? 0);
      mentions.push({ start: partStart, end: partStart + part[0].length, values: [Number(part[0])], words: false });
    }
    taken.push([start, start + match[0].length]);
  }
  const words = WORDS_BY_LANG[lang] ?? new Map<string, NumberWord>();
  for (const match of digits ? text.matchAll(DIGITS) : []) {
    const start = match.index ?? 0;
    if (taken.some(([from, to]) => start >= from && start < to)) continue;
    // A letter glued before the digits is a code or a model name (A5, COVID-19 keeps 19), still a number.
    let end = start + match[0].length;
    const values = readDigits(match[0].trim(), lang);
    SCALE_AFTER.lastIndex = end;
    const scale = SCALE_AFTER.exec(text);
    const scaleWord = scale ? words.get((scale[1] ?? '').toLowerCase()) : undefined;
    if (scale && scaleWord?.role === 'scale') {
      values.push(...values.map((value) => value * scaleWord.value));
      end += scale[0].length;
    }
    mentions.push({ start, end, values, words: false });
    taken.push([start, end]);
  }
  for (const match of roman ? text.matchAll(ROMAN) : []) {
    const start = match.index ?? 0;
    const value = romanValue(match[0]);
    if (value > 0) mentions.push({ start, end: start + match[0].length, values: [value], words: false });
  }
  if (from >= 0) mentions.push(...collectWordNumbers(text, lang, taken, from, tokens));
  // An empty list from the literal above is another kind of array to V8 than one holding mentions: the shared one.
  return mentions.length > 1 ? mentions.sort((a, b) => a.start - b.start) : mentions.length === 1 ? mentions : NO_MENTIONS;
}

/** True when two mentions can be the same number. */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  return a.values.some((x) => b.values.some((y) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x))));
}
