/**
 * `addition` / `omission`: content words on one side with no counterpart on the other, found from the pair's
 * word-level correspondence; `length` when only the length ratio is out of line. A run of unmatched content
 * words counts by what the other side cannot account for: the unmatched words between the counterparts of the
 * run's matched neighbours (a free rendering leaves words unmatched on both sides, an addition on one), or the
 * surplus of content words. It is reported when the side is longer than usual (or the run is long) and the rest
 * of the side is well matched (a lexicon gap is no omission) or the side is far longer than usual; it is a warning
 * when the side is clearly longer than usual.
 */
import type { AlignedPair, Flag, SegmentedDocument } from '../../types';
import type { MatchVia } from '../correspondence';
import { flagAt, quote, type PairContext } from '../pair-context';
import type { DivergenceSettings, UnmatchedSpanSettings } from '../settings';
import { contentTokens, joinedLength, slotOf, type SideText, type Token } from '../text/side-text';

/** A run of unmatched content words (token indices, inclusive). */
export interface UnmatchedRun {
  readonly first: Token;
  readonly last: Token;
  readonly contentWords: number;
  /** Content words in the run beyond the other side's unmatched ones. */
  readonly excess: number;
}

/** The other side of a run: its tokens, how they matched, and the links from this side's tokens to them. */
export interface OtherSide {
  readonly side: SideText;
  readonly via: readonly (MatchVia | undefined)[];
  readonly links: readonly (readonly number[])[];
}

/**
 * Unmatched content words of the other side that could be the run's counterpart: those between the
 * counterparts of the matched words around the run (translations keep clause order closely enough), or all of
 * them when the anchors cross.
 */
export function counterpartCandidates(side: SideText, run: readonly Token[], links: readonly (readonly number[])[], other: OtherSide): number {
  const content = contentTokens(side.tokens);
  const otherContent = contentTokens(other.side.tokens);
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  let before: Token | undefined;
  for (let k = content.length - 1; k >= 0 && !before; k--) {
    const token = content[k] as Token;
    if (token.index < first.index && links[token.index]?.length) before = token;
  }
  const after = content.find((token) => token.index > last.index && links[token.index]?.length);
  const from = before ? nearestLinked(side, links, other, before) : -1;
  const to = after ? nearestLinked(side, links, other, after) : other.side.tokens.length;
  const whole = from === undefined || to === undefined || from >= to;
  let count = 0;
  for (const token of otherContent) {
    if (other.via[token.index] === undefined && (whole || (token.index > (from as number) && token.index < (to as number)))) count += 1;
  }
  return count;
}

/** The token of the other side linked to `token` closest to where it would fall (the first of equally close ones). */
function nearestLinked(side: SideText, links: readonly (readonly number[])[], other: OtherSide, token: Token): number | undefined {
  const candidates = links[token.index] ?? [];
  const target = (token.index / Math.max(1, side.tokens.length)) * other.side.tokens.length;
  let best: number | undefined;
  for (const candidate of candidates) if (best === undefined || Math.abs(candidate - target) < Math.abs(best - target)) best = candidate;
  return best;
}

/**
 * Runs of unmatched content words on one side that the other side cannot account for (see the module comment);
 * `lengthDeviation` is how much longer than usual this side is, in standard deviations.
 */
export function unmatchedRuns(
  side: SideText,
  via: readonly (MatchVia | undefined)[],
  settings: UnmatchedSpanSettings,
  links: readonly (readonly number[])[],
  other: OtherSide,
  lengthDeviation = 0,
): UnmatchedRun[] {
  const otherContent = contentTokens(other.side.tokens).length;
  const content = contentTokens(side.tokens);
  if (content.length < settings.minSideContentWords) return [];
  let matched = 0;
  for (const token of content) if (via[token.index] !== undefined) matched += 1;
  const scope: RunScope = { side, content, otherContent, matched, settings, links, other, lengthDeviation, runs: [] };
  let run: Token[] = [];
  for (const token of content) {
    // A run stays inside one sentence, so its span can be marked in it.
    const previous = run[run.length - 1];
    if (previous && side.offsets.length > 1 && slotOf(side, previous.start) !== slotOf(side, token.start)) run = closeRun(scope, run);
    if (via[token.index] === undefined) run.push(token);
    else run = closeRun(scope, run);
  }
  closeRun(scope, run);
  return scope.runs;
}

/** What `unmatchedRuns` judges each run by (one object per call, where a closure would be one more function). */
interface RunScope {
  readonly side: SideText;
  readonly content: readonly Token[];
  readonly otherContent: number;
  readonly matched: number;
  readonly settings: UnmatchedSpanSettings;
  readonly links: readonly (readonly number[])[];
  readonly other: OtherSide;
  readonly lengthDeviation: number;
  readonly runs: UnmatchedRun[];
}

/** Ends a run: keeps it in `scope.runs` when it counts (see `unmatchedRuns`); returns the run to go on with. */
function closeRun(scope: RunScope, run: Token[]): Token[] {
  if (run.length === 0) return run;
  const { side, content, otherContent, matched, settings, links, other, lengthDeviation } = scope;
  const first = run[0];
  const last = run[run.length - 1];
  // Evidence that the run has no counterpart: unmatched words beyond those of the other side, or content
  // words beyond the other side's count (a free rendering keeps the count, an addition raises it).
  const lengthExcess = first && last ? content.length - otherContent - settings.lengthSlack : 0;
  const gapExcess = first && last ? run.length - counterpartCandidates(side, run, links, other) : 0;
  const excess = Math.max(gapExcess, Math.min(run.length, lengthExcess));
  if (first && last && excess >= settings.minContentWords) {
    const elsewhere = content.length - run.length;
    const covered = elsewhere > 0 && matched / elsewhere >= settings.minCoverageElsewhere;
    // A side no longer than usual seldom hides an addition (or, for the other side, an omission): a short run
    // there is a loose rendering.
    const plausible = lengthDeviation >= settings.minLengthDeviation || excess >= settings.warningContentWords + 1;
    if (plausible && (covered || lengthDeviation >= settings.strongLengthDeviation)) scope.runs.push({ first, last, contentWords: run.length, excess });
  }
  return [];
}

/** How many standard deviations longer the checked side is than the document's usual ratio predicts. */
function lengthDeviation(context: PairContext, kind: 'addition' | 'omission', typicalRatio: number): number {
  const src = context.src.text.length;
  const tgt = context.tgt.text.length;
  if (src === 0 || tgt === 0) return 0;
  const deviation = (Math.log(tgt / src) - Math.log(typicalRatio)) / context.settings.length.logRatioSpread;
  return kind === 'addition' ? deviation : -deviation;
}

/** A warning needs both kinds of evidence: words without counterpart, and a side longer than usual. */
function warns(run: UnmatchedRun, deviation: number, settings: UnmatchedSpanSettings): boolean {
  return run.excess >= settings.warningContentWords && deviation >= settings.warningLengthDeviation && run.excess + deviation >= settings.warningScore;
}

function spanFlags(context: PairContext, kind: 'addition' | 'omission', typicalRatio: number): Flag[] {
  const { match } = context;
  const [side, via, links, other]: [SideText, readonly (MatchVia | undefined)[], readonly (readonly number[])[], OtherSide] = kind === 'addition'
    ? [context.tgt, match.tgt, match.tgtLinks, { side: context.src, via: match.src, links: match.srcLinks }]
    : [context.src, match.src, match.srcLinks, { side: context.tgt, via: match.tgt, links: match.tgtLinks }];
  const settings = context.settings[kind];
  const deviation = lengthDeviation(context, kind, typicalRatio);
  return unmatchedRuns(side, via, settings, links, other, deviation).map((run) =>
    flagAt(context.index, side, run.first.start, run.last.end, {
      kind,
      severity: warns(run, deviation, settings) ? 'warning' : 'info',
      messageKey: kind === 'addition' ? 'addition.words' : 'omission.words',
      params: { text: quote(side.text.slice(run.first.start, run.last.end)), count: run.contentWords },
    }),
  );
}

/** Flags unmatched runs in the target (additions). */
export function checkAddition(context: PairContext, typicalRatio: number): Flag[] {
  if (!context.lexicon || context.src.sentences.length === 0 || context.tgt.sentences.length === 0) return [];
  return spanFlags(context, 'addition', typicalRatio);
}

/** Flags unmatched runs in the source (omissions). */
export function checkOmission(context: PairContext, typicalRatio: number): Flag[] {
  if (!context.lexicon || context.src.sentences.length === 0 || context.tgt.sentences.length === 0) return [];
  return spanFlags(context, 'omission', typicalRatio);
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

/**
 * The usual target/source length ratio of the document: the median over its pairs when it has enough of them,
 * else the prior for the language pair (1 when there is none).
 */
export function typicalLengthRatio(source: SegmentedDocument, target: SegmentedDocument, pairs: readonly AlignedPair[], settings: DivergenceSettings): number {
  const ratios: number[] = [];
  for (const pair of pairs) {
    const src = joinedLength(source, pair.src);
    const tgt = joinedLength(target, pair.tgt);
    if (src >= 20 && tgt >= 20) ratios.push(tgt / src);
  }
  ratios.sort((a, b) => a - b);
  if (ratios.length < settings.length.minPairsForOwnRatio) return settings.length.priorRatios[`${source.lang}-${target.lang}`] ?? 1;
  return ratios[Math.floor(ratios.length / 2)] ?? 1;
}
