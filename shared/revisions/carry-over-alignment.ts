/**
 * Carry an alignment over to a new revision of one side. Pairs whose sentences did not change survive as they
 * are (id, origin, notes, flag reviews; indices renumbered); pairs whose text changed keep their id and notes and
 * are marked "changed since review" when the translator had looked at them; what was inserted or lost its
 * partner becomes a gap between surviving pairs, to be realigned on its own (see carry-over-merge.ts).
 */
import type { FlagStatus, PairOrigin, Side } from '../types';
import { absorbInsertions, groupPairs, longestChain, type Group } from './carry-over-groups';
import type { SentenceMatch } from './match-revisions';

/** What the carry-over reads of a stored pair; a PairRecord fits. */
export interface CarryPairInput {
  readonly id: number;
  readonly src: readonly number[];
  readonly tgt: readonly number[];
  readonly score: number;
  readonly origin: PairOrigin;
  readonly changedSinceReview: boolean;
  readonly notes?: readonly unknown[];
  readonly flags?: ReadonlyArray<{ readonly status: FlagStatus }>;
}

/** How a surviving pair relates to its old self. */
export type PairChange = 'unchanged' | 'modified' | 'moved' | 'realigned';

/** A pair of the new alignment with what it keeps of the old one. */
export interface UpdatedPair {
  /** The old pair's id, kept (or lent by an old pair the new one holds whole); undefined for a new pair. */
  readonly id?: number;
  readonly src: readonly number[];
  readonly tgt: readonly number[];
  readonly score: number;
  readonly origin: PairOrigin;
  readonly changedSinceReview: boolean;
  readonly change: PairChange;
  /** True when a sentence's text changed at all (whitespace included): its flags must be recomputed. */
  readonly recheck: boolean;
  /** Other old pairs (ids) merged into this one: their notes and flag reviews move here. */
  readonly inherits: readonly number[];
}

/** Sentences to realign between two surviving pairs (new indices), and the old pairs dissolved into them. */
export interface RealignGap {
  readonly src: readonly number[];
  readonly tgt: readonly number[];
  /** Old pairs released into the gap, as they would read in the new indices (restored if realigned alike). */
  readonly released: readonly UpdatedPair[];
  /** Released pairs the translator had reviewed (their ids): whatever inherits them is changed since review. */
  readonly reviewed: readonly number[];
}

/** The new alignment in document order: fixed pairs and gaps; crossing pairs (moved paragraphs) aside. */
export type LayoutItem =
  | { readonly kind: 'pair'; readonly pair: UpdatedPair }
  | { readonly kind: 'gap'; readonly gap: number };

/** The result of planning: what survives, where to realign, what is gone. */
export interface CarryOverPlan {
  /** The side that changed. */
  readonly side: Side;
  /** Surviving pairs and gaps in document order. */
  readonly layout: readonly LayoutItem[];
  /** Surviving pairs whose changed side moved out of order (a reordered paragraph): kept, placed by source. */
  readonly crossing: readonly UpdatedPair[];
  readonly gaps: readonly RealignGap[];
  /** Old pairs (ids) none of whose sentences exist any more. */
  readonly dropped: readonly number[];
}

/** Tuning of the carry-over. */
export interface CarryOverOptions {
  /**
   * Keep the alignment monotone and contiguous, as the project store needs (default true): pairs of a paragraph
   * moved on one side cannot stay pairs there, so they are released into gaps and their notes and reviews go to
   * the realigned pairs holding their sentences. With false they are kept as crossing pairs.
   */
  readonly monotonic?: boolean;
  /**
   * Also realign the unreviewed, unchanged pair on each side of a gap, so the aligner may regroup it with the
   * new material (default false: only the changed regions are realigned).
   */
  readonly widenGaps?: boolean;
}

/** True when the translator acted on a pair: confirmed or edited it, wrote a note, or reviewed a flag. */
export function isReviewed(pair: CarryPairInput): boolean {
  return (
    pair.origin !== 'auto' ||
    (pair.notes?.length ?? 0) > 0 ||
    (pair.flags ?? []).some((flag) => flag.status !== 'open')
  );
}

const ORIGIN_RANK: Readonly<Record<PairOrigin, number>> = { auto: 0, edited: 1, confirmed: 2 };

/** Plan the carry-over of `pairs` (document order) when `side` changed as described by `match`. */
export function planCarryOver(
  pairs: readonly CarryPairInput[],
  match: SentenceMatch,
  side: Side,
  options: CarryOverOptions = {},
): CarryOverPlan {
  const cOf = (pair: CarryPairInput): readonly number[] => (side === 'src' ? pair.src : pair.tgt);
  const uOf = (pair: CarryPairInput): readonly number[] => (side === 'src' ? pair.tgt : pair.src);
  const groups = groupPairs(pairs, match, cOf, uOf);
  const owner = new Int32Array(match.new.length).fill(-1);
  groups.forEach((group, g) => group.c.forEach((k) => (owner[k] = g)));
  groups.forEach((group, g) => absorbInsertions(group, g, owner, match));

  const dropped: number[] = [];
  const twoSided: number[] = [];
  groups.forEach((group, g) => {
    if (group.u.length === 0 && group.c.length === 0) dropped.push(...group.members.map((m) => pairs[m].id));
    else if (group.u.length && group.c.length && !group.dissolved) twoSided.push(g);
  });
  const chain = new Set(longestChain(twoSided, groups));
  const crossing = twoSided.filter((g) => !chain.has(g));
  const monotonic = options.monotonic ?? true;
  const context: PlanContext = { pairs, groups, side, match, chain: [...chain], crossing: new Set(monotonic ? [] : crossing) };
  const widen = options.widenGaps ?? false;
  let released = new Set<number>(monotonic ? crossing : []);
  let ranges = describeRanges(context, released);
  for (let round = 0; round < 4 && ranges.contents.size > 0; round++) {
    const next = chooseReleased(context, ranges, released, widen && round === 0);
    if (next.size === released.size) break;
    released = next;
    ranges = describeRanges(context, released);
  }
  const { layout, gaps } = buildLayout(context, ranges);
  const kept = [...context.crossing].map((g) => toUpdated(context, g, 'moved'));
  return { side, layout, crossing: kept, gaps, dropped };
}

interface PlanContext {
  readonly pairs: readonly CarryPairInput[];
  readonly groups: readonly Group[];
  readonly side: Side;
  readonly match: SentenceMatch;
  /** Two-sided groups kept in order (group indices, increasing on both sides). */
  readonly chain: readonly number[];
  /** Groups kept out of order (moved paragraphs), when the alignment need not be monotone. */
  readonly crossing: ReadonlySet<number>;
}

/** Which range (0 = before the first anchor) a position falls in, given the anchors' last positions. */
function rangeOf(position: number, anchorEnds: readonly number[]): number {
  let lo = 0;
  let hi = anchorEnds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchorEnds[mid] < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface RangeContent {
  /** Sentences to realign, unchanged side and changed side (new indices). */
  readonly freeU: number[];
  readonly freeC: number[];
  /** One-sided groups kept in place, and groups with sentences released into the gap. */
  readonly floating: number[];
  readonly released: number[];
}

/** The document cut into ranges between the kept anchors; only ranges holding something are listed. */
interface Ranges {
  readonly anchors: readonly number[];
  /** Range r lies between anchors r - 1 and r (0 = before the first). */
  readonly contents: ReadonlyMap<number, RangeContent>;
}

/** Split the document into ranges between the kept anchors and see what each holds. */
function describeRanges(context: PlanContext, released: ReadonlySet<number>): Ranges {
  const { groups, match } = context;
  const anchors = context.chain.filter((g) => !released.has(g));
  const uEnds = anchors.map((g) => groups[g].u[groups[g].u.length - 1]);
  const cEnds = anchors.map((g) => groups[g].c[groups[g].c.length - 1]);
  const contents = new Map<number, RangeContent>();
  const contentOf = (range: number): RangeContent => {
    let content = contents.get(range);
    if (!content) contents.set(range, (content = { freeU: [], freeC: [], floating: [], released: [] }));
    return content;
  };
  const anchorSet = new Set(anchors);
  const coveredC = new Uint8Array(match.new.length);
  groups.forEach((group, g) => {
    for (const k of group.c) coveredC[k] = 1;
    if (anchorSet.has(g) || context.crossing.has(g)) return;
    if (group.u.length === 0 && group.c.length === 0) return;
    if (!group.dissolved && !released.has(g)) {
      contentOf(group.u.length ? rangeOf(group.u[0], uEnds) : rangeOf(group.c[0], cEnds)).floating.push(g);
      return;
    }
    // Each sentence goes to the range it lies in (a moved paragraph's two sides lie in different ranges).
    const touched = new Set<RangeContent>();
    for (const k of group.u) {
      const content = contentOf(rangeOf(k, uEnds));
      content.freeU.push(k);
      touched.add(content);
    }
    for (const k of group.c) {
      const content = contentOf(rangeOf(k, cEnds));
      content.freeC.push(k);
      touched.add(content);
    }
    for (const content of touched) content.released.push(g);
  });
  for (let k = 0; k < coveredC.length; k++) if (!coveredC[k]) contentOf(rangeOf(k, cEnds)).freeC.push(k);
  for (const content of contents.values()) {
    content.freeU.sort((a, b) => a - b);
    content.freeC.sort((a, b) => a - b);
  }
  return { anchors, contents };
}

/**
 * Release what the gaps need: every pair left floating in a range being realigned (a one-sided pair may be the
 * missing half of the new material, and the range must be realigned whole to stay contiguous), and, if asked,
 * the unreviewed neighbours.
 */
function chooseReleased(context: PlanContext, ranges: Ranges, released: ReadonlySet<number>, widen: boolean): Set<number> {
  const { groups, pairs } = context;
  const next = new Set(released);
  for (const [r, content] of ranges.contents) {
    if (content.freeU.length === 0 && content.freeC.length === 0) continue;
    for (const g of content.floating) next.add(g);
    if (!widen) continue;
    for (const neighbour of [ranges.anchors[r - 1], ranges.anchors[r]]) {
      if (neighbour === undefined) continue;
      const group = groups[neighbour];
      const untouched = !group.changed && !group.recheck && group.members.every((m) => !isReviewed(pairs[m]));
      if (untouched) next.add(neighbour);
    }
  }
  return next;
}

/** Surviving pairs and gaps in document order, and the gaps themselves. */
function buildLayout(context: PlanContext, ranges: Ranges): { layout: LayoutItem[]; gaps: RealignGap[] } {
  const layout: LayoutItem[] = [];
  const gaps: RealignGap[] = [];
  const pairItem = (pair: UpdatedPair): LayoutItem => ({ kind: 'pair', pair });
  for (let r = 0; r <= ranges.anchors.length; r++) {
    const content = ranges.contents.get(r);
    if (content) {
      // A range with a gap has had its floating pairs released into it (chooseReleased).
      for (const g of inSideOrder(context, content.floating)) layout.push(pairItem(toUpdated(context, g, 'unchanged')));
      if (content.freeU.length || content.freeC.length) {
        layout.push({ kind: 'gap', gap: gaps.length });
        gaps.push(gapOf(context, content));
      }
    }
    const anchor = ranges.anchors[r];
    if (anchor !== undefined) layout.push(pairItem(toUpdated(context, anchor, 'unchanged')));
  }
  return { layout, gaps };
}

/**
 * One-sided pairs of a range in an order that keeps each side increasing: a pair that came with a moved
 * paragraph may land among others from elsewhere. Each side's pairs are sorted into the slots that side had.
 */
function inSideOrder(context: PlanContext, floating: readonly number[]): number[] {
  const { groups } = context;
  const position = (g: number): number => (groups[g].u.length ? groups[g].u[0] : groups[g].c[0]);
  const uOnly = floating.filter((g) => groups[g].u.length > 0).sort((a, b) => position(a) - position(b));
  const cOnly = floating.filter((g) => groups[g].u.length === 0).sort((a, b) => position(a) - position(b));
  let u = 0;
  let c = 0;
  return floating.map((g) => (groups[g].u.length > 0 ? uOnly[u++] : cOnly[c++]));
}

function gapOf(context: PlanContext, content: RangeContent): RealignGap {
  const [src, tgt] = context.side === 'src' ? [content.freeC, content.freeU] : [content.freeU, content.freeC];
  const released = content.released
    .filter((g) => context.groups[g].u.length || context.groups[g].c.length)
    .map((g) => toUpdated(context, g, 'unchanged'));
  const reviewed = content.released.flatMap((g) =>
    context.groups[g].members.filter((m) => isReviewed(context.pairs[m])).map((m) => context.pairs[m].id),
  );
  return { src, tgt, released, reviewed };
}

/** A group as a pair of the new alignment. */
function toUpdated(context: PlanContext, g: number, placement: 'unchanged' | 'moved'): UpdatedPair {
  const group = context.groups[g];
  const change = group.changed ? 'modified' : placement;
  if (group.members.length === 1) {
    // The usual case, kept lean: a 20,000-pair project has 20,000 of these.
    const pair = context.pairs[group.members[0]];
    return {
      id: pair.id,
      src: context.side === 'src' ? group.c : group.u,
      tgt: context.side === 'src' ? group.u : group.c,
      score: pair.score,
      origin: pair.origin,
      changedSinceReview: pair.changedSinceReview || (group.changed && isReviewed(pair)),
      change,
      recheck: group.recheck,
      inherits: [],
    };
  }
  const members = group.members.map((m) => context.pairs[m]);
  const first = members[0];
  const reviewed = members.some(isReviewed);
  const origin = members.reduce<PairOrigin>((best, m) => (ORIGIN_RANK[m.origin] > ORIGIN_RANK[best] ? m.origin : best), 'auto');
  const [src, tgt] = context.side === 'src' ? [group.c, group.u] : [group.u, group.c];
  return {
    id: first.id,
    src,
    tgt,
    score: Math.min(...members.map((m) => m.score)),
    origin,
    changedSinceReview: members.some((m) => m.changedSinceReview) || (reviewed && group.changed),
    change,
    recheck: group.recheck,
    inherits: members.slice(1).map((m) => m.id),
  };
}
