/**
 * Word-level correspondence inside one aligned pair: which content words of each side have a counterpart on
 * the other, through the lexicon (by `wordKey`), numbers (normalised), identical spellings, and transliterated
 * spellings (names and cognates). The unmatched words are where additions, omissions and names show up.
 */
import type { Lexicon } from '../lexicon/lexicon';
import { emptyPackedList } from './empty-lists';
import type { DivergenceSettings } from './settings';
import { reserveInts } from './text/int-pool';
import { findNumbers, sameNumber, type NumberMention } from './text/numbers';
import { contentTokens, isContent, type SideText, type Token, type WordFacts, type WordLookup } from './text/side-text';
import { sameSkeletonForms, similarAtLeast, spellingForms, type SpellingForms } from './text/similarity';

/** How a word found its counterpart ('learned': through word pairs the document itself taught). */
export type MatchVia = 'lexicon' | 'number' | 'identical' | 'spelling' | 'learned';

/** The correspondence of one pair: per token of each side, how it matched (undefined when it did not). */
export interface Correspondence {
  readonly src: readonly (MatchVia | undefined)[];
  readonly tgt: readonly (MatchVia | undefined)[];
  readonly srcNumbers: readonly NumberMention[];
  readonly tgtNumbers: readonly NumberMention[];
  /** For each token, the tokens of the other side it matched (by token index). */
  readonly srcLinks: readonly (readonly number[])[];
  readonly tgtLinks: readonly (readonly number[])[];
  /** Whether each number mention found an equal one on the other side. */
  readonly srcNumberMatched: readonly boolean[];
  readonly tgtNumberMatched: readonly boolean[];
}

/** Orients a lexicon from the source language to the target language (undefined when it serves another pair). */
export function orientLexicon(lexicon: Lexicon | undefined, srcLang: string, tgtLang: string): Lexicon | undefined {
  if (!lexicon) return undefined;
  if (lexicon.srcLang === srcLang && lexicon.tgtLang === tgtLang) return lexicon;
  if (lexicon.srcLang === tgtLang && lexicon.tgtLang === srcLang) return lexicon.reversed();
  return undefined;
}

/**
 * Stems of the lexicon and of the text may stop at different suffixes (show / shown, гарант / гарантир): a key meets
 * a translation that is the same, or that it extends or that extends it by one letter (both at least four letters
 * long) or by two (the shorter at least six); a longer difference is another word (round / rounder). Each case is one
 * set look-up: the translations themselves, the translations shortened by what a key may lack (`shortenedOf`), and
 * the key shortened by what a translation may lack (`keyCuts`).
 */
const shortenedIndexes = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The translations without their last letter (five letters and more) and without their last two (eight and more). */
function shortenedOf(translations: ReadonlySet<string>): ReadonlySet<string> {
  let shortened = shortenedIndexes.get(translations);
  if (!shortened) {
    const keys = new Set<string>();
    for (const candidate of translations) {
      if (candidate.length >= 5) keys.add(candidate.slice(0, -1));
      if (candidate.length >= 8) keys.add(candidate.slice(0, -2));
    }
    shortened = keys;
    shortenedIndexes.set(translations, shortened);
  }
  return shortened;
}

/** A key without its last letter (five letters and more) and without its last two (eight and more); '' otherwise. */
function keyCuts(key: string): { readonly cut1: string; readonly cut2: string } {
  return { cut1: key.length >= 5 ? key.slice(0, -1) : '', cut2: key.length >= 8 ? key.slice(0, -2) : '' };
}

/** Whether a key (with its cuts) meets one of the translations (with their shortened forms): see above. */
function meets(translations: ReadonlySet<string>, shortened: ReadonlySet<string>, key: string, cut1: string, cut2: string): boolean {
  return translations.has(key) || shortened.has(key) || (cut1 !== '' && translations.has(cut1)) || (cut2 !== '' && translations.has(cut2));
}

/** `meets` for a key and a set of translations as they are (for tests and single questions). */
export function keyMeets(translations: ReadonlySet<string>, key: string): boolean {
  const { cut1, cut2 } = keyCuts(key);
  return meets(translations, shortenedOf(translations), key, cut1, cut2);
}

/** The first four letters of a key (all of a shorter one): a key meets a translation only if their heads agree. */
function headBit(key: string): number {
  let hash = 0x811c9dc5;
  const end = Math.min(4, key.length);
  for (let k = 0; k < end; k++) hash = Math.imul(hash ^ key.charCodeAt(k), 0x01000193);
  return (hash >>> 0) % HEAD_BITS;
}

const HEAD_BITS = 512;
const headFilters = new WeakMap<ReadonlySet<string>, Int32Array>();

/** A bit filter of the heads of a set of translations (a key whose head bit is missing meets none of them). */
function headFilter(translations: ReadonlySet<string>): Int32Array {
  let filter = headFilters.get(translations);
  if (!filter) {
    filter = new Int32Array(HEAD_BITS / 32);
    for (const candidate of translations) {
      const bit = headBit(candidate);
      filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
    }
    headFilters.set(translations, filter);
  }
  return filter;
}

function mayMeet(filter: Int32Array, bit: number): boolean {
  return ((filter[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
}

/** What the comparison needs of a word's translations (`translations`) and of its own key. */
function lookupFrom(lexicon: Lexicon, key: string, translations: ReadonlySet<string> | undefined): WordLookup {
  const known = translations !== undefined && translations.size > 0;
  return { lexicon, translations, shortened: known ? shortenedOf(translations) : undefined, filter: known ? headFilter(translations) : undefined, head: headBit(key), ...keyCuts(key) };
}

/** A token's translations in a lexicon: looked up once per word and kept with the word's facts. */
function lookupOf(token: Token, lexicon: Lexicon): WordLookup {
  const cached = token.word.lookup;
  if (cached && cached.lexicon === lexicon) return cached;
  const lookup = lookupFrom(lexicon, token.key, lexicon.translationsOf(token.key));
  token.word.lookup = lookup;
  return lookup;
}

function formsOf(word: WordFacts): SpellingForms {
  word.spelling ??= spellingForms(word.text);
  return word.spelling;
}

/** `wordMatch` with the tokens' lexicon lookups done (undefined without a lexicon), on the words' shared facts. */
function matchTokens(src: Token, tgt: Token, forward: WordLookup | undefined, backward: WordLookup | undefined, settings: DivergenceSettings): MatchVia | undefined {
  const s = src.word;
  const t = tgt.word;
  if (
    forward && backward &&
    ((forward.filter !== undefined && mayMeet(forward.filter, backward.head) && meets(forward.translations as ReadonlySet<string>, forward.shortened as ReadonlySet<string>, t.key, backward.cut1, backward.cut2)) ||
      (backward.filter !== undefined && mayMeet(backward.filter, forward.head) && meets(backward.translations as ReadonlySet<string>, backward.shortened as ReadonlySet<string>, s.key, forward.cut1, forward.cut2)))
  ) {
    return 'lexicon';
  }
  if (s.script === t.script && s.lower === t.lower) return 'identical';
  const name = s.capitalized || t.capitalized;
  const shortest = Math.min(s.text.length, t.text.length);
  if (name ? shortest < 3 : shortest < settings.cognates.minLength) return undefined;
  const threshold = name ? settings.names.minSimilarity : settings.cognates.minSimilarity;
  if (similarAtLeast(formsOf(s), formsOf(t), threshold)) return 'spelling';
  return name && s.capitalized && t.capitalized && s.script !== t.script && sameSkeletonForms(formsOf(s), formsOf(t)) ? 'spelling' : undefined;
}

/** How two content words correspond, if at all. */
export function wordMatch(
  src: Token,
  tgt: Token,
  lexicon: Lexicon | undefined,
  settings: DivergenceSettings,
  lookups?: { readonly forward: ReadonlySet<string> | undefined; readonly backward: ReadonlySet<string> | undefined },
): MatchVia | undefined {
  if (!lexicon) return matchTokens(src, tgt, undefined, undefined, settings);
  const forward = lookups ? lookupFrom(lexicon, src.key, lookups.forward) : lookupOf(src, lexicon);
  const backward = lookups ? lookupFrom(lexicon.reversed(), tgt.key, lookups.backward) : lookupOf(tgt, lexicon.reversed());
  return matchTokens(src, tgt, forward, backward, settings);
}

/**
 * What the word comparison of a pair found: every comparison of a source word with a target word, and the numbers
 * of both sides. The first pass of the checks keeps it (not the correspondence) for the second, which makes the
 * correspondence from it with the word pairs the document taught.
 */
export interface WordPass {
  readonly srcNumbers: readonly NumberMention[];
  readonly tgtNumbers: readonly NumberMention[];
  readonly srcNumberMatched: readonly boolean[];
  readonly tgtNumberMatched: readonly boolean[];
  /**
   * The token indices of the words compared: the source words, then the target words (`srcCount` of the first).
   * Kept as integers, not tokens, so the tokens of the sides need not be kept (see side-text.ts).
   */
  readonly words: Int32Array;
  readonly srcCount: number;
  /**
   * Per source word i, the target words it matched (positions among the target words, ascending) and how, as
   * flat pairs of a position and an index into `VIA` in `matches[matches[i]]` to `matches[matches[i + 1]]` (the
   * first srcCount + 1 numbers say where each word's pairs start; no array per word).
   */
  readonly matches: Int32Array;
}

// Not frozen: a frozen list is another kind of array to V8 than the lists of links (see empty-lists.ts).
const NO_LINKS: readonly number[] = [];

/** A correspondence with the word comparison it came from (kept so a second pass need not redo it). */
interface CorrespondenceOf extends Correspondence {
  readonly wordPass: WordPass;
}

/** The word comparison a correspondence was made from. */
export function wordPassOf(match: Correspondence): WordPass | undefined {
  return (match as Partial<CorrespondenceOf>).wordPass;
}

/** How a word matched, by its index in the flat match lists of `WordPass`. */
const VIA: readonly MatchVia[] = ['lexicon', 'number', 'identical', 'spelling', 'learned'];
const VIA_INDEX: Readonly<Record<MatchVia, number>> = { lexicon: 0, number: 1, identical: 2, spelling: 3, learned: 4 };

// Lists of one link, shared by every token linked to the same position (most linked tokens have one link).
const SINGLE_LINKS: (readonly number[])[] = [];
const MAX_SHARED_POSITION = 4096;

function singleLink(other: number): readonly number[] {
  if (other >= MAX_SHARED_POSITION) return [other];
  let list = SINGLE_LINKS[other];
  if (list === undefined) {
    list = [other];
    SINGLE_LINKS[other] = list;
  }
  return list;
}

/**
 * Links token `at` of one side to token `other` of the other: tokens without links share one empty list, tokens
 * with one link a shared list of it; a second link makes the token's own list.
 */
function addLink(links: (readonly number[])[], at: number, other: number): void {
  const list = links[at];
  if (list === undefined) return;
  if (list === NO_LINKS) links[at] = singleLink(other);
  else if (list.length === 1 && list === SINGLE_LINKS[list[0] as number]) links[at] = [list[0] as number, other];
  else (list as number[]).push(other);
}

/**
 * Per token of a side: nothing yet (a list of `fill`). Pushed into a literal rather than made by map: map's list is
 * packed when it runs as a builtin and has holes when V8 inlines it in optimised code, and to V8 those are two kinds
 * of array (see empty-lists.ts).
 */
function perToken<T>(tokens: readonly Token[], fill: T): T[] {
  if (tokens.length === 0) return emptyPackedList();
  const list: T[] = [];
  for (let k = 0; k < tokens.length; k++) list.push(fill);
  return list;
}

/**
 * Finds the word-level correspondence of a pair. With `previous` (this pair's word comparison, `wordPassOf` its
 * correspondence) the words are not compared again: the correspondence is made from it, with the learned pairs.
 * Without `links` only how each token matched is found: every token's links are left empty (for a first pass
 * that reads nothing else).
 */
export function correspond(
  src: SideText,
  tgt: SideText,
  lexicon: Lexicon | undefined,
  settings: DivergenceSettings,
  learned?: Lexicon,
  previous?: WordPass,
  links = true,
): Correspondence {
  const pass = previous ?? comparePair(src, tgt, lexicon, settings);
  const { srcNumbers, tgtNumbers, srcNumberMatched, tgtNumberMatched, words, srcCount, matches } = pass;
  const srcVia = perToken<MatchVia | undefined>(src.tokens, undefined);
  const tgtVia = perToken<MatchVia | undefined>(tgt.tokens, undefined);
  markNumbers(src, srcNumbers, srcNumberMatched, srcVia);
  markNumbers(tgt, tgtNumbers, tgtNumberMatched, tgtVia);
  const srcLinks = links ? perToken<readonly number[]>(src.tokens, NO_LINKS) : NO_TOKEN_LINKS;
  const tgtLinks = links ? perToken<readonly number[]>(tgt.tokens, NO_LINKS) : NO_TOKEN_LINKS;
  const link = links ? linkTokens : markTokens;
  const tgtCount = words.length - srcCount;
  // The target words' keys, read once for all the source words the document taught something (if any).
  let tgtKeys: string[] | undefined;
  for (let i = 0; i < srcCount; i++) {
    const s = words[i] as number;
    const to = matches[i + 1] as number;
    const taught = learned && taughtOf(src.tokens[s] as Token, learned);
    if (!taught) {
      for (let m = matches[i] as number; m < to; m += 2) link(srcVia, tgtVia, srcLinks, tgtLinks, s, words[srcCount + (matches[m] as number)] as number, VIA[matches[m + 1] as number] as MatchVia);
      continue;
    }
    // In target order, a word pair the document taught links where nothing else did.
    tgtKeys ??= targetKeys(tgt, words, srcCount);
    let next = matches[i] as number;
    for (let j = 0; j < tgtCount; j++) {
      const t = words[srcCount + j] as number;
      if (next < to && matches[next] === j) {
        link(srcVia, tgtVia, srcLinks, tgtLinks, s, t, VIA[matches[next + 1] as number] as MatchVia);
        next += 2;
      } else if (taught.has(tgtKeys[j] as string)) {
        link(srcVia, tgtVia, srcLinks, tgtLinks, s, t, 'learned');
      }
    }
  }
  // Numbers link to the tokens of the equal number on the other side.
  for (let k = 0; k < srcNumbers.length; k++) {
    const mention = srcNumbers[k] as NumberMention;
    const twin = tgtNumbers.find((other) => sameNumber(mention, other));
    if (!twin || !srcNumberMatched[k]) continue;
    for (const s of src.tokens) {
      if (s.start < mention.start || s.end > mention.end) continue;
      for (const t of tgt.tokens) if (t.start >= twin.start && t.end <= twin.end) link(srcVia, tgtVia, srcLinks, tgtLinks, s.index, t.index, 'number');
    }
  }
  const result: CorrespondenceOf = { src: srcVia, tgt: tgtVia, srcLinks, tgtLinks, srcNumbers, tgtNumbers, srcNumberMatched, tgtNumberMatched, wordPass: pass };
  return result;
}

/**
 * A token's translations in the learned word pairs, kept with its word's facts: the second pass asks of every
 * source word of every pair, and a document repeats its words.
 */
export function taughtOf(token: Token, learned: Lexicon): ReadonlySet<string> | undefined {
  const cached = token.word.taught;
  if (cached && cached.lexicon === learned) return cached.value;
  const value = learned.translationsOf(token.key);
  token.word.taught = { lexicon: learned, value };
  return value;
}

/** The keys of the target words of a comparison, in their order. */
function targetKeys(tgt: SideText, words: Int32Array, srcCount: number): string[] {
  const tokens = tgt.tokens;
  const keys = new Array<string>(words.length - srcCount);
  for (let j = 0; j < keys.length; j++) keys[j] = (tokens[words[srcCount + j] as number] as Token).key;
  return keys;
}

// The links of a correspondence made without them: none for any token.
const NO_TOKEN_LINKS: readonly (readonly number[])[] = emptyPackedList();

type Via = (MatchVia | undefined)[];
type Links = (readonly number[])[];

/** Links source token `s` to target token `t`; each keeps the first way it matched. */
function linkTokens(srcVia: Via, tgtVia: Via, srcLinks: readonly (readonly number[])[], tgtLinks: readonly (readonly number[])[], s: number, t: number, via: MatchVia): void {
  srcVia[s] ??= via;
  tgtVia[t] ??= via;
  addLink(srcLinks as Links, s, t);
  addLink(tgtLinks as Links, t, s);
}

/** `linkTokens` for a correspondence made without links: only how the two tokens matched. */
function markTokens(srcVia: Via, tgtVia: Via, _srcLinks: readonly (readonly number[])[], _tgtLinks: readonly (readonly number[])[], s: number, t: number, via: MatchVia): void {
  srcVia[s] ??= via;
  tgtVia[t] ??= via;
}

/** Marks the tokens of matched numbers. */
function markNumbers(side: SideText, mentions: readonly NumberMention[], matched: readonly boolean[], via: (MatchVia | undefined)[]): void {
  let cursor = 0;
  for (const token of side.tokens) {
    while (cursor < mentions.length && (mentions[cursor] as NumberMention).end <= token.start) cursor += 1;
    const current = mentions[cursor];
    if (current && token.start >= current.start && token.end <= current.end && matched[cursor]) via[token.index] = 'number';
  }
}

const NO_WORDS: readonly Token[] = emptyPackedList();

/** The words of a side left to compare: content words outside matched numbers (numbers in words included). */
function wordsOf(side: SideText, mentions: readonly NumberMention[], matched: readonly boolean[]): readonly Token[] {
  // Without numbers these are the side's content words (one list for both).
  if (mentions.length === 0) return contentTokens(side.tokens);
  const words: Token[] = [];
  let cursor = 0;
  for (const token of side.tokens) {
    // Mentions and tokens are both in text order: walk them together.
    while (cursor < mentions.length && (mentions[cursor] as NumberMention).end <= token.start) cursor += 1;
    const current = mentions[cursor];
    const mention = current && token.start >= current.start && token.end <= current.end ? cursor : -1;
    if (mention >= 0 && matched[mention]) continue;
    // An unmatched number in words may still meet its translation through the lexicon ("second", "zweite").
    if ((mention < 0 || mentions[mention]?.words) && isContent(token)) words.push(token);
  }
  // Of one kind with the lists holding words (see empty-lists.ts).
  return words.length > 0 ? words : NO_WORDS;
}

// Of the kind of the lists numbersMatched pushes into (see empty-lists.ts).
const NO_NUMBERS_MATCHED: readonly boolean[] = emptyPackedList();

/** Per number of a side, whether the other side has the same (pushed into a literal: see perToken). */
function numbersMatched(mentions: readonly NumberMention[], others: readonly NumberMention[]): readonly boolean[] {
  // Most sides hold no number: they share one empty list.
  if (mentions.length === 0) return NO_NUMBERS_MATCHED;
  const matched: boolean[] = [];
  for (const mention of mentions) matched.push(others.some((other) => sameNumber(mention, other)));
  return matched;
}

/** Numbers of both sides and every comparison of a source word with a target word. */
function comparePair(src: SideText, tgt: SideText, lexicon: Lexicon | undefined, settings: DivergenceSettings): WordPass {
  const srcNumbers = findNumbers(src.text, src.lang, src.tokens);
  const tgtNumbers = findNumbers(tgt.text, tgt.lang, tgt.tokens);
  const srcNumberMatched = numbersMatched(srcNumbers, tgtNumbers);
  const tgtNumberMatched = numbersMatched(tgtNumbers, srcNumbers);
  const srcWords = wordsOf(src, srcNumbers, srcNumberMatched);
  const tgtWords = wordsOf(tgt, tgtNumbers, tgtNumberMatched);
  // Look each word up once, not once per word of the other side.
  const reverse = lexicon?.reversed();
  // Pushed into a literal, not made by map (see perToken).
  const tgtLookups: (WordLookup | undefined)[] = [];
  for (const t of tgtWords) tgtLookups.push(reverse ? lookupOf(t, reverse) : undefined);
  // Where each source word's matches start, then the matches (see `WordPass`), packed once all are known.
  const found: number[] = [];
  const starts: number[] = [];
  const head = srcWords.length + 1;
  for (const s of srcWords) {
    starts.push(head + found.length);
    const forward = lexicon ? lookupOf(s, lexicon) : undefined;
    for (let j = 0; j < tgtWords.length; j++) {
      const via = matchTokens(s, tgtWords[j] as Token, forward, tgtLookups[j], settings);
      if (via) found.push(j, VIA_INDEX[via]);
    }
  }
  starts.push(head + found.length);
  const matches = reserveInts(head + found.length);
  matches.set(starts);
  matches.set(found, head);
  const words = reserveInts(srcWords.length + tgtWords.length);
  for (let i = 0; i < srcWords.length; i++) words[i] = (srcWords[i] as Token).index;
  for (let j = 0; j < tgtWords.length; j++) words[srcWords.length + j] = (tgtWords[j] as Token).index;
  return { srcNumbers, tgtNumbers, srcNumberMatched, tgtNumberMatched, words, srcCount: srcWords.length, matches };
}
