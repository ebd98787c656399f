/**
 * The sentence-level edit script between two revisions: jsdiff's Myers diff over interned sentence keys, with a
 * guard for very different files (unique-sentence anchors, then jsdiff again between them) so it never hangs.
 */
import { diffArrays } from 'diff';

/** One run of the edit script: `count` sentences kept, deleted from the old or inserted into the new revision. */
export interface EditRun {
  readonly kind: 'equal' | 'delete' | 'insert';
  readonly count: number;
}

/** The edit script and whether the cheap fallback had to be used. */
export interface SentenceDiff {
  readonly runs: readonly EditRun[];
  /** True when the full diff was too costly and the anchored fallback produced (part of) the script. */
  readonly fallback: boolean;
}

/** Edit distance beyond which jsdiff gives up; sized so a hopeless diff costs a few tens of milliseconds. */
export const DEFAULT_MAX_EDIT_LENGTH = 1_000;

/** Edit distance allowed for each stretch between two fallback anchors (bounds the fallback's total cost). */
const STRETCH_MAX_EDIT_LENGTH = 200;

class RunBuilder {
  readonly runs: EditRun[] = [];

  push(kind: EditRun['kind'], count: number): void {
    if (count <= 0) return;
    const last = this.runs[this.runs.length - 1];
    if (last?.kind === kind) this.runs[this.runs.length - 1] = { kind, count: last.count + count };
    else this.runs.push({ kind, count });
  }
}

/** Diff two arrays of interned sentence keys (equal keys = equal normalised text). */
export function diffSentenceKeys(
  oldKeys: readonly number[],
  newKeys: readonly number[],
  maxEditLength: number = DEFAULT_MAX_EDIT_LENGTH,
): SentenceDiff {
  const out = new RunBuilder();
  const fallback = diffRange(oldKeys, 0, oldKeys.length, newKeys, 0, newKeys.length, maxEditLength, out, true);
  return { runs: out.runs, fallback };
}

/** Diff oldKeys[a0, a1) against newKeys[b0, b1), appending runs; returns true when the fallback was used. */
function diffRange(
  oldKeys: readonly number[],
  a0: number,
  a1: number,
  newKeys: readonly number[],
  b0: number,
  b1: number,
  maxEditLength: number,
  out: RunBuilder,
  allowAnchors: boolean,
): boolean {
  // Common prefix and suffix first: the usual revision touches a few places in a long document.
  let prefix = 0;
  while (a0 + prefix < a1 && b0 + prefix < b1 && oldKeys[a0 + prefix] === newKeys[b0 + prefix]) prefix++;
  let suffix = 0;
  while (
    a1 - suffix > a0 + prefix &&
    b1 - suffix > b0 + prefix &&
    oldKeys[a1 - suffix - 1] === newKeys[b1 - suffix - 1]
  ) {
    suffix++;
  }
  out.push('equal', prefix);
  const oldMid = oldKeys.slice(a0 + prefix, a1 - suffix);
  const newMid = newKeys.slice(b0 + prefix, b1 - suffix);
  let fallback = false;
  if (oldMid.length === 0 || newMid.length === 0) {
    out.push('delete', oldMid.length);
    out.push('insert', newMid.length);
  } else {
    const changes = diffArrays(oldMid, newMid, { maxEditLength });
    if (changes) {
      for (const change of changes) out.push(change.removed ? 'delete' : change.added ? 'insert' : 'equal', change.count);
    } else if (allowAnchors) {
      fallback = true;
      anchoredDiff(oldMid, newMid, maxEditLength, out);
    } else {
      fallback = true;
      out.push('delete', oldMid.length);
      out.push('insert', newMid.length);
    }
  }
  out.push('equal', suffix);
  return fallback;
}

/**
 * Patience-style fallback: sentences that occur exactly once in each revision are matched, the longest run of
 * them in the same order is kept, and each stretch between two kept anchors is diffed on its own (or replaced
 * wholesale when even that is too costly). O(n log n) plus the bounded stretches.
 */
function anchoredDiff(oldKeys: readonly number[], newKeys: readonly number[], maxEditLength: number, out: RunBuilder): void {
  const anchors = uniqueAnchors(oldKeys, newKeys);
  const stretchLimit = Math.min(maxEditLength, STRETCH_MAX_EDIT_LENGTH);
  let a = 0;
  let b = 0;
  for (const [oldPos, newPos] of anchors) {
    diffRange(oldKeys, a, oldPos, newKeys, b, newPos, stretchLimit, out, false);
    out.push('equal', 1);
    a = oldPos + 1;
    b = newPos + 1;
  }
  diffRange(oldKeys, a, oldKeys.length, newKeys, b, newKeys.length, stretchLimit, out, false);
}

/** Positions of keys unique in both arrays, reduced to the longest chain increasing in both. */
function uniqueAnchors(oldKeys: readonly number[], newKeys: readonly number[]): Array<[number, number]> {
  const oldCount = new Map<number, number>();
  const oldPosOf = new Map<number, number>();
  oldKeys.forEach((key, i) => {
    oldCount.set(key, (oldCount.get(key) ?? 0) + 1);
    oldPosOf.set(key, i);
  });
  const newCount = new Map<number, number>();
  for (const key of newKeys) newCount.set(key, (newCount.get(key) ?? 0) + 1);
  const candidates: Array<[number, number]> = [];
  newKeys.forEach((key, j) => {
    if (newCount.get(key) === 1 && oldCount.get(key) === 1) candidates.push([oldPosOf.get(key) as number, j]);
  });
  candidates.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(candidates);
}

/** Longest subsequence of [old, new] pairs (sorted by old) whose new positions increase; patience sorting. */
function longestIncreasing(items: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const previous = new Int32Array(items.length).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const value = items[i][1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[tails[mid]][1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const chain: Array<[number, number]> = [];
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) chain.push(items[i]);
  return chain.reverse();
}
