/**
 * `inconsistency`: the same source sentence translated differently elsewhere in the document, and a glossary
 * term rendered with different accepted target terms in different places.
 */
import type { Flag } from '../../types';
import { flagAt, flagSentence, quote, type DocumentContext, type PairContext } from '../pair-context';
import { findPhrases } from '../text/phrases';
import { contentTokens, isContent, type Token } from '../text/side-text';

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Flags repeated source sentences whose translations differ (every occurrence after the first). */
export function checkRepeatedSentences(document: DocumentContext): Flag[] {
  // The first occurrence's translation is normalised only once the sentence recurs.
  const seen = new Map<string, { first: PairContext; translation?: string }>();
  const flags: Flag[] = [];
  for (const context of document.pairs) {
    if (context.src.sentences.length === 0 || context.tgt.sentences.length === 0) continue;
    if (contentTokens(context.src.tokens).length < 3) continue;
    const key = normalise(context.src.text);
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, { first: context });
      continue;
    }
    earlier.translation ??= normalise(earlier.first.tgt.text);
    if (earlier.translation === normalise(context.tgt.text)) continue;
    flags.push(flagSentence(context.index, context.tgt, context.tgt.sentences[0] ?? 0, {
      kind: 'inconsistency',
      severity: 'info',
      messageKey: 'inconsistency.sentence',
      params: { pair: earlier.first.index + 1, text: quote(earlier.first.tgt.text) },
    }));
  }
  return flags;
}

/** Flags glossary terms translated with a different accepted target than their first occurrence. */
export function checkTermVariants(document: DocumentContext): Flag[] {
  const glossary = document.glossary;
  if (!glossary) return [];
  const flags: Flag[] = [];
  for (const entry of glossary.entries) {
    if (entry.targets.length < 2) continue;
    let chosen: string | undefined;
    for (const context of document.pairs) {
      if (findPhrases(context.src.tokens, [entry.source], context.src.lang).length === 0) continue;
      for (const target of entry.targets) {
        const found = findPhrases(context.tgt.tokens, [target], context.tgt.lang)[0];
        if (!found) continue;
        chosen ??= target;
        if (target !== chosen) {
          const first = context.tgt.tokens[found.first];
          const last = context.tgt.tokens[found.last];
          if (first && last) {
            flags.push(flagAt(context.index, context.tgt, first.start, last.end, {
              kind: 'inconsistency',
              severity: 'info',
              messageKey: 'inconsistency.term',
              params: { term: entry.source, used: quote(target), usual: quote(chosen) },
            }));
          }
        }
        break;
      }
    }
  }
  return flags;
}

/** True when the position lies inside quotation marks of its text. */
function quoted(text: string, position: number): boolean {
  const before = text.slice(0, position);
  const opened = (open: string, close: string): boolean => before.lastIndexOf(open) > before.lastIndexOf(close);
  return opened('«', '»') || opened('“', '”') || (before.split('"').length - 1) % 2 === 1;
}

const NO_RENDERINGS: ReadonlyMap<string, string> = new Map();
const QUOTE_MARK = /[«“"]/u;

/** False for a text without opening quotation marks (no position in it is quoted). */
function mayQuote(text: string): boolean {
  return QUOTE_MARK.test(text);
}

/**
 * `quoted` for ascending positions of one text, in one scan: the answer for each position is what `quoted` gives,
 * from the last opening and closing marks and the count of straight quotes before it.
 */
function quotedAt(text: string): (position: number) => boolean {
  let scanned = 0;
  let guillemetOpen = -1;
  let guillemetClose = -1;
  let curlyOpen = -1;
  let curlyClose = -1;
  let straight = 0;
  return (position) => {
    if (position < scanned) return quoted(text, position);
    for (; scanned < position; scanned++) {
      const char = text[scanned];
      if (char === '«') guillemetOpen = scanned;
      else if (char === '»') guillemetClose = scanned;
      else if (char === '“') curlyOpen = scanned;
      else if (char === '”') curlyClose = scanned;
      else if (char === '"') straight += 1;
    }
    return guillemetOpen > guillemetClose || curlyOpen > curlyClose || straight % 2 === 1;
  };
}

interface Occurrence {
  readonly context: PairContext;
  readonly token: Token;
  /** Target words the source word matched through the lexicon in this pair. */
  readonly renderings: ReadonlyMap<string, string>;
  /** Whether the pair's source has quotation marks at all. */
  readonly mayBeQuoted: boolean;
}

/**
 * Flags a source word rendered one way through most of the document (at least twice, most of its occurrences)
 * but with no such rendering in this pair («корзина»: "basket", "basket", then "framework").
 */
export function checkTermRenderings(document: DocumentContext): Flag[] {
  const eligible = (token: Token): boolean => token.kind === 'word' && isContent(token) && token.text.length >= 4 && !token.capitalized;
  const checked = (context: PairContext): boolean => context.src.sentences.length > 0 && context.tgt.sentences.length > 0;
  // Only words the source sets in quotes somewhere can be terms: find them first, then gather their occurrences.
  const terms = new Set<string>();
  for (const context of document.pairs) {
    if (!checked(context) || !mayQuote(context.src.text)) continue;
    const inQuotes = quotedAt(context.src.text);
    for (const token of context.src.tokens) if (eligible(token) && inQuotes(token.start)) terms.add(token.key);
  }
  const byKey = new Map<string, Occurrence[]>();
  for (const context of terms.size > 0 ? document.pairs : []) {
    const { src, tgt, match } = context;
    if (!checked(context)) continue;
    const mayBeQuoted = mayQuote(src.text);
    for (const token of src.tokens) {
      if (!eligible(token) || !terms.has(token.key)) continue;
      let renderings: ReadonlyMap<string, string> = NO_RENDERINGS;
      if (match.src[token.index] === 'lexicon') {
        const found = new Map<string, string>();
        for (const linked of match.srcLinks[token.index] ?? []) {
          const other = tgt.tokens[linked];
          if (other) found.set(other.key, other.text);
        }
        if (found.size > 0) renderings = found;
      }
      const list = byKey.get(token.key) ?? [];
      list.push({ context, token, renderings, mayBeQuoted });
      byKey.set(token.key, list);
    }
  }
  const flags: Flag[] = [];
  for (const occurrences of byKey.values()) {
    // Terms are what a translation must keep consistent; here a term is a word the source sets in quotes.
    if (occurrences.length < 3 || !occurrences.some((occurrence) => occurrence.mayBeQuoted && quoted(occurrence.context.src.text, occurrence.token.start))) continue;
    const counts = new Map<string, { count: number; text: string }>();
    for (const occurrence of occurrences) {
      for (const [key, text] of occurrence.renderings) counts.set(key, { count: (counts.get(key)?.count ?? 0) + 1, text });
    }
    const [usualKey, usual] = [...counts.entries()].sort((a, b) => b[1].count - a[1].count)[0] ?? [];
    // Only a rendering used every time the word was matched, at least twice, marks a term.
    const matched = occurrences.filter((occurrence) => occurrence.renderings.size > 0).length;
    if (!usualKey || !usual || usual.count < 2 || usual.count < matched) continue;
    for (const occurrence of occurrences) {
      if (occurrence.renderings.has(usualKey) || occurrence.context.match.src[occurrence.token.index] !== undefined) continue;
      flags.push(flagAt(occurrence.context.index, occurrence.context.src, occurrence.token.start, occurrence.token.end, {
        kind: 'inconsistency',
        severity: 'info',
        messageKey: 'inconsistency.rendering',
        params: { term: occurrence.token.text, usual: usual.text, count: usual.count },
      }));
    }
  }
  return flags;
}
