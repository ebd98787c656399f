/**
 * Importing a new revision of one side: the sentences of the old and new revision are matched (jsdiff, then
 * similarity inside changed stretches), the alignment is carried over (shared/revisions), and the result is
 * written in one transaction. Pairs whose sentences did not change keep their id, origin, notes and flag reviews;
 * only the changed regions are realigned; pairs whose text changed after a review are marked changed since
 * review; flags are recomputed for the changed pairs only. The old revision stays in the file.
 */
import type { Database } from 'better-sqlite3';
import { carryOverAlignment, type AlignFunction } from '../../../shared/revisions/carry-over-merge';
import type { CarryPairInput, UpdatedPair } from '../../../shared/revisions/carry-over-alignment';
import { matchRevisions, type MatchStats } from '../../../shared/revisions/match-revisions';
import type { Flag, FlagStatus, SegmentedDocument, Side } from '../../../shared/types';
import { insertDocument, type ImportedDocument } from './documents';
import { containsSentence, flagKey, flagsOfPairs, replaceFlags, toFlag, type PreviousFlag } from './flags';
import { clearHistory } from './history';
import { movePairNotes } from './notes';
import { alignmentRanges, allPairs, deletePair, insertPair, toAlignedPair, updatePair, type PairRange, type PairRow } from './pairs';
import { checkPairs, type CheckContext } from './region';
import { sql } from './statements';

/** What an update did. */
export interface SideUpdateResult {
  readonly side: Side;
  /** The new revision number of the side. */
  readonly revision: number;
  /** Old sentences unchanged, moved, modified, deleted; new sentences inserted. */
  readonly sentences: MatchStats;
  readonly pairs: number;
  /** Pairs that kept their id, pairs that are new, old pairs that are gone (their notes moved on). */
  readonly kept: number;
  readonly created: number;
  readonly removed: number;
  /** Pairs now marked changed since review. */
  readonly changedSinceReview: number;
}

function carryInputs(db: Database, rows: readonly PairRow[]): CarryPairInput[] {
  const withNotes = new Set(
    sql(db, 'SELECT pair_id FROM notes WHERE pair_id IS NOT NULL UNION SELECT f.pair_id FROM notes n JOIN flags f ON f.id = n.flag_id').pluck().all() as number[],
  );
  const reviewed = new Map<number, { status: FlagStatus }[]>();
  for (const row of sql(db, "SELECT pair_id, status FROM flags WHERE status <> 'open'").all() as { pair_id: number; status: FlagStatus }[]) {
    const list = reviewed.get(row.pair_id);
    if (list === undefined) reviewed.set(row.pair_id, [{ status: row.status }]);
    else list.push({ status: row.status });
  }
  return rows.map((row) => {
    const bead = toAlignedPair(row);
    return {
      id: row.id,
      src: bead.src,
      tgt: bead.tgt,
      score: row.score,
      origin: row.origin,
      changedSinceReview: row.changed_since_review === 1,
      ...(withNotes.has(row.id) ? { notes: [true] } : {}),
      ...(reviewed.has(row.id) ? { flags: reviewed.get(row.id) } : {}),
    };
  });
}

function sameRow(row: PairRow, range: PairRange, pair: UpdatedPair): boolean {
  return (
    row.src_start === range.src.start &&
    row.src_end === range.src.end &&
    row.tgt_start === range.tgt.start &&
    row.tgt_end === range.tgt.end &&
    row.score === pair.score &&
    row.origin === pair.origin &&
    (row.changed_since_review === 1) === pair.changedSinceReview
  );
}

/**
 * Stores `imported` as the next revision of `side` and carries the alignment over. `context` holds the current
 * (old) documents; returns the result and the new check context. Runs in one transaction.
 */
export function updateSide(
  db: Database,
  context: CheckContext,
  side: Side,
  imported: ImportedDocument,
  align: AlignFunction,
  now: string,
): { readonly result: SideUpdateResult; readonly context: CheckContext; readonly documentId: number } {
  const oldDocument = side === 'src' ? context.source : context.target;
  const newContext: CheckContext = side === 'src' ? { ...context, source: imported.document } : { ...context, target: imported.document };
  const documents = { src: newContext.source, tgt: newContext.target };
  const match = matchRevisions(oldDocument, imported.document);

  return db
    .transaction(() => {
      const rows = allPairs(db);
      const oldById = new Map(rows.map((row) => [row.id, row]));
      const carried = carryOverAlignment(carryInputs(db, rows), match, side, documents, align).pairs;
      const ranges = alignmentRanges(carried, documents.src.sentences.length, documents.tgt.sentences.length);
      const documentId = insertDocument(db, side, imported, now);
      const revision = sql(db, 'SELECT revision FROM documents WHERE id = ?').pluck().get(documentId) as number;

      // Which old pairs live on in which new one, and which new pairs need their flags recomputed.
      const used = new Set<number>();
      const heirOf = new Map<number, number>();
      const recheck = new Set<number>();
      const newIds: number[] = [];
      carried.forEach((pair, i) => {
        const keep = pair.id !== undefined && oldById.has(pair.id) && !used.has(pair.id);
        let id: number;
        if (keep) {
          id = pair.id as number;
          used.add(id);
          if (!sameRow(oldById.get(id) as PairRow, ranges[i], pair)) updatePair(db, id, ranges[i], pair.score, pair.origin, pair.changedSinceReview);
        } else {
          id = insertPair(db, ranges[i], pair.score, pair.origin, pair.changedSinceReview);
        }
        newIds.push(id);
        for (const inherited of pair.inherits) heirOf.set(inherited, id);
        if (!keep || pair.recheck || pair.inherits.length > 0) recheck.add(id);
      });
      const newRows = newIds.map(
        (id, i): PairRow => ({
          id,
          src_start: ranges[i].src.start,
          src_end: ranges[i].src.end,
          tgt_start: ranges[i].tgt.start,
          tgt_end: ranges[i].tgt.end,
          score: carried[i].score,
          origin: carried[i].origin,
          changed_since_review: carried[i].changedSinceReview ? 1 : 0,
        }),
      );
      const otherSide: Side = side === 'src' ? 'tgt' : 'src';
      const heirFor = (old: PairRow): number => {
        const inherited = heirOf.get(old.id);
        if (inherited !== undefined) return inherited;
        // The other side's indices did not change: the pair now holding the old pair's first sentence there.
        const start = otherSide === 'src' ? old.src_start : old.tgt_start;
        const end = otherSide === 'src' ? old.src_end : old.tgt_end;
        const holder = newRows.find((row) => (end > start ? containsSentence(row, otherSide, start) : (otherSide === 'src' ? row.src_start : row.tgt_start) >= start));
        return (holder ?? newRows[newRows.length - 1]).id;
      };

      // Flags as they were (keys use the old texts), for the pairs that change or go.
      const previous: PreviousFlag[] = [];
      const oldKey = (flag: Flag): string => flagKey(flag, (flag.side === side ? oldDocument : flag.side === 'src' ? context.source : context.target).sentences[flag.sentence]?.text ?? '');
      const gone = rows.filter((row) => !used.has(row.id));
      for (const row of [...rows.filter((r) => recheck.has(r.id)), ...gone]) {
        const home = used.has(row.id) ? row.id : heirFor(row);
        recheck.add(home);
        for (const flag of flagsOfPairs(db, [row.id])) previous.push({ row: flag, key: oldKey(toFlag(flag, row, 0)), home });
      }
      for (const row of gone) {
        const home = heirFor(row);
        movePairNotes(db, row.id, home);
        sql(db, 'UPDATE flags SET pair_id = ? WHERE pair_id = ?').run(home, row.id);
        deletePair(db, row.id);
      }
      const rechecked = newRows.filter((row) => recheck.has(row.id));
      if (rechecked.length > 0) {
        const newKey = (flag: Flag): string =>
          flagKey(flag, (flag.side === 'src' ? newContext.source : newContext.target).sentences[flag.sentence]?.text ?? '');
        replaceFlags(db, rechecked, checkPairs(db, newContext, rechecked), previous, newKey);
      }
      clearHistory(db);
      const result: SideUpdateResult = {
        side,
        revision,
        sentences: match.stats,
        pairs: carried.length,
        kept: used.size,
        created: carried.length - used.size,
        removed: gone.length,
        changedSinceReview: sql(db, 'SELECT count(*) FROM pairs WHERE changed_since_review = 1').pluck().get() as number,
      };
      return { result, context: newContext, documentId };
    })
    .immediate();
}

export type { AlignFunction, SegmentedDocument };
