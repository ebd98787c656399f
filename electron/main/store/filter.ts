/** Finding pairs by status, flags and notes without loading the project: positions for the UI's filters. */
import type { Database } from 'better-sqlite3';
import type { PairFilter } from '../../../shared/project';

/** Positions (indices in alignment order) of the pairs matching `filter`, ascending. */
export function findPairPositions(db: Database, filter: PairFilter): number[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const list = (values: readonly string[]): string => {
    params.push(...values);
    return values.map(() => '?').join(', ');
  };
  if (filter.origins !== undefined) where.push(`p.origin IN (${list(filter.origins)})`);
  if (filter.changedSinceReview !== undefined) {
    where.push('p.changed_since_review = ?');
    params.push(filter.changedSinceReview ? 1 : 0);
  }
  if (filter.flagKinds !== undefined || filter.flagStatuses !== undefined) {
    const conditions = ['f.pair_id = p.id'];
    if (filter.flagKinds !== undefined) conditions.push(`f.kind IN (${list(filter.flagKinds)})`);
    if (filter.flagStatuses !== undefined) conditions.push(`f.status IN (${list(filter.flagStatuses)})`);
    where.push(`EXISTS (SELECT 1 FROM flags f WHERE ${conditions.join(' AND ')})`);
  }
  if (filter.hasNotes !== undefined) {
    const exists =
      'EXISTS (SELECT 1 FROM notes n WHERE n.pair_id = p.id) OR EXISTS (SELECT 1 FROM notes n JOIN flags f ON f.id = n.flag_id WHERE f.pair_id = p.id)';
    where.push(filter.hasNotes ? `(${exists})` : `NOT (${exists})`);
  }
  // Empty IN lists match nothing, as they should; the statement text varies with the filter, so it is not cached.
  const statement = db.prepare(
    `SELECT position FROM (SELECT p.*, row_number() OVER (ORDER BY p.src_start + p.tgt_start) - 1 AS position FROM pairs p) p
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY position`,
  );
  return statement.pluck().all(...params) as number[];
}
