/**
 * Word pairs learned from the document itself: two words that are both left unmatched in the same pairs again
 * and again translate each other as far as this document is concerned (a term the dictionary lacks, a name in
 * two spellings). A second pass of the word-level correspondence then counts them as matched, so a translator's
 * recurring word is not taken for an addition on every page.
 */
import type { Lexicon } from '../lexicon/lexicon';
import { createLexicon } from '../lexicon/word-key';
import type { PairContext } from './pair-context';
import type { DivergenceSettings } from './settings';
import { isContent, type SideText } from './text/side-text';

/** The distinct keys of a pair's unmatched content words, per side, in text order (plain data). */
export type UnmatchedKeys = readonly [readonly string[], readonly string[]];

/** A learned word pair list: a source key and the target keys it was learned with. */
export type LearnedEntries = readonly (readonly [string, readonly string[]])[];

function unmatchedKeysOf(side: SideText, via: readonly (string | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const token of side.tokens) if (token.kind === 'word' && via[token.index] === undefined && isContent(token)) keys.add(token.key);
  return [...keys];
}

/** What a pair contributes to learning: its unmatched keys, or undefined for a pair with an empty side. */
export function unmatchedKeys(context: PairContext): UnmatchedKeys | undefined {
  if (context.src.sentences.length === 0 || context.tgt.sentences.length === 0) return undefined;
  return [unmatchedKeysOf(context.src, context.match.src), unmatchedKeysOf(context.tgt, context.match.tgt)];
}

/** The word pairs the document teaches, from every pair's unmatched keys in pair order. */
export function learnedEntries(pairs: Iterable<UnmatchedKeys | undefined>, settings: DivergenceSettings): LearnedEntries {
  const { minPairs, minDice } = settings.learning;
  const srcCounts = new Map<string, number>();
  const tgtCounts = new Map<string, number>();
  const together = new Map<string, Map<string, number>>();
  for (const keys of pairs) {
    if (!keys) continue;
    const [srcKeys, tgtKeys] = keys;
    for (const key of srcKeys) srcCounts.set(key, (srcCounts.get(key) ?? 0) + 1);
    for (const key of tgtKeys) tgtCounts.set(key, (tgtCounts.get(key) ?? 0) + 1);
    for (const s of srcKeys) {
      let row = together.get(s);
      if (!row) {
        row = new Map();
        together.set(s, row);
      }
      for (const t of tgtKeys) row.set(t, (row.get(t) ?? 0) + 1);
    }
  }
  const entries: [string, string[]][] = [];
  for (const [s, row] of together) {
    const learned: string[] = [];
    for (const [t, count] of row) {
      if (count < minPairs) continue;
      const dice = (2 * count) / ((srcCounts.get(s) ?? 0) + (tgtCounts.get(t) ?? 0));
      if (dice >= minDice) learned.push(t);
    }
    if (learned.length > 0) entries.push([s, learned]);
  }
  return entries;
}

/** The learned entries as a lexicon from the source to the target language (undefined when none). */
export function learnedLexicon(entries: LearnedEntries, srcLang: string, tgtLang: string): Lexicon | undefined {
  return entries.length === 0 ? undefined : createLexicon(srcLang, tgtLang, entries);
}

/** The learned pairs as a lexicon from the source to the target language (undefined when none). */
export function learnWordPairs(contexts: readonly PairContext[], settings: DivergenceSettings): Lexicon | undefined {
  const some = contexts[0];
  return learnedLexicon(learnedEntries(contexts.map(unmatchedKeys), settings), some?.src.lang ?? '', some?.tgt.lang ?? '');
}
