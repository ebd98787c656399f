/**
 * Match the sentences of two revisions of one side: which sentences stayed, moved, were edited (typo, split,
 * merge), deleted or inserted. jsdiff finds the kept sentences, identical texts deleted here and inserted there
 * are a move, and what remains of each replaced stretch is paired by similarity.
 */
import { groupBy } from '../group-by';
import type { SegmentedDocument } from '../types';
import { DEFAULT_MAX_EDIT_LENGTH, diffSentenceKeys, type EditRun } from './sentence-diff';
import { pairReplacements, type ReplacementBead } from './pair-replacements';
import { bigramsOf, diceSimilarity, normalizeSentence, type Bigrams } from './sentence-similarity';

/** What became of an old sentence in the new revision. */
export type OldSentenceFate =
  | {
      readonly kind: 'unchanged';
      readonly to: number;
      /** True when it left its place (a moved paragraph). */
      readonly moved: boolean;
      /** True when the raw text differs only in whitespace or Unicode composition. */
      readonly whitespaceOnly: boolean;
    }
  | { readonly kind: 'modified'; readonly to: readonly number[]; readonly similarity: number }
  | { readonly kind: 'deleted' };

/** Where a new sentence came from. */
export type NewSentenceSource =
  | { readonly kind: 'unchanged'; readonly from: number; readonly moved: boolean; readonly whitespaceOnly: boolean }
  | { readonly kind: 'modified'; readonly from: readonly number[]; readonly similarity: number }
  | { readonly kind: 'inserted' };

/** One change between the revisions, for the revision panel: old and new sentence indices involved. */
export interface RevisionChange {
  readonly kind: 'modified' | 'inserted' | 'deleted' | 'moved';
  readonly old: readonly number[];
  readonly new: readonly number[];
}

/** Counts of old sentences by fate, new sentences inserted, and whether the cheap fallback diff was used. */
export interface MatchStats {
  readonly unchanged: number;
  readonly moved: number;
  readonly modified: number;
  readonly deleted: number;
  readonly inserted: number;
  readonly fallback: boolean;
}

/** The sentence mapping between two revisions of one side. */
export interface SentenceMatch {
  /** One entry per old sentence. */
  readonly old: readonly OldSentenceFate[];
  /** One entry per new sentence. */
  readonly new: readonly NewSentenceSource[];
  /** The changes in new-document order (deletions where they were). */
  readonly changes: readonly RevisionChange[];
  readonly stats: MatchStats;
}

/** Tuning; the defaults suit prose. */
export interface MatchOptions {
  /** Minimum bigram similarity for an edited sentence to count as the same sentence (default 0.5). */
  readonly threshold?: number;
  /** Edit distance beyond which the anchored fallback replaces the full diff (default 1,000 sentences). */
  readonly maxEditLength?: number;
}

/** The sentences of a revision: all the matcher reads. */
export type RevisionSentences = Pick<SegmentedDocument, 'sentences'>;

/** Edit distance for the second, normalised-text diff inside each changed stretch. */
const INNER_MAX_EDIT_LENGTH = 200;

/** Match the sentences of an old and a new revision of the same document. */
export function matchRevisions(
  oldDoc: RevisionSentences,
  newDoc: RevisionSentences,
  options: MatchOptions = {},
): SentenceMatch {
  const threshold = options.threshold ?? 0.5;
  const maxEditLength = options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH;
  // Exact texts first (most sentences of a revision are byte-identical: no normalisation needed for them);
  // inside each changed stretch, compare again on normalised text to find whitespace-only edits.
  const rawIds = new Map<string, number>();
  const rawKey = (text: string): number => intern(rawIds, text);
  const diff = diffSentenceKeys(
    oldDoc.sentences.map((s) => rawKey(s.text)),
    newDoc.sentences.map((s) => rawKey(s.text)),
    maxEditLength,
  );
  const normIds = new Map<string, number>();
  const oldNorm: string[] = new Array(oldDoc.sentences.length);
  const newNorm: string[] = new Array(newDoc.sentences.length);
  const oldText = (k: number): string => (oldNorm[k] ??= normalizeSentence(oldDoc.sentences[k].text));
  const newText = (k: number): string => (newNorm[k] ??= normalizeSentence(newDoc.sentences[k].text));
  const oldKey = (k: number): number => intern(normIds, oldText(k));
  const newKey = (k: number): number => intern(normIds, newText(k));

  const oldFate: OldSentenceFate[] = new Array(oldDoc.sentences.length);
  const newSource: NewSentenceSource[] = new Array(newDoc.sentences.length);
  const keep = (i: number, j: number, moved: boolean, whitespaceOnly: boolean): void => {
    oldFate[i] = { kind: 'unchanged', to: j, moved, whitespaceOnly };
    newSource[j] = { kind: 'unchanged', from: i, moved, whitespaceOnly };
  };

  const hunks: Hunk[] = [];
  let fallback = diff.fallback;
  for (const hunk of hunksOf(diff.runs, 0, 0, (i, j) => keep(i, j, false, false))) {
    if (hunk.removed.length === 0 || hunk.added.length === 0) {
      hunks.push(hunk);
      continue;
    }
    const removedKeys = hunk.removed.map(oldKey);
    const addedKeys = hunk.added.map(newKey);
    const removedSet = new Set(removedKeys);
    if (!addedKeys.some((key) => removedSet.has(key))) {
      hunks.push(hunk);
      continue;
    }
    // Whitespace-only edits keep their place: a short search suffices (the anchored fallback does the rest).
    const inner = diffSentenceKeys(removedKeys, addedKeys, Math.min(maxEditLength, INNER_MAX_EDIT_LENGTH));
    fallback ||= inner.fallback;
    const keepNormalised = (i: number, j: number): void => keep(i, j, false, oldDoc.sentences[i].text !== newDoc.sentences[j].text);
    for (const part of hunksOf(inner.runs, hunk.removed[0], hunk.added[0], keepNormalised)) hunks.push(part);
  }

  const moves = findMoves(hunks, oldKey, newKey);
  for (const [from, to] of moves) keep(from, to, true, oldDoc.sentences[from].text !== newDoc.sentences[to].text);

  const oldProfiles = new Map<number, Bigrams>();
  const newProfiles = new Map<number, Bigrams>();
  const oldProfile = (k: number): Bigrams => cached(oldProfiles, k, () => bigramsOf(oldText(k)));
  const newProfile = (k: number): Bigrams => cached(newProfiles, k, () => bigramsOf(newText(k)));
  const changes: Array<RevisionChange & { readonly at: number }> = [];
  // A moved paragraph may also have been edited: its neighbours along the move are compared by similarity.
  const similarity = (i: number, j: number): number => diceSimilarity(oldProfile(i), newProfile(j));
  for (const [from, to, value] of editsAlongMoves(moves, oldFate, newSource, similarity, threshold)) {
    recordBead({ old: [from], new: [to], similarity: value }, oldFate, newSource);
    changes.push({ kind: 'modified', old: [from], new: [to], at: to });
  }
  for (const hunk of hunks) {
    const removed = hunk.removed.filter((k) => oldFate[k] === undefined);
    const added = hunk.added.filter((k) => newSource[k] === undefined);
    const at = hunk.added.length ? hunk.added[0] : hunkPosition(hunk.removed[0], oldFate);
    const beads = pairReplacements(removed, added, oldProfile, newProfile, { threshold });
    for (const bead of beads) recordBead(bead, oldFate, newSource);
    for (const change of changesOf(beads, at)) changes.push(change);
  }
  for (const [from, to] of moves) changes.push({ kind: 'moved', old: [from], new: [to], at: to });
  changes.sort((x, y) => x.at - y.at || (x.old[0] ?? -1) - (y.old[0] ?? -1));

  return { old: oldFate, new: newSource, changes: mergeMoves(changes), stats: statsOf(oldFate, newSource, fallback) };
}

/** A stretch of the edit script where old sentences were removed and new ones added (contiguous indices). */
interface Hunk {
  readonly removed: number[];
  readonly added: number[];
}

function intern(ids: Map<string, number>, text: string): number {
  let id = ids.get(text);
  if (id === undefined) ids.set(text, (id = ids.size));
  return id;
}

/** Walk an edit script starting at old index i and new index j: report kept pairs, return the hunks. */
function hunksOf(runs: readonly EditRun[], i: number, j: number, keep: (i: number, j: number) => void): Hunk[] {
  const hunks: Hunk[] = [];
  let open: Hunk | undefined;
  for (const run of runs) {
    if (run.kind === 'equal') {
      open = undefined;
      for (let k = 0; k < run.count; k++) keep(i++, j++);
      continue;
    }
    if (!open) hunks.push((open = { removed: [], added: [] }));
    for (let k = 0; k < run.count; k++) {
      if (run.kind === 'delete') open.removed.push(i++);
      else open.added.push(j++);
    }
  }
  return hunks;
}

function cached<T>(cache: Map<number, T>, key: number, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** Identical texts deleted in one place and inserted in another: [old index, new index], in new order. */
function findMoves(
  hunks: readonly Hunk[],
  oldKey: (index: number) => number,
  newKey: (index: number) => number,
): Array<[number, number]> {
  const removedByKey = groupBy(hunks.flatMap((hunk) => hunk.removed), oldKey);
  const moves: Array<[number, number]> = [];
  if (removedByKey.size === 0) return moves;
  for (const hunk of hunks) {
    for (const j of hunk.added) {
      const list = removedByKey.get(newKey(j));
      if (list?.length) moves.push([list.shift() as number, j]);
    }
  }
  return moves;
}

/**
 * Sentences next to a moved one, on the same side of it in both revisions, still unmatched and similar enough:
 * edits inside a moved block, as [old index, new index, similarity]. Grows outwards from every move.
 */
function editsAlongMoves(
  moves: ReadonlyArray<readonly [number, number]>,
  oldFate: ReadonlyArray<OldSentenceFate | undefined>,
  newSource: ReadonlyArray<NewSentenceSource | undefined>,
  similarity: (i: number, j: number) => number,
  threshold: number,
): Array<[number, number, number]> {
  const edits: Array<[number, number, number]> = [];
  const takenOld = new Set<number>();
  const takenNew = new Set<number>();
  const queue: Array<readonly [number, number]> = [...moves];
  while (queue.length > 0) {
    const [i, j] = queue.pop() as readonly [number, number];
    for (const step of [-1, 1]) {
      const a = i + step;
      const b = j + step;
      if (a < 0 || b < 0 || a >= oldFate.length || b >= newSource.length) continue;
      if (oldFate[a] !== undefined || newSource[b] !== undefined || takenOld.has(a) || takenNew.has(b)) continue;
      const value = similarity(a, b);
      if (value < threshold) continue;
      takenOld.add(a);
      takenNew.add(b);
      edits.push([a, b, value]);
      queue.push([a, b]);
    }
  }
  return edits;
}

/** New-document position of a pure deletion: just after the new sentence the sentence before it became. */
function hunkPosition(firstRemoved: number, oldFate: readonly OldSentenceFate[]): number {
  for (let k = firstRemoved - 1; k >= 0; k--) {
    const fate = oldFate[k];
    if (fate?.kind === 'unchanged') return fate.to + 0.5;
    if (fate?.kind === 'modified') return fate.to[fate.to.length - 1] + 0.5;
  }
  return -0.5;
}

function recordBead(bead: ReplacementBead, oldFate: OldSentenceFate[], newSource: NewSentenceSource[]): void {
  if (bead.old.length && bead.new.length) {
    for (const k of bead.old) oldFate[k] = { kind: 'modified', to: bead.new, similarity: bead.similarity };
    for (const k of bead.new) newSource[k] = { kind: 'modified', from: bead.old, similarity: bead.similarity };
  } else {
    for (const k of bead.old) oldFate[k] = { kind: 'deleted' };
    for (const k of bead.new) newSource[k] = { kind: 'inserted' };
  }
}

/** Beads of one hunk as changes; consecutive deletions and insertions are grouped. */
function changesOf(beads: readonly ReplacementBead[], at: number): Array<RevisionChange & { readonly at: number }> {
  const changes: Array<{ kind: RevisionChange['kind']; old: number[]; new: number[]; at: number }> = [];
  let position = at;
  for (const bead of beads) {
    const kind = bead.old.length && bead.new.length ? 'modified' : bead.old.length ? 'deleted' : 'inserted';
    if (bead.new.length) position = bead.new[0];
    const last = changes[changes.length - 1];
    if (last && kind !== 'modified' && last.kind === kind) {
      last.old.push(...bead.old);
      last.new.push(...bead.new);
    } else {
      changes.push({ kind, old: [...bead.old], new: [...bead.new], at: position });
    }
  }
  return changes;
}

/** Drop the sort positions and join moves of consecutive sentences into one block. */
function mergeMoves(changes: ReadonlyArray<RevisionChange & { readonly at: number }>): RevisionChange[] {
  const merged: Array<{ kind: RevisionChange['kind']; old: number[]; new: number[] }> = [];
  for (const { kind, old, new: added } of changes) {
    const last = merged[merged.length - 1];
    if (
      kind === 'moved' &&
      last?.kind === 'moved' &&
      last.old[last.old.length - 1] + 1 === old[0] &&
      last.new[last.new.length - 1] + 1 === added[0]
    ) {
      last.old.push(...old);
      last.new.push(...added);
    } else {
      merged.push({ kind, old: [...old], new: [...added] });
    }
  }
  return merged;
}

function statsOf(oldFate: readonly OldSentenceFate[], newSource: readonly NewSentenceSource[], fallback: boolean): MatchStats {
  let unchanged = 0;
  let moved = 0;
  let modified = 0;
  let deleted = 0;
  for (const fate of oldFate) {
    if (fate.kind === 'unchanged') {
      if (fate.moved) moved++;
      else unchanged++;
    } else if (fate.kind === 'modified') modified++;
    else deleted++;
  }
  const inserted = newSource.filter((source) => source.kind === 'inserted').length;
  return { unchanged, moved, modified, deleted, inserted, fallback };
}
