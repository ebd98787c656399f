/**
 * Compare any two revisions of one side: every change between them with its word-by-word difference, for the
 * revision panel and the tracked-changes view of a row.
 */
import type { SegmentedDocument } from '../types';
import { matchRevisions, type MatchOptions, type RevisionChange, type SentenceMatch } from './match-revisions';
import { wordDiff, type DiffSegment } from './word-diff';

/** One change with the word diff of its old sentences against its new ones. */
export interface RevisionChangeDiff extends RevisionChange {
  readonly segments: readonly DiffSegment[];
}

/** All the changes between two revisions, in new-document order, and the sentence match behind them. */
export interface RevisionComparison {
  readonly match: SentenceMatch;
  readonly changes: readonly RevisionChangeDiff[];
}

/**
 * The tracked changes of one row: the new sentences `newIndices` (a pair's side) against the old sentences they
 * came from. Equal throughout when nothing changed; all inserted when the sentences are new.
 */
export function diffSentences(
  match: SentenceMatch,
  oldDoc: Pick<SegmentedDocument, 'sentences'>,
  newDoc: Pick<SegmentedDocument, 'sentences'>,
  newIndices: readonly number[],
): DiffSegment[] {
  const from = new Set<number>();
  for (const j of newIndices) {
    const source = match.new[j];
    if (source.kind === 'unchanged') from.add(source.from);
    else if (source.kind === 'modified') for (const i of source.from) from.add(i);
  }
  const before = [...from].sort((a, b) => a - b).map((i) => oldDoc.sentences[i].text).join(' ');
  const after = newIndices.map((j) => newDoc.sentences[j].text).join(' ');
  return wordDiff(before, after);
}

/** Compare an old and a new revision of the same side. */
export function compareRevisions(
  oldDoc: Pick<SegmentedDocument, 'sentences'>,
  newDoc: Pick<SegmentedDocument, 'sentences'>,
  options: MatchOptions = {},
): RevisionComparison {
  const match = matchRevisions(oldDoc, newDoc, options);
  const textOf = (doc: Pick<SegmentedDocument, 'sentences'>, indices: readonly number[]): string =>
    indices.map((i) => doc.sentences[i].text).join(' ');
  const changes = match.changes.map((change): RevisionChangeDiff => {
    const before = textOf(oldDoc, change.old);
    const after = textOf(newDoc, change.new);
    switch (change.kind) {
      case 'modified':
        return { ...change, segments: wordDiff(before, after) };
      case 'inserted':
        return { ...change, segments: [{ kind: 'insert', text: after }] };
      case 'deleted':
        return { ...change, segments: [{ kind: 'delete', text: before }] };
      case 'moved':
        return { ...change, segments: [{ kind: 'equal', text: after }] };
    }
  });
  return { match, changes };
}
