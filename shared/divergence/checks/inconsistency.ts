/**
 * `inconsistency`: the same source sentence translated differently elsewhere in the document, and a glossary
 * term rendered with different accepted target terms in different places.
 */
import type { Glossary } from '../../glossary/glossary';
import { groupBy } from '../../group-by';
import type { AlignedPair, Flag, SegmentedDocument } from '../../types';
import { flagOnSpan, quote, type PairContext } from '../pair-context';
import { letterRuns } from '../text/letter-runs';
import { findPhrases } from '../text/phrases';
import { quotations } from '../text/quotations';
import { contentTokens, isContent, joinedText, locate, type SentenceSpan, type Token } from '../text/side-text';

/** A sentence as the repeated-sentence check compares it: its letters and digits (see letter-runs.ts). */
const normalise = letterRuns;

/**
 * What a pair contributes to the repeated-sentence check: its source text normalised, or undefined when the pair
 * is too short to count (or has an empty side).
 */
export function repeatKey(context: PairContext): string | undefined {
  if (context.src.sentences.length === 0 || context.tgt.sentences.length === 0) return undefined;
  if (contentTokens(context.src.tokens).length < 3) return undefined;
  return normalise(context.src.text);
}

/**
 * Flags repeated source sentences whose translations differ (every occurrence after the first), from each pair's
 * `repeatKey` (by pair index) and the target document.
 */
export function repeatedSentenceFlags(keys: readonly (string | undefined)[], pairs: readonly AlignedPair[], target: SegmentedDocument): Flag[] {
  // The first occurrence's translation is normalised only once the sentence recurs with another translation.
  const seen = new Map<string, { first: number; text: string; translation?: string }>();
  const flags: Flag[] = [];
  keys.forEach((key, index) => {
    if (key === undefined) return;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, { first: index, text: joinedText(target, (pairs[index] as AlignedPair).tgt) });
      return;
    }
    const text = joinedText(target, (pairs[index] as AlignedPair).tgt);
    if (text === earlier.text) return;
    earlier.translation ??= normalise(earlier.text);
    if (earlier.translation === normalise(text)) return;
    flags.push({
      kind: 'inconsistency',
      severity: 'info',
      pair: index,
      side: 'tgt',
      sentence: pairs[index]?.tgt[0] ?? 0,
      messageKey: 'inconsistency.sentence',
      params: { pair: earlier.first + 1, text: quote(earlier.text) },
    });
  });
  return flags;
}

/** A pair's source holding a glossary term with several accepted targets, and the first of them its target uses. */
export interface TermVariantHit {
  readonly pair: number;
  /** Index of the entry in the glossary, and of the target term used (undefined when none is). */
  readonly entry: number;
  readonly target: number | undefined;
  /** Where the target term stands. */
  readonly span: SentenceSpan | undefined;
}

/** The glossary terms with several accepted targets that a pair's source holds, with the target each uses. */
export function termVariantHits(context: PairContext): TermVariantHit[] {
  const glossary = context.glossary;
  if (!glossary) return [];
  const hits: TermVariantHit[] = [];
  glossary.entries.forEach((entry, e) => {
    if (entry.targets.length < 2) return;
    if (findPhrases(context.src.tokens, [entry.source], context.src.lang).length === 0) return;
    for (const [k, target] of entry.targets.entries()) {
      const found = findPhrases(context.tgt.tokens, [target], context.tgt.lang)[0];
      if (!found) continue;
      const first = context.tgt.tokens[found.first];
      const last = context.tgt.tokens[found.last];
      hits.push({ pair: context.index, entry: e, target: k, span: first && last ? locate(context.tgt, first.start, last.end) : undefined });
      return;
    }
    hits.push({ pair: context.index, entry: e, target: undefined, span: undefined });
  });
  return hits;
}

/** Flags glossary terms translated with a different accepted target than their first occurrence (hits in pair order). */
export function termVariantFlags(glossary: Glossary | undefined, hits: readonly TermVariantHit[]): Flag[] {
  if (!glossary) return [];
  const byEntry = groupBy(hits, (hit) => hit.entry);
  const flags: Flag[] = [];
  glossary.entries.forEach((entry, e) => {
    let chosen: string | undefined;
    for (const hit of byEntry.get(e) ?? []) {
      if (hit.target === undefined) continue;
      const target = entry.targets[hit.target] as string;
      chosen ??= target;
      if (target !== chosen && hit.span) {
        flags.push(flagOnSpan(hit.pair, 'tgt', hit.span, {
          kind: 'inconsistency',
          severity: 'info',
          messageKey: 'inconsistency.term',
          params: { term: entry.source, used: quote(target), usual: quote(chosen) },
        }));
      }
    }
  });
  return flags;
}

const NO_RENDERINGS: ReadonlyMap<string, string> = new Map();

/** An occurrence of a term candidate in a pair's source (plain data, for `termRenderingFlags`). */
export interface TermOccurrence {
  readonly pair: number;
  readonly key: string;
  readonly text: string;
  /** Where the word stands in the source. */
  readonly span: SentenceSpan;
  /** Target words (key, text) the word matched through the lexicon in this pair, in link order. */
  readonly renderings: readonly (readonly [string, string])[];
  /** Whether the word found a counterpart at all. */
  readonly matched: boolean;
}

const eligible = (token: Token): boolean => token.kind === 'word' && isContent(token) && token.text.length >= 4 && !token.capitalized;
const checked = (context: PairContext): boolean => context.src.sentences.length > 0 && context.tgt.sentences.length > 0;

/** The most words a quotation may hold and still set a term in quotes («корзина», "intense", «специальная военная операция»). */
const TERM_WORDS = 3;

/**
 * Adds to `terms` the keys of the words a pair's source sets in quotes as terms: only such words can be terms (see
 * `termRenderingFlags`). A term's quotation is short and starts in lower case; a longer one, or one that starts with a
 * capital, is speech, a slogan or a title ("We won't accept the CAA", "Justice denied"), and its words are not terms:
 * with them every common word once quoted in a news text or a novel's dialogue was a term, and flagged wherever the
 * translation did not render it.
 */
export function addQuotedTerms(context: PairContext, terms: Set<string>): void {
  if (!checked(context)) return;
  const tokens = context.src.tokens;
  for (const { open, close } of quotations(context.src.text)) {
    let first = 0;
    while (first < tokens.length && (tokens[first] as Token).start < open) first += 1;
    let end = first;
    while (end < tokens.length && (tokens[end] as Token).end <= close) end += 1;
    const count = end - first;
    if (count === 0 || count > TERM_WORDS || (tokens[first] as Token).capitalized) continue;
    for (let k = first; k < end; k++) if (eligible(tokens[k] as Token)) terms.add((tokens[k] as Token).key);
  }
}

/** The occurrences of the document's term candidates in a pair's source. */
export function termOccurrences(context: PairContext, terms: ReadonlySet<string>): TermOccurrence[] {
  const { src, tgt, match } = context;
  if (terms.size === 0 || !checked(context)) return [];
  const found: TermOccurrence[] = [];
  for (const token of src.tokens) {
    if (!eligible(token) || !terms.has(token.key)) continue;
    let renderings: ReadonlyMap<string, string> = NO_RENDERINGS;
    if (match.src[token.index] === 'lexicon') {
      const linked = new Map<string, string>();
      for (const other of match.srcLinks[token.index] ?? []) {
        const word = tgt.tokens[other];
        if (word) linked.set(word.key, word.text);
      }
      if (linked.size > 0) renderings = linked;
    }
    found.push({
      pair: context.index,
      key: token.key,
      text: token.text,
      span: locate(src, token.start, token.end),
      renderings: [...renderings],
      matched: match.src[token.index] !== undefined,
    });
  }
  return found;
}

/**
 * Flags a source word rendered one way through most of the document (at least twice, most of its occurrences)
 * but with no such rendering in this pair («корзина»: "basket", "basket", then "framework"); occurrences in pair
 * order.
 */
export function termRenderingFlags(all: Iterable<TermOccurrence>): Flag[] {
  const byKey = groupBy(all, (occurrence) => occurrence.key);
  const flags: Flag[] = [];
  for (const occurrences of byKey.values()) {
    // Terms are what a translation must keep consistent; here a term is a word the source sets in quotes as one
    // somewhere (`addQuotedTerms`), which every word with occurrences is.
    if (occurrences.length < 3) continue;
    const counts = new Map<string, { count: number; text: string }>();
    for (const occurrence of occurrences) {
      for (const [key, text] of occurrence.renderings) counts.set(key, { count: (counts.get(key)?.count ?? 0) + 1, text });
    }
    const [usualKey, usual] = [...counts.entries()].sort((a, b) => b[1].count - a[1].count)[0] ?? [];
    // Only a rendering used every time the word was matched, at least twice, marks a term.
    const matched = occurrences.filter((occurrence) => occurrence.renderings.length > 0).length;
    if (!usualKey || !usual || usual.count < 2 || usual.count < matched) continue;
    for (const occurrence of occurrences) {
      if (occurrence.matched || occurrence.renderings.some(([key]) => key === usualKey)) continue;
      flags.push(flagOnSpan(occurrence.pair, 'src', occurrence.span, {
        kind: 'inconsistency',
        severity: 'info',
        messageKey: 'inconsistency.rendering',
        params: { term: occurrence.text, usual: usual.text, count: usual.count },
      }));
    }
  }
  return flags;
}
