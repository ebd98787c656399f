/**
 * Pure functions from a project snapshot to what the alignment view shows: which pairs pass the filters and
 * the search, how a sentence's text splits into plain, flagged and matched runs.
 */
import type { FlagRecord, PairRecord, ProjectSnapshot, TranslationComparison } from '../../../shared/project';
import type { TranslationDiffRow } from '../../../shared/revisions/diff-translations';
import type { FlagKind, Side } from '../../../shared/types';
import type { RevisionChanges } from '../../../shared/ipc/results';
import type { DiffSegment } from '../../../shared/revisions/word-diff';

/** Below this score a pair counts as low confidence. */
export const LOW_CONFIDENCE = 0.5;

/** The filters of the toolbar. */
export interface Filters {
  readonly lowConfidence: boolean;
  /** 'any' = any open flag; a kind = open flags of that kind; null = off. */
  readonly flagged: FlagKind | 'any' | null;
  readonly unreviewed: boolean;
  readonly withNotes: boolean;
  /** Pairs whose text changed after they were reviewed (a new revision was imported). */
  readonly changed: boolean;
  readonly search: string;
  readonly searchSide: Side | 'both';
}

/** No filter on. */
export const NO_FILTERS: Filters = { lowConfidence: false, flagged: null, unreviewed: false, withNotes: false, changed: false, search: '', searchSide: 'both' };

/** A flag still waiting for review. */
export function isOpenFlag(flag: FlagRecord): boolean {
  return flag.status === 'open';
}

/** True when a pair has any note, on itself or on one of its flags. */
export function hasNotes(pair: PairRecord): boolean {
  return pair.notes.length > 0 || pair.flags.some((flag) => flag.notes.length > 0);
}

/** The text of one side of a pair, sentences joined by a space. */
export function sideText(snapshot: ProjectSnapshot, pair: PairRecord, side: Side): string {
  const sentences = side === 'src' ? snapshot.source.sentences : snapshot.target.sentences;
  const indices = side === 'src' ? pair.src : pair.tgt;
  return indices.map((index) => sentences[index]?.text ?? '').join(' ');
}

/** Indices (into snapshot.pairs) of the pairs that pass the filters. */
export function visiblePairs(snapshot: ProjectSnapshot, filters: Filters): number[] {
  const query = filters.search.trim().toLocaleLowerCase();
  const result: number[] = [];
  snapshot.pairs.forEach((pair, index) => {
    if (filters.lowConfidence && pair.score >= LOW_CONFIDENCE) return;
    if (filters.unreviewed && pair.origin === 'confirmed') return;
    if (filters.withNotes && !hasNotes(pair)) return;
    if (filters.changed && !pair.changedSinceReview) return;
    if (filters.flagged !== null) {
      const kind = filters.flagged;
      if (!pair.flags.some((flag) => isOpenFlag(flag) && (kind === 'any' || flag.kind === kind))) return;
    }
    if (query) {
      const inSrc = filters.searchSide !== 'tgt' && sideText(snapshot, pair, 'src').toLocaleLowerCase().includes(query);
      const inTgt = filters.searchSide !== 'src' && sideText(snapshot, pair, 'tgt').toLocaleLowerCase().includes(query);
      if (!inSrc && !inTgt) return;
    }
    result.push(index);
  });
  return result;
}

/** A run of a sentence's text: plain, under one or more flags, and/or a search match. */
export interface TextRun {
  readonly text: string;
  readonly flags: readonly FlagRecord[];
  readonly match: boolean;
}

/** Splits a sentence into runs at flag span and search match boundaries. */
export function sentenceRuns(text: string, flags: readonly FlagRecord[], query: string): TextRun[] {
  // A flag without a span covers its whole sentence.
  const spans = flags
    .map((flag) => ({ flag, start: Math.max(0, flag.start ?? 0), end: Math.min(text.length, flag.end ?? text.length) }))
    .filter((span) => span.end > span.start);
  const matches: { start: number; end: number }[] = [];
  const needle = query.trim().toLocaleLowerCase();
  if (needle) {
    const haystack = text.toLocaleLowerCase();
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      matches.push({ start: at, end: at + needle.length });
    }
  }
  const cuts = new Set<number>([0, text.length]);
  for (const span of [...spans, ...matches]) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].filter((point) => point >= 0 && point <= text.length).sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    runs.push({
      text: text.slice(start, end),
      flags: spans.filter((span) => span.start <= start && span.end >= end).map((span) => span.flag),
      match: matches.some((match) => match.start <= start && match.end >= end),
    });
  }
  return runs;
}

/** Confidence band of a score, for the mark in the row. */
export function confidenceBand(score: number): 'high' | 'medium' | 'low' {
  if (score >= 0.8) return 'high';
  if (score >= LOW_CONFIDENCE) return 'medium';
  return 'low';
}

/** "2:1" for a pair that is not one-to-one, or null. */
export function beadLabel(pair: PairRecord): string | null {
  return pair.src.length === 1 && pair.tgt.length === 1 ? null : `${pair.src.length}:${pair.tgt.length}`;
}

/** The next pair index after `from` (wrapping) whose pair satisfies `test`, or -1. */
export function findNext(pairs: readonly PairRecord[], from: number, direction: 1 | -1, test: (pair: PairRecord) => boolean): number {
  const count = pairs.length;
  for (let step = 1; step <= count; step += 1) {
    const index = (((from + direction * step) % count) + count) % count;
    if (test(pairs[index])) return index;
  }
  return -1;
}

/** All flags of a snapshot with their pair index, in document order. */
export function allFlags(snapshot: ProjectSnapshot): { flag: FlagRecord; pairIndex: number }[] {
  return snapshot.pairs.flatMap((pair, pairIndex) => pair.flags.map((flag) => ({ flag, pairIndex })));
}

/** Tracked changes by sentence of the newer revision: the first sentence of a change shows its whole word diff. */
export interface TrackedSentences {
  readonly side: 'src' | 'tgt';
  readonly bySentence: ReadonlyMap<number, { readonly segments: readonly DiffSegment[]; readonly first: boolean }>;
}

/** Indexes revision changes by the new sentences they cover (deleted text has none and shows in the panel only). */
export function trackedChanges(changes: RevisionChanges): TrackedSentences {
  const bySentence = new Map<number, { segments: readonly DiffSegment[]; first: boolean }>();
  for (const change of changes.changes) {
    if (change.kind === 'moved' && change.segments.every((segment) => segment.kind === 'equal')) continue;
    change.new.forEach((sentence, position) => bySentence.set(sentence, { segments: change.segments, first: position === 0 }));
  }
  return { side: changes.side, bySentence };
}

/** The rows of a translation comparison by the index of the pair they belong to (by original, else by translation). */
export function thirdColumn(snapshot: ProjectSnapshot, comparison: TranslationComparison): Map<number, TranslationDiffRow[]> {
  const bySource = new Map<number, number>();
  const byTarget = new Map<number, number>();
  snapshot.pairs.forEach((pair, index) => {
    for (const sentence of pair.src) bySource.set(sentence, index);
    for (const sentence of pair.tgt) byTarget.set(sentence, index);
  });
  const result = new Map<number, TranslationDiffRow[]>();
  for (const row of comparison.rows) {
    const index = row.src.length > 0 ? bySource.get(row.src[0]) : row.first.length > 0 ? byTarget.get(row.first[0]) : undefined;
    if (index === undefined) continue;
    const list = result.get(index);
    if (list) list.push(row);
    else result.set(index, [row]);
  }
  return result;
}
