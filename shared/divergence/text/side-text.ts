/**
 * One side of an aligned pair as the checks see it: the pair's sentences joined by a space, its word tokens with
 * their lexicon keys and shape, and the way back from an offset in the joined text to (sentence, offset).
 */
import { isStopword, normalizeWord, tokenizeWords, wordKey } from '../../lexicon/word-key';
import { emptyPackedList } from '../empty-lists';
import { isFunctionWord } from '../markers/index';
import type { Lexicon } from '../../lexicon/lexicon';
import type { SpellingForms } from './similarity';
import { SliceTable } from '../../align/slice-table';
import { RecentCache } from './recent-cache';
import { reserveInts } from './int-pool';
import { wordSpans } from './word-spans';
import type { LangCode, SegmentedDocument, Side } from '../../types';

/** The writing system of a token. */
export type Script = 'cyrillic' | 'latin' | 'other';

/** A word or digit run of one side, with the facts the checks ask about. */
export interface Token {
  readonly index: number;
  readonly text: string;
  /** Offsets into the side's joined text. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number';
  /** The lexicon key (`wordKey`). */
  readonly key: string;
  readonly script: Script;
  /** A function word: carries no evidence of content. */
  readonly stop: boolean;
  /** Starts with an upper-case letter. */
  readonly capitalized: boolean;
  /** Two or more letters, all upper case (an acronym: NATO, СВО). */
  readonly acronym: boolean;
  /** First word of a sentence, or right after an opening quote, a colon or a dash at the start. */
  readonly initial: boolean;
  /** What the word's spelling alone tells, shared by every occurrence of the word (see `WordFacts`). */
  readonly word: WordFacts;
}

/** One side of a pair, ready for the checks. */
export interface SideText {
  readonly side: Side;
  readonly lang: LangCode;
  /** Sentence indices on this side, in order. */
  readonly sentences: readonly number[];
  /** Where each sentence starts in `text`. */
  readonly offsets: readonly number[];
  /** The sentences joined by one space. */
  readonly text: string;
  readonly tokens: readonly Token[];
}

/** A span located in one sentence. */
export interface SentenceSpan {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const UPPER = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
// What may stand between a sentence start (or an opening quote) and a word that is then still "initial".
const OPENERS = /^[\s"'«“„‘([—–\-:•*>]*(?:\d{1,3}[.)]\s*)?[\s"'«“„‘([—–\-:•*>]*$/u;
const AFTER_LABEL = /[«“„‘"(:]\s*$/u;

// Languages written in Cyrillic; the others Sverka checks are written in Latin letters, or neither (zh, ja…).
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn']);
const OTHER_SCRIPT_LANGUAGES = new Set(['zh', 'ja', 'ko', 'ar', 'he', 'fa', 'hi', 'th', 'el', 'hy', 'ka', 'ta']);

/** The script a language is normally written in. */
export function scriptOfLanguage(lang: LangCode): Script {
  if (CYRILLIC_LANGUAGES.has(lang)) return 'cyrillic';
  return OTHER_SCRIPT_LANGUAGES.has(lang) ? 'other' : 'latin';
}

// A segment may hold more than one sentence (a line of a presegmented file, a list of menu steps).
const BREAK_BEFORE = /(?:[!?…;:>→]|\d[.)])\s*[—–-]?\s*["'«“„(]*\s*$/u;
const TRAILING_OPENERS = /[\s"'«“„(]+$/u;
const PERIOD_BEFORE = /(\S+)\.$/u;
// Abbreviations after which a capital does not start a sentence (Mr. Smith, St. Petersburg, г. Москва).
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sgt', 'gen', 'lt', 'col', 'capt', 'prof', 'jr', 'sr', 'no', 'vs', 'г', 'гг', 'им', 'ул', 'пр', 'т', 'тов', 'акад', 'проф', 'ген']);

/** True when the text before a word ends a sentence of its own. */
function afterSentenceBreak(before: string): boolean {
  // Only the end of the text before matters (and scanning all of it for every word would be quadratic).
  const tail = before.slice(-40);
  if (BREAK_BEFORE.test(tail)) return true;
  const trimmed = tail.replace(TRAILING_OPENERS, '');
  if (!trimmed.endsWith('.')) return false;
  const period = PERIOD_BEFORE.exec(trimmed);
  if (!period) return false;
  const word = (period[1] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  return word.length !== 1 && !ABBREVIATIONS.has(word);
}

function scriptOf(text: string): Script {
  if (CYRILLIC.test(text)) return 'cyrillic';
  if (LATIN.test(text)) return 'latin';
  return 'other';
}

/** Builds the side text of the given sentences of a document. */
export function buildSideText(document: SegmentedDocument, sentenceIndices: readonly number[], side: Side): SideText {
  // Lists at their exact size: a document's sides stay in memory until its checks end. Set in a `new Array(n)`, not
  // made by map, whose list has holes or not depending on whether V8 has optimised the caller (see empty-lists.ts).
  let length = 0;
  const offsets = new Array<number>(sentenceIndices.length);
  for (let k = 0; k < sentenceIndices.length; k++) {
    const offset = length + (k > 0 ? 1 : 0);
    length = offset + (document.sentences[sentenceIndices[k] as number]?.text.length ?? 0);
    offsets[k] = offset;
  }
  const text = sentenceIndices.length === 1 ? (document.sentences[sentenceIndices[0] as number]?.text ?? '') : joinedText(document, sentenceIndices);
  return new PackedSideText(side, document.lang, sentenceIndices, offsets, text);
}

/** The text of the given sentences of a document joined by one space, as `buildSideText` joins them. */
export function joinedText(document: SegmentedDocument, sentenceIndices: readonly number[]): string {
  let text = '';
  for (let k = 0; k < sentenceIndices.length; k++) text += (k > 0 ? ' ' : '') + (document.sentences[sentenceIndices[k] as number]?.text ?? '');
  return text;
}

/** The length of `joinedText` without building it. */
export function joinedLength(document: SegmentedDocument, sentenceIndices: readonly number[]): number {
  let length = sentenceIndices.length > 0 ? sentenceIndices.length - 1 : 0;
  for (const index of sentenceIndices) length += document.sentences[index]?.text.length ?? 0;
  return length;
}

/**
 * What a token's spelling alone tells (the same wherever the word stands): one object per word and language,
 * shared by all its tokens, with slots where the word-level comparison keeps what it derives from the word once.
 */
export interface WordFacts {
  readonly text: string;
  /** The language of the table the facts are kept in. */
  readonly lang: LangCode;
  readonly key: string;
  readonly script: Script;
  readonly stop: boolean;
  readonly capitalized: boolean;
  readonly acronym: boolean;
  /** Lower case (for the identical-spelling test). */
  readonly lower: string;
  /** Spelling keys, derived on first use by the word comparison. */
  spelling: SpellingForms | undefined;
  /** The word's translations in the lexicon last asked, looked up once. */
  lookup: WordLookup | undefined;
  /** Whether a letter run of the word names a number (numbers.ts), derived on first use. */
  numberWord: boolean | undefined;
  /** Whether the lexicon last asked knows the word in its language (names.ts), derived on first use. */
  known: { readonly lexicon: Lexicon; readonly value: boolean } | undefined;
  /** The word normalised in its language (`normalizeWord`, phrases.ts), derived on first use. */
  normal: string | undefined;
  /** The word's translations in the learned word pairs last asked (correspondence.ts), looked up once. */
  taught: { readonly lexicon: Lexicon; readonly value: ReadonlySet<string> | undefined } | undefined;
}

/** A word's translations in one lexicon, with what the comparison needs to test them quickly. */
export interface WordLookup {
  readonly lexicon: Lexicon;
  readonly translations: ReadonlySet<string> | undefined;
  /** The translations shortened by the letters a stem may lack and still meet them (see correspondence.ts). */
  readonly shortened: ReadonlySet<string> | undefined;
  /** A bit filter of the translations' heads. */
  readonly filter: Int32Array | undefined;
  /** The head bit of the word's own key, and the key without its last letter and without its last two ('' when too short to meet that way). */
  readonly head: number;
  readonly cut1: string;
  readonly cut2: string;
}

/**
 * The facts of the words met so far, per language and kind, found from a slice of the text without cutting it
 * out: a document repeats its words, each is analysed once, and most tokens are words met before.
 */
interface FactsTable {
  readonly ids: SliceTable;
  readonly facts: WordFacts[];
}

/** Words analysed per table before it is emptied, so a huge run cannot exhaust memory. */
const FACTS_LIMIT = 200_000;
const wordFactsTables = new Map<LangCode, FactsTable>();
const numberFactsTables = new Map<LangCode, FactsTable>();

function newFacts(text: string, kind: Token['kind'], lang: LangCode): WordFacts {
  return {
    text,
    lang,
    lower: text.toLowerCase(),
    spelling: undefined,
    lookup: undefined,
    numberWord: undefined,
    known: undefined,
    normal: undefined,
    taught: undefined,
    key: wordKey(text, lang),
    script: scriptOf(text),
    stop: kind === 'word' && (isStopword(text, lang) || isFunctionWord(normalizeWord(text, lang), lang)),
    capitalized: UPPER.test(text),
    acronym: ACRONYM.test(text),
  };
}

/** The table of a language and kind, emptied first when it is full (so every word of one text is in one table). */
function factsTable(tables: Map<LangCode, FactsTable>, lang: LangCode): FactsTable {
  let table = tables.get(lang);
  if (table === undefined || table.facts.length >= FACTS_LIMIT) {
    table = { ids: new SliceTable(), facts: [] };
    tables.set(lang, table);
  }
  return table;
}

/** The number (in `table.facts`) of the facts of the word text.slice(start, end). */
function wordFactsAt(table: FactsTable, text: string, start: number, end: number, kind: Token['kind'], lang: LangCode): number {
  const id = table.ids.find(text, start, end);
  if (id >= 0) return id;
  const word = text.slice(start, end);
  table.ids.add(word, table.facts.length);
  table.facts.push(newFacts(word, kind, lang));
  return table.facts.length - 1;
}

const LETTER_OR_DIGIT_OR_COMMA = /^[\p{L}\p{N},]$/u;

/**
 * True when a word starts a sentence within its segment (see `Token.initial`); `before` is the text from the
 * sentence start to the word. After a letter, a digit or a comma (most words) none of the patterns can match.
 */
function isInitial(text: string, from: number, to: number): boolean {
  // The last character before the word that is not white space (as `trimEnd` sees it).
  let last = to - 1;
  while (last >= from && (text.charCodeAt(last) === 32 || (unitKind(text.charCodeAt(last)) & SPACE_UNIT) !== 0)) last -= 1;
  if (last >= from) {
    const code = text.charCodeAt(last);
    const asciiWord = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 44;
    if (asciiWord || (code >= 128 && (unitKind(code) & WORD_OR_COMMA_UNIT) !== 0)) return false;
  }
  const before = text.slice(from, to);
  return OPENERS.test(before) || AFTER_LABEL.test(before) || afterSentenceBreak(before);
}

const WHITE_SPACE = /^\s$/u;

// Per UTF-16 unit: what WHITE_SPACE and LETTER_OR_DIGIT_OR_COMMA say of it (as of `text[k]`, one unit), asked
// once: every token looks at the characters before it.
const KNOWN_UNIT = 1;
const SPACE_UNIT = 2;
const WORD_OR_COMMA_UNIT = 4;
const unitKinds = new Uint8Array(0x10000);

function unitKind(code: number): number {
  let kind = unitKinds[code] as number;
  if (kind === 0) {
    const char = String.fromCharCode(code);
    kind = KNOWN_UNIT | (WHITE_SPACE.test(char) ? SPACE_UNIT : 0) | (LETTER_OR_DIGIT_OR_COMMA.test(char) ? WORD_OR_COMMA_UNIT : 0);
    unitKinds[code] = kind;
  }
  return kind;
}

// A token packed in three integers: its start, its end, and the number of its word's facts with two bits.
const TOKEN_INTS = 3;
const NUMBER_BIT = 1;
const INITIAL_BIT = 2;
const FACTS_SHIFT = 2;

/** The tokens of a joined text packed (see TOKEN_INTS), with the facts of their words by number. */
function packTokens(text: string, offsets: readonly number[], lang: LangCode, words: FactsTable, numbers: FactsTable): Int32Array {
  const spans = wordSpans(text, lang);
  const count = spans ? spans.length / 3 : 0;
  const fallback = spans ? undefined : tokenizeWords(text, lang);
  const packed = reserveInts(TOKEN_INTS * (fallback ? fallback.length : count));
  for (let index = 0; index < packed.length / TOKEN_INTS; index++) {
    let start: number;
    let end: number;
    let kind: Token['kind'];
    let id: number;
    if (fallback) {
      const word = fallback[index] as (typeof fallback)[number];
      start = word.start;
      end = word.end;
      kind = word.kind;
      id = wordFactsAt(kind === 'word' ? words : numbers, word.text, 0, word.text.length, kind, lang);
    } else {
      start = (spans as number[])[3 * index] as number;
      end = (spans as number[])[3 * index + 1] as number;
      kind = (spans as number[])[3 * index + 2] === 1 ? 'number' : 'word';
      id = wordFactsAt(kind === 'word' ? words : numbers, text, start, end, kind, lang);
    }
    // A side has a sentence or a few: their starts are looked through, not put in a set.
    const initial = offsets.includes(start) || isInitial(text, sentenceStartBefore(offsets, start), start);
    packed[TOKEN_INTS * index] = start;
    packed[TOKEN_INTS * index + 1] = end;
    packed[TOKEN_INTS * index + 2] = (id << FACTS_SHIFT) | (kind === 'number' ? NUMBER_BIT : 0) | (initial ? INITIAL_BIT : 0);
  }
  return packed;
}

function sentenceStartBefore(offsets: readonly number[], position: number): number {
  let best = 0;
  for (const offset of offsets) if (offset <= position) best = offset;
  return best;
}

/**
 * The tokens of a side without any, of the kind the others' lists are (see empty-lists.ts): with `new Array(0)`
 * every check's optimised code was thrown away when an unaligned pair's empty side came, the most frequent reason
 * for compiling the checks again on the 20k bench pair.
 */
const NO_TOKENS: readonly Token[] = emptyPackedList();

/** Sides whose tokens are at hand, oldest first to be forgotten (see `PackedSideText`). */
const RECENT_SIDES = 8;
const recentSides: (PackedSideText | undefined)[] = new Array<PackedSideText | undefined>(RECENT_SIDES).fill(undefined);
let nextRecent = 0;

/**
 * A side whose tokens are kept packed in integers (a document's sides stay in memory from the first pass of the
 * checks to the second, and a token object each would be most of what the collector copies), and made into
 * token objects when asked for: the last few sides asked keep theirs, so a pair's checks share one list.
 */
class PackedSideText implements SideText {
  private readonly packed: Int32Array;
  /** The facts tables' lists the packed numbers point into. */
  private readonly words: readonly WordFacts[];
  private readonly numbers: readonly WordFacts[];
  private made: readonly Token[] | undefined;

  constructor(
    readonly side: Side,
    readonly lang: LangCode,
    readonly sentences: readonly number[],
    readonly offsets: readonly number[],
    readonly text: string,
  ) {
    const words = factsTable(wordFactsTables, lang);
    const numbers = factsTable(numberFactsTables, lang);
    this.packed = packTokens(text, offsets, lang, words, numbers);
    this.words = words.facts;
    this.numbers = numbers.facts;
    this.made = undefined;
  }

  get tokens(): readonly Token[] {
    return this.made ?? this.make();
  }

  private make(): readonly Token[] {
    const { packed, words, numbers } = this;
    if (packed.length === 0) return NO_TOKENS;
    // Pushed, not set in a `new Array(n)`: a list with holes is another kind of array to V8 than the packed lists
    // filter, map and push make from it (see empty-lists.ts).
    const tokens: Token[] = [];
    for (let index = 0; index < packed.length / TOKEN_INTS; index++) {
      const bits = packed[TOKEN_INTS * index + 2] as number;
      const number = (bits & NUMBER_BIT) !== 0;
      const facts = (number ? numbers : words)[bits >>> FACTS_SHIFT] as WordFacts;
      tokens.push(new WordTokenOf(index, packed[TOKEN_INTS * index] as number, packed[TOKEN_INTS * index + 1] as number, number ? 'number' : 'word', (bits & INITIAL_BIT) !== 0, facts));
    }
    const forgotten = recentSides[nextRecent];
    if (forgotten) forgotten.made = undefined;
    recentSides[nextRecent] = this;
    nextRecent = (nextRecent + 1) % RECENT_SIDES;
    this.made = tokens;
    return tokens;
  }
}

/**
 * A token: its place in the text, and the facts of its word, shared with the word's other tokens (a document of
 * many pairs holds a great many tokens; the shared facts keep each one small).
 */
class WordTokenOf implements Token {
  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly kind: Token['kind'],
    readonly initial: boolean,
    readonly word: WordFacts,
  ) {}

  get text(): string {
    return this.word.text;
  }

  get key(): string {
    return this.word.key;
  }

  get script(): Script {
    return this.word.script;
  }

  get stop(): boolean {
    return this.word.stop;
  }

  get capitalized(): boolean {
    return this.word.capitalized;
  }

  get acronym(): boolean {
    return this.word.acronym;
  }
}

/** The position (0-based) within the side's sentences of the sentence holding an offset of the joined text. */
export function slotOf(side: SideText, position: number): number {
  let slot = 0;
  for (let k = 0; k < side.offsets.length; k++) if ((side.offsets[k] ?? 0) <= position) slot = k;
  return slot;
}

/** Maps a span of the joined text to the sentence holding its start, clipped to that sentence. */
export function locate(side: SideText, start: number, end: number): SentenceSpan {
  const slot = slotOf(side, start);
  const offset = side.offsets[slot] ?? 0;
  const nextOffset = side.offsets[slot + 1];
  const sentenceEnd = nextOffset === undefined ? side.text.length : nextOffset - 1;
  return {
    sentence: side.sentences[slot] ?? 0,
    start: start - offset,
    end: Math.min(end, sentenceEnd) - offset,
  };
}

/** True for tokens that carry content: numbers and words that are not function words. */
export function isContent(token: Token): boolean {
  return token.kind === 'number' || (!token.stop && token.text.length > 1);
}

const contentMemo = new RecentCache<readonly Token[], readonly Token[]>();

/** The content tokens of a token list (`isContent`), computed once per list. */
export function contentTokens(tokens: readonly Token[]): readonly Token[] {
  let content = contentMemo.get(tokens);
  if (!content) {
    const found = tokens.filter(isContent);
    // An empty list from filter is another kind of array to V8 than one holding tokens (see empty-lists.ts).
    content = found.length > 0 ? found : NO_TOKENS;
    contentMemo.set(tokens, content);
  }
  return content;
}
