/**
 * The first step of a carry-over: old pairs grouped by what became of their changed-side sentences. Usually one
 * pair per group; pairs whose sentences were merged into one, and everything between them, form one group; new
 * sentences inserted inside a group's span join it.
 */
import type { SentenceMatch } from './match-revisions';
import type { CarryPairInput } from './carry-over-alignment';

/** Old pairs grouped by what they became: usually one pair per group; pairs whose sentences merged share one. */
export interface Group {
  readonly members: number[];
  u: number[];
  c: number[];
  changed: boolean;
  moved: boolean;
  recheck: boolean;
  /** The changed side had sentences and all of them were deleted, or the group cannot be kept contiguous. */
  dissolved: boolean;
}

/** Group the old pairs (document order); `cOf` / `uOf` read a pair's changed / unchanged side. */
export function groupPairs(
  pairs: readonly CarryPairInput[],
  match: SentenceMatch,
  cOf: (pair: CarryPairInput) => readonly number[],
  uOf: (pair: CarryPairInput) => readonly number[],
): Group[] {
  // Union pairs whose changed-side sentences now land in the same new sentence (a merge), and everything
  // between two united pairs, so every group stays contiguous in document order.
  const parent = pairs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstOwner = new Int32Array(match.new.length).fill(-1);
  const claim = (j: number, i: number): void => {
    const other = firstOwner[j];
    if (other === -1) firstOwner[j] = i;
    else if (other !== i) parent[find(i)] = find(other);
  };
  pairs.forEach((pair, i) => {
    for (const k of cOf(pair)) {
      const fate = match.old[k];
      if (fate.kind === 'unchanged') claim(fate.to, i);
      else if (fate.kind === 'modified') for (const j of fate.to) claim(j, i);
    }
  });
  const lastOfRoot = new Int32Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) lastOfRoot[find(i)] = i;
  const ends = pairs.map((_, i) => lastOfRoot[find(i)]);
  let reach = -1;
  for (let i = 0; i < pairs.length; i++) {
    if (i <= reach) parent[find(i)] = find(i - 1);
    reach = Math.max(reach, ends[i]);
  }
  const groupOfRoot = new Int32Array(pairs.length).fill(-1);
  const groups: Group[] = [];
  pairs.forEach((pair, i) => {
    const root = find(i);
    let group = groups[groupOfRoot[root]];
    if (groupOfRoot[root] === -1) {
      group = { members: [], u: [], c: [], changed: false, moved: false, recheck: false, dissolved: false };
      groupOfRoot[root] = groups.length;
      groups.push(group);
    }
    group.members.push(i);
    group.u.push(...uOf(pair));
    const oldC = cOf(pair);
    for (const k of oldC) {
      const fate = match.old[k];
      if (fate.kind === 'unchanged') {
        group.c.push(fate.to);
        group.moved ||= fate.moved;
        group.recheck ||= fate.whitespaceOnly;
      } else {
        if (fate.kind === 'modified') group.c.push(...fate.to);
        group.changed = true;
        group.recheck = true;
      }
    }
    if (oldC.length > 0 && group.c.length === 0 && group.members.length === 1) group.dissolved = true;
  });
  for (const group of groups) {
    group.u = sortedUnique(group.u);
    group.c = sortedUnique(group.c);
    if (group.members.length > 1) {
      group.changed = true;
      // A group whose changed side vanished entirely cannot stay a pair.
      group.dissolved = group.c.length === 0;
    }
  }
  return groups;
}

function sortedUnique(values: number[]): number[] {
  for (let k = 1; k < values.length; k++) {
    if (values[k] <= values[k - 1]) return [...new Set(values)].sort((a, b) => a - b);
  }
  return values;
}

/** Inserted sentences inside a group's span join it; another group's sentence inside it breaks the group. */
export function absorbInsertions(group: Group, g: number, owner: Int32Array, match: SentenceMatch): void {
  if (group.c.length < 2 || group.dissolved) return;
  const first = group.c[0];
  const lastIndex = group.c[group.c.length - 1];
  if (lastIndex - first + 1 === group.c.length) return;
  const span: number[] = [];
  for (let k = first; k <= lastIndex; k++) {
    if (owner[k] === g) span.push(k);
    else if (owner[k] === -1 && match.new[k].kind === 'inserted') {
      span.push(k);
      owner[k] = g;
      group.changed = true;
      group.recheck = true;
    } else {
      group.dissolved = true;
      return;
    }
  }
  group.c = span;
}

/** The largest set of two-sided groups (in old order) whose new changed-side positions still increase. */
export function longestChain(candidates: readonly number[], groups: readonly Group[]): number[] {
  const tails: number[] = [];
  const previous = new Int32Array(candidates.length).fill(-1);
  candidates.forEach((g, i) => {
    const value = groups[g].c[0];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (groups[candidates[tails[mid]]].c[0] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const chain: number[] = [];
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) chain.push(candidates[i]);
  return chain.reverse();
}
