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
  // Counters held in place, so each count costs one lookup: per source key its pairs and its target keys met.
  const sources = new Map<string, { pairs: number; readonly together: Map<string, { pairs: number }> }>();
  const targets = new Map<string, { pairs: number }>();
  for (const keys of pairs) {
    if (!keys) continue;
    const [srcKeys, tgtKeys] = keys;
    for (const key of tgtKeys) {
      let counter = targets.get(key);
      if (!counter) {
        counter = { pairs: 0 };
        targets.set(key, counter);
      }
      counter.pairs += 1;
    }
    for (const s of srcKeys) {
      let source = sources.get(s);
      if (!source) {
        source = { pairs: 0, together: new Map() };
        sources.set(s, source);
      }
      source.pairs += 1;
      for (const t of tgtKeys) {
        const met = source.together.get(t);
        if (met) met.pairs += 1;
        else source.together.set(t, { pairs: 1 });
      }
    }
  }
  const entries: [string, string[]][] = [];
  for (const [s, source] of sources) {
    const learned: string[] = [];
    for (const [t, met] of source.together) {
      if (met.pairs < minPairs) continue;
      const dice = (2 * met.pairs) / (source.pairs + (targets.get(t)?.pairs ?? 0));
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
