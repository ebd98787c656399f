/**
 * `name`: proper names present on one side and missing or different on the other (compared through
 * transliteration, Алексеев ↔ Alexeyev), and a name spelled two ways in the translation (Sinirlioglu /
 * Sinirlioğlu) although the original spells it one way.
 */
import { groupBy } from '../../group-by';
import { isStopword, wordKey } from '../../lexicon/word-key';
import type { Lexicon } from '../../lexicon/lexicon';
import type { Flag, LangCode } from '../../types';
import { wordMatch } from '../correspondence';
import { flagAt, flagOnSpan, type PairContext } from '../pair-context';
import { RecentCache } from '../text/recent-cache';
import { locate, type SentenceSpan, type SideText, type Token } from '../text/side-text';
import { latinKey, spellingSimilarity, withoutEnding } from '../text/similarity';

const LOOSE_SIMILARITY = 0.6;

/** The script a name is written in (of the first letter that has one of these). */
function scriptOfName(name: string): 'cyrillic' | 'greek' | 'latin' | 'other' {
  const letter = /\p{Script=Cyrillic}|\p{Script=Greek}|\p{Script=Latin}/u.exec(name)?.[0] ?? '';
  return /\p{Script=Cyrillic}/u.test(letter) ? 'cyrillic' : /\p{Script=Greek}/u.test(letter) ? 'greek' : letter ? 'latin' : 'other';
}

const ACRONYM_LIKE = /^\p{Lu}{2,}|\d/u;

/** True when a token looks like a proper name in its sentence. */
export function isNameToken(token: Token): boolean {
  if (token.kind !== 'word' || !token.capitalized || token.initial || token.script === 'other' || token.stop || token.text.length < 2) return false;
  // Acronyms and codes differ between languages (ООН / UN, MPs / депутаты); other checks look at them.
  return !ACRONYM_LIKE.test(token.text);
}

/**
 * True when the general lexicon knows the word in its side's language, or the word is two words it knows run
 * together ("Chairperson", "Southeast", «Генштаба»), which is no name either.
 */
function knownWord(context: PairContext, side: SideText, token: Token): boolean {
  const lexicon = side.side === 'src' ? context.lexicon : context.lexicon?.reversed();
  if (!lexicon) return false;
  // Kept with the word's facts (one object per word and language): a document repeats its capitalised words.
  const cached = token.word.known;
  if (cached && cached.lexicon === lexicon) return cached.value;
  const value = lexiconKnows(lexicon, side.lang, token);
  token.word.known = { lexicon, value };
  return value;
}

// Languages that capitalise every noun: there a capital marks a name only on a word the lexicon does not know.
const NOUN_CAPITALISING: ReadonlySet<LangCode> = new Set(['de', 'lb']);

function lexiconKnows(lexicon: Lexicon, lang: LangCode, token: Token): boolean {
  if (lexicon.translationsOf(token.key) !== undefined) return true;
  // German compounds join short words too, some with a linking s, and three of them (Eis|wand, Ost|hang,
  // Arbeit|s|zeit, Schlecht|wetter|periode); elsewhere two words of four letters or more (Chair|person).
  const german = NOUN_CAPITALISING.has(lang);
  const word = token.text.toLowerCase();
  // Three-letter parts only in words of seven letters or more: a short name is easily two short words (Bra|ham).
  return knownCompound(lexicon, lang, word, german ? 3 : 2, german, german && word.length >= 7 ? 3 : 4);
}

/**
 * Whether a word is `parts` or fewer words the lexicon knows, each `shortest` letters or more; a linking s allowed
 * where nouns are compounded German-style (`german`).
 */
function knownCompound(lexicon: Lexicon, lang: LangCode, word: string, parts: number, german: boolean, shortest: number): boolean {
  const known = (part: string): boolean => lexicon.translationsOf(wordKey(part, lang)) !== undefined;
  for (let cut = shortest; cut <= word.length - shortest; cut++) {
    const head = word.slice(0, cut);
    if (!known(head) && !(german && head.endsWith('s') && head.length > shortest && known(head.slice(0, -1)))) continue;
    const tail = word.slice(cut);
    if (known(tail) || (parts > 2 && knownCompound(lexicon, lang, tail, parts - 1, german, shortest))) return true;
  }
  return false;
}

// Per side of a pair (the name check and the spelling-variant check both ask, one after the other).
const namesMemo = new RecentCache<SideText, readonly Token[]>();

function names(context: PairContext, side: SideText): readonly Token[] {
  let found = namesMemo.get(side);
  if (!found) {
    found = findNames(context, side);
    namesMemo.set(side, found);
  }
  return found;
}

function findNames(context: PairContext, side: SideText): Token[] {
  const otherLang = side.side === 'src' ? context.tgt.lang : context.src.lang;
  // In Title Case text (product names, headlines) capitals do not mark names.
  let inner = 0;
  let capitalisedWords = 0;
  for (const token of side.tokens) {
    if (token.kind !== 'word' || token.initial || token.stop) continue;
    inner += 1;
    if (token.capitalized && knownWord(context, side, token)) capitalisedWords += 1;
  }
  const titleCase = capitalisedWords >= 3 && capitalisedWords * 2 >= inner;
  if (titleCase) return [];
  const nounsCapitalised = NOUN_CAPITALISING.has(side.lang);
  return side.tokens.filter(
    (token) =>
      isNameToken(token) && !isInitialLetter(side, token) && !isStopword(token.text, otherLang) && !(nounsCapitalised && knownWord(context, side, token)),
  );
}

/** An initial of a name: one or two letters and a full stop (Ф., Dr.). */
function isInitialLetter(side: SideText, token: Token): boolean {
  return token.text.length <= 2 && side.text[token.end] === '.';
}

/** The text of a group of adjacent tokens. */
function groupText(side: SideText, group: readonly Token[]): string {
  return side.text.slice((group[0] as Token).start, (group[group.length - 1] as Token).end);
}

/**
 * A capitalised dictionary word may be a title or part of an institution's name ("Office", «Министром») rather
 * than a name: a group of such words is reported for information only.
 */
function severityOf(context: PairContext, group: readonly Token[], side: SideText): 'info' | 'warning' {
  return group.every((token) => knownWord(context, side, token)) ? 'info' : 'warning';
}

/** Groups adjacent name tokens into one span each. */
function spans(tokens: readonly Token[]): Token[][] {
  const groups: Token[][] = [];
  for (const token of tokens) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous && token.index === previous.index + 1) last.push(token);
    else groups.push([token]);
  }
  return groups;
}

const NO_INITIALS: ReadonlySet<string | undefined> = new Set();

/** Flags names of one side with no counterpart on the other. */
export function checkNames(context: PairContext): Flag[] {
  const { src, tgt, match, index } = context;
  if (src.sentences.length === 0 || tgt.sentences.length === 0) return [];
  const missing = spans(names(context, src).filter((token) => match.src[token.index] === undefined));
  const unmatchedTarget = names(context, tgt).filter((token) => match.tgt[token.index] === undefined);
  // «Ф.Синирлиоглу» → "Feridun Sinirlioglu": a first name spelled out from the source's initial is no addition.
  const initials = unmatchedTarget.length === 0 ? NO_INITIALS : new Set(
    src.tokens
      .filter((token) => token.kind === 'word' && token.text.length <= 2 && token.capitalized && src.text[token.end] === '.')
      .map((token) => latinKey(token.text)[0]),
  );
  const extra = spans(unmatchedTarget.filter((token) => !initials.has(latinKey(token.text)[0])));
  // An unmatched name on each side that still look alike is one name transliterated loosely (Кале ↔ Calais).
  for (let k = missing.length - 1; k >= 0; k--) {
    const source = groupText(src, missing[k] as Token[]);
    const twin = extra.findIndex((group) => spellingSimilarity(source, groupText(tgt, group), LOOSE_SIMILARITY) >= LOOSE_SIMILARITY);
    if (twin < 0) continue;
    missing.splice(k, 1);
    extra.splice(twin, 1);
  }
  const flags: Flag[] = [];
  const changed = Math.min(missing.length, extra.length);
  for (let k = 0; k < extra.length; k++) {
    const group = extra[k] as Token[];
    const source = k < changed ? missing[k] : undefined;
    flags.push(flagAt(index, tgt, (group[0] as Token).start, (group[group.length - 1] as Token).end, {
      kind: 'name',
      severity: source && severityOf(context, source, src) === 'warning' ? 'warning' : severityOf(context, group, tgt),
      messageKey: source ? 'name.changed' : 'name.extra',
      params: source ? { source: groupText(src, source), target: groupText(tgt, group) } : { name: groupText(tgt, group) },
    }));
  }
  for (const group of missing.slice(changed)) {
    flags.push(flagAt(index, src, (group[0] as Token).start, (group[group.length - 1] as Token).end, {
      kind: 'name',
      severity: severityOf(context, group, src),
      messageKey: 'name.missing',
      params: { name: groupText(src, group) },
    }));
  }
  return flags;
}

/** A capitalised target word that renders a source name by its spelling (plain data, for `nameVariantFlags`). */
export interface NameRendering {
  readonly pair: number;
  /** The source name's spelling key: renderings of one name share it. */
  readonly name: string;
  /** The target word as written, and its spelling without a possessive ending, in lower case. */
  readonly text: string;
  readonly spelling: string;
  /** Where the target word stands. */
  readonly span: SentenceSpan;
}

/** The renderings of the source names of one pair, in text order. */
export function nameRenderings(context: PairContext): NameRendering[] {
  const found: NameRendering[] = [];
  for (const s of names(context, context.src)) {
    for (const t of context.tgt.tokens) {
      if (t.kind !== 'word' || !t.capitalized) continue;
      const via = wordMatch(s, t, undefined, context.settings);
      if (via !== 'spelling' && via !== 'identical') continue;
      found.push({
        pair: context.index,
        name: withoutEnding(latinKey(s.text)),
        text: t.text,
        spelling: t.text.replace(/['’ʼ]s$/u, '').toLowerCase(),
        span: locate(context.tgt, t.start, t.end),
      });
    }
  }
  return found;
}

function displayOf(renderings: readonly NameRendering[], spelling: string): string {
  return renderings.find((rendering) => rendering.spelling === spelling)?.text.replace(/['’ʼ]s$/u, '') ?? spelling;
}

/** Flags the less common spellings of a name that the original always spells one way (renderings in pair order). */
export function nameVariantFlags(all: Iterable<NameRendering>): Flag[] {
  const byName = groupBy(all, (rendering) => rendering.name);
  const flags: Flag[] = [];
  for (const renderings of byName.values()) {
    const counts = new Map<string, number>();
    for (const rendering of renderings) counts.set(rendering.spelling, (counts.get(rendering.spelling) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [usual] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [''];
    for (const rendering of renderings) {
      if (rendering.spelling === usual || latinKey(rendering.spelling) !== latinKey(usual)) continue;
      // A name kept in the original's script beside its transliteration (Assam Jatiya Parishad, Ассам; London Fashion
      // Week, Лондон) is the translation's convention, not a variant spelling.
      if (scriptOfName(rendering.spelling) !== scriptOfName(usual)) continue;
      flags.push(flagOnSpan(rendering.pair, 'tgt', rendering.span, {
        kind: 'name',
        severity: 'warning',
        messageKey: 'name.variant',
        params: { name: rendering.text, usual: displayOf(renderings, usual) },
      }));
    }
  }
  return flags;
}
