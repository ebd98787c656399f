/**
 * Writes a freshly imported project (both documents, the alignment and its flags) into an empty file. A project
 * made from a TMX or XLIFF file also brings the review recorded there (pair statuses, flag statuses, notes): it is
 * written in the same transaction, as the project's starting state rather than as undoable actions.
 */
import type { Database } from 'better-sqlite3';
import type { Alignment, Flag, FlagStatus, PairOrigin } from '../../../shared/types';
import { insertDocument, type ImportedDocument } from './documents';
import { insertFlags } from './flags';
import { insertImportedNotes } from './notes';
import { alignmentRanges, findPair, insertPairRows, type PairRow } from './pairs';
import { nextAutoincrementId, sql } from './statements';

/** The review state a pair starts with (from an imported bilingual file). */
export interface ImportedPairReview {
  /** "auto" when absent. */
  readonly origin?: PairOrigin;
  readonly changedSinceReview?: boolean;
  /** Translator notes on the pair. */
  readonly notes?: readonly string[];
}

/** A flag of a new project, with the review it starts with ("open" and no notes when absent). */
export interface ImportedFlag extends Flag {
  readonly status?: FlagStatus;
  readonly notes?: readonly string[];
}

/** Everything a new project starts from. */
export interface CreateProjectInput {
  /** Display name; the file name without extension when absent. */
  readonly name?: string;
  readonly source: ImportedDocument;
  readonly target: ImportedDocument;
  /** Must cover every sentence of both documents once, in order, in contiguous beads. */
  readonly alignment: Alignment;
  /** Flags of the alignment (Flag.pair indexes alignment.pairs), optionally with their review. */
  readonly flags: readonly ImportedFlag[];
  /** Per pair (parallel to alignment.pairs), the review it starts with; every pair is "auto" without notes when absent. */
  readonly reviews?: readonly (ImportedPairReview | undefined)[];
}

/** Stores the input in one transaction; nothing of it enters the undo history. */
export function importProject(db: Database, input: CreateProjectInput, name: string, now: string): void {
  const ranges = alignmentRanges(input.alignment.pairs, input.source.document.sentences.length, input.target.document.sentences.length);
  if (input.reviews !== undefined && input.reviews.length !== ranges.length) {
    throw new Error(`${input.reviews.length} pair reviews for ${ranges.length} pairs`);
  }
  db.transaction(() => {
    sql(db, 'INSERT INTO project (id, name, created_at) VALUES (1, ?, ?)').run(name, now);
    insertDocument(db, 'src', input.source, now);
    insertDocument(db, 'tgt', input.target, now);
    const firstPairId = nextAutoincrementId(db, 'pairs');
    const rows: PairRow[] = ranges.map((range, i) => {
      const review = input.reviews?.[i];
      const origin = review?.origin ?? 'auto';
      // A confirmed pair has been reviewed since its last change, whatever the file says.
      const changed = origin !== 'confirmed' && review?.changedSinceReview === true;
      return {
        id: firstPairId + i,
        src_start: range.src.start,
        src_end: range.src.end,
        tgt_start: range.tgt.start,
        tgt_end: range.tgt.end,
        score: input.alignment.pairs[i].score,
        origin,
        changed_since_review: changed ? 1 : 0,
      };
    });
    insertPairRows(db, rows);
    rows.forEach((row, i) => {
      const notes = input.reviews?.[i]?.notes;
      if (notes !== undefined) insertImportedNotes(db, { pairId: row.id }, notes, now);
    });
    const flagIds = insertFlags(db, rows, input.flags);
    input.flags.forEach((flag, i) => {
      if (flag.notes !== undefined) insertImportedNotes(db, { flagId: flagIds[i] }, flag.notes, now);
    });
    if (rows.length > 0) findPair(db, rows[0].id);
  }).immediate();
}
