/** Writes a freshly imported project (both documents, the alignment and its flags) into an empty file. */
import type { Database } from 'better-sqlite3';
import type { Alignment, Flag } from '../../../shared/types';
import { insertDocument, type ImportedDocument } from './documents';
import { insertFlags } from './flags';
import { alignmentRanges, findPair, insertPair, type PairRow } from './pairs';
import { sql } from './statements';

/** Everything a new project starts from. */
export interface CreateProjectInput {
  /** Display name; the file name without extension when absent. */
  readonly name?: string;
  readonly source: ImportedDocument;
  readonly target: ImportedDocument;
  /** Must cover every sentence of both documents once, in order, in contiguous beads. */
  readonly alignment: Alignment;
  /** Flags of the alignment (Flag.pair indexes alignment.pairs). */
  readonly flags: readonly Flag[];
}

/** Stores the input in one transaction. */
export function importProject(db: Database, input: CreateProjectInput, name: string, now: string): void {
  const ranges = alignmentRanges(input.alignment.pairs, input.source.document.sentences.length, input.target.document.sentences.length);
  db.transaction(() => {
    sql(db, 'INSERT INTO project (id, name, created_at) VALUES (1, ?, ?)').run(name, now);
    insertDocument(db, 'src', input.source, now);
    insertDocument(db, 'tgt', input.target, now);
    const rows: PairRow[] = ranges.map((range, i) => {
      const id = insertPair(db, range, input.alignment.pairs[i].score, 'auto');
      return {
        id,
        src_start: range.src.start,
        src_end: range.src.end,
        tgt_start: range.tgt.start,
        tgt_end: range.tgt.end,
        score: input.alignment.pairs[i].score,
        origin: 'auto',
        changed_since_review: 0,
      };
    });
    insertFlags(db, rows, input.flags);
    if (rows.length > 0) findPair(db, rows[0].id);
  }).immediate();
}
