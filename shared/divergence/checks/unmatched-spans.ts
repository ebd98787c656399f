/**
 * `addition` / `omission`: content words on one side with no counterpart on the other, found from the pair's
 * word-level correspondence; `length` when only the length ratio is out of line. A run of unmatched content
 * words is reported only when the rest of the side is well matched, so a lexicon gap is not taken for an
 * omission.
 */
import type { Flag } from '../../types';
import type { MatchVia } from '../correspondence';
import { flagAt, quote, type PairContext } from '../pair-context';
import type { UnmatchedSpanSettings } from '../settings';
import { isContent, type SideText, type Token } from '../text/side-text';

/** A run of unmatched content words (token indices, inclusive). */
export interface UnmatchedRun {
  readonly first: Token;
  readonly last: Token;
  readonly contentWords: number;
  /** Content words in the run beyond the other side's unmatched ones. */
  readonly excess: number;
}

function unmatchedContent(side: SideText, via: readonly (MatchVia | undefined)[]): number {
  return side.tokens.filter((token) => isContent(token) && via[token.index] === undefined).length;
}

/**
 * Runs of unmatched content words on one side whose surroundings are well matched. `otherUnmatched` is the
 * number of unmatched content words on the other side: a free rendering leaves words unmatched on both sides,
 * while an addition or omission leaves them on one side only, so a run counts only by what exceeds them.
 */
export function unmatchedRuns(
  side: SideText,
  via: readonly (MatchVia | undefined)[],
  settings: UnmatchedSpanSettings,
  other: { readonly unmatched: number; readonly content: number } = { unmatched: 0, content: Number.POSITIVE_INFINITY },
): UnmatchedRun[] {
  const content = side.tokens.filter(isContent);
  if (content.length < settings.minSideContentWords) return [];
  const matched = content.filter((token) => via[token.index] !== undefined).length;
  const runs: UnmatchedRun[] = [];
  let run: Token[] = [];
  const close = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    // Evidence that the run has no counterpart: unmatched words beyond those of the other side, or content
    // words beyond the other side's count (a free rendering keeps the count, an addition raises it).
    const lengthExcess = content.length - other.content - settings.lengthSlack;
    const excess = Math.max(run.length - other.unmatched, Math.min(run.length, lengthExcess));
    if (first && last && excess >= settings.minContentWords) {
      const elsewhere = content.length - run.length;
      if (elsewhere > 0 && matched / elsewhere >= settings.minCoverageElsewhere) runs.push({ first, last, contentWords: run.length, excess });
    }
    run = [];
  };
  for (const token of content) {
    if (via[token.index] === undefined) run.push(token);
    else close();
  }
  close();
  return runs;
}

function spanFlags(context: PairContext, kind: 'addition' | 'omission'): Flag[] {
  const [side, via, other, otherVia] = kind === 'addition'
    ? [context.tgt, context.match.tgt, context.src, context.match.src]
    : [context.src, context.match.src, context.tgt, context.match.tgt];
  const settings = context.settings[kind];
  const otherCounts = { unmatched: unmatchedContent(other, otherVia), content: other.tokens.filter(isContent).length };
  return unmatchedRuns(side, via, settings, otherCounts).map((run) =>
    flagAt(context.index, side, run.first.start, run.last.end, {
      kind,
      severity: run.excess >= settings.warningContentWords ? 'warning' : 'info',
      messageKey: kind === 'addition' ? 'addition.words' : 'omission.words',
      params: { text: quote(side.text.slice(run.first.start, run.last.end)), count: run.contentWords },
    }),
  );
}

/** Flags unmatched runs in the target (additions). */
export function checkAddition(context: PairContext): Flag[] {
  if (!context.lexicon || context.src.sentences.length === 0 || context.tgt.sentences.length === 0) return [];
  return spanFlags(context, 'addition');
}

/** Flags unmatched runs in the source (omissions). */
export function checkOmission(context: PairContext): Flag[] {
  if (!context.lexicon || context.src.sentences.length === 0 || context.tgt.sentences.length === 0) return [];
  return spanFlags(context, 'omission');
}

/**
 * Flags a pair whose target/source length ratio, divided by the document's typical ratio, is out of line.
 * `typicalRatio` comes from the whole document (see `typicalLengthRatio`).
 */
export function checkLength(context: PairContext, typicalRatio: number): Flag[] {
  const { src, tgt, index, settings } = context;
  if (src.sentences.length === 0 || tgt.sentences.length === 0) return [];
  const srcLength = src.text.length;
  const tgtLength = tgt.text.length;
  if (Math.max(srcLength, tgtLength) < settings.length.minChars || srcLength === 0) return [];
  const ratio = tgtLength / srcLength / typicalRatio;
  if (ratio >= settings.length.minRatio && ratio <= settings.length.maxRatio) return [];
  return [flagAt(index, tgt, 0, tgtLength, {
    kind: 'length',
    severity: 'info',
    messageKey: ratio > 1 ? 'length.longer' : 'length.shorter',
    params: { ratio: Math.round(ratio * 10) / 10 },
  })];
}

/** The median target/source length ratio of the document's one-to-one pairs (1 when there are none). */
export function typicalLengthRatio(contexts: readonly PairContext[]): number {
  const ratios = contexts
    .filter((context) => context.src.text.length >= 20 && context.tgt.text.length >= 20)
    .map((context) => context.tgt.text.length / context.src.text.length)
    .sort((a, b) => a - b);
  if (ratios.length === 0) return 1;
  return ratios[Math.floor(ratios.length / 2)] ?? 1;
}
