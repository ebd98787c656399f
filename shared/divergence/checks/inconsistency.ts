/**
 * `inconsistency`: the same source sentence translated differently elsewhere in the document, and a glossary
 * term rendered with different accepted target terms in different places.
 */
import type { Flag } from '../../types';
import { flagAt, flagSentence, quote, type DocumentContext, type PairContext } from '../pair-context';
import { findPhrases } from '../text/phrases';
import { isContent } from '../text/side-text';

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Flags repeated source sentences whose translations differ (every occurrence after the first). */
export function checkRepeatedSentences(document: DocumentContext): Flag[] {
  const seen = new Map<string, { first: PairContext; translation: string }>();
  const flags: Flag[] = [];
  for (const context of document.pairs) {
    if (context.src.sentences.length === 0 || context.tgt.sentences.length === 0) continue;
    if (context.src.tokens.filter(isContent).length < 3) continue;
    const key = normalise(context.src.text);
    const translation = normalise(context.tgt.text);
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, { first: context, translation });
      continue;
    }
    if (earlier.translation === translation) continue;
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
