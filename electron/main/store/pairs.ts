/**
 * Data functions for pairs. A pair is a half-open sentence range on each side; consecutive pairs tile both
 * documents, so `src_start + tgt_start` orders them (and is indexed).
 */
import type { Database } from 'better-sqlite3';
import { SverkaError } from '../../../shared/errors';
import type { AlignedPair, PairOrigin, Side } from '../../../shared/types';
import { insertRows, sql } from './statements';

/** A pair row as stored. */
export interface PairRow {
  readonly id: number;
  readonly src_start: number;
  readonly src_end: number;
  readonly tgt_start: number;
  readonly tgt_end: number;
  readonly score: number;
  readonly origin: PairOrigin;
  readonly changed_since_review: number;
}

/** Half-open range of sentence indices on one side. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a pair sits: its sentence range on each side. */
export interface PairRange {
  readonly src: Span;
  readonly tgt: Span;
}

const COLUMNS = 'id, src_start, src_end, tgt_start, tgt_end, score, origin, changed_since_review';
const ORDER = 'src_start + tgt_start';

/** The range of a stored pair. */
export function rangeOf(row: PairRow): PairRange {
  return { src: { start: row.src_start, end: row.src_end }, tgt: { start: row.tgt_start, end: row.tgt_end } };
}

/** The span of one side of a range. */
export function spanOf(range: PairRange, side: Side): Span {
  return side === 'src' ? range.src : range.tgt;
}

function indices(span: Span): number[] {
  return Array.from({ length: span.end - span.start }, (_, i) => span.start + i);
}

/** A stored pair as an alignment bead. */
export function toAlignedPair(row: PairRow): AlignedPair {
  return { src: indices({ start: row.src_start, end: row.src_end }), tgt: indices({ start: row.tgt_start, end: row.tgt_end }), score: row.score };
}

/** A range as an alignment bead with a score. */
export function rangeToAlignedPair(range: PairRange, score: number): AlignedPair {
  return { src: indices(range.src), tgt: indices(range.tgt), score };
}

/**
 * The range of an alignment bead. Beads must be contiguous; `cursor` gives the position of an empty side
 * (the next sentence index on that side).
 */
export function beadRange(pair: AlignedPair, cursor: { readonly src: number; readonly tgt: number }): PairRange {
  const span = (list: readonly number[], at: number): Span => {
    if (list.length === 0) return { start: at, end: at };
    for (let i = 1; i < list.length; i++) {
      if (list[i] !== list[0] + i) throw new Error(`Alignment bead is not contiguous: [${list.join(', ')}]`);
    }
    return { start: list[0], end: list[0] + list.length };
  };
  return { src: span(pair.src, cursor.src), tgt: span(pair.tgt, cursor.tgt) };
}

/**
 * Ranges of a whole alignment, checked to tile both documents (every sentence exactly once, in order).
 */
export function alignmentRanges(pairs: readonly AlignedPair[], srcCount: number, tgtCount: number, from = { src: 0, tgt: 0 }): PairRange[] {
  const cursor = { ...from };
  const ranges = pairs.map((pair) => {
    const range = beadRange(pair, cursor);
    if (range.src.start !== cursor.src || range.tgt.start !== cursor.tgt) {
      throw new Error(`Alignment is not monotone at source ${cursor.src}, target ${cursor.tgt}`);
    }
    if (range.src.end === range.src.start && range.tgt.end === range.tgt.start) throw new Error('Alignment has an empty bead');
    cursor.src = range.src.end;
    cursor.tgt = range.tgt.end;
    return range;
  });
  if (cursor.src !== srcCount || cursor.tgt !== tgtCount) {
    throw new Error(`Alignment covers ${cursor.src}/${srcCount} source and ${cursor.tgt}/${tgtCount} target sentences`);
  }
  return ranges;
}

/** Every pair in alignment order. */
export function allPairs(db: Database): PairRow[] {
  return sql(db, `SELECT ${COLUMNS} FROM pairs ORDER BY ${ORDER}`).all() as PairRow[];
}

/** `limit` pairs from the `offset`-th, in alignment order. */
export function pairsSlice(db: Database, offset: number, limit: number): PairRow[] {
  return sql(db, `SELECT ${COLUMNS} FROM pairs ORDER BY ${ORDER} LIMIT ? OFFSET ?`).all(limit, offset) as PairRow[];
}

/** Number of pairs. */
export function countPairs(db: Database): number {
  return sql(db, 'SELECT count(*) FROM pairs').pluck().get() as number;
}

/** One pair by id; a SverkaError when there is none. */
export function findPair(db: Database, id: number): PairRow {
  const row = sql(db, `SELECT ${COLUMNS} FROM pairs WHERE id = ?`).get(id) as PairRow | undefined;
  if (row === undefined) throw new SverkaError('project.pairNotFound', { id });
  return row;
}

/** The pair before a pair, if any. */
export function previousPair(db: Database, row: PairRow): PairRow | undefined {
  return sql(db, `SELECT ${COLUMNS} FROM pairs WHERE ${ORDER} < ? ORDER BY ${ORDER} DESC LIMIT 1`)
    .get(row.src_start + row.tgt_start) as PairRow | undefined;
}

/** The pair after a pair, if any. */
export function nextPair(db: Database, row: PairRow): PairRow | undefined {
  return sql(db, `SELECT ${COLUMNS} FROM pairs WHERE ${ORDER} > ? ORDER BY ${ORDER} LIMIT 1`)
    .get(row.src_start + row.tgt_start) as PairRow | undefined;
}

/** A pair and every pair after it. */
export function pairsFrom(db: Database, row: PairRow): PairRow[] {
  return sql(db, `SELECT ${COLUMNS} FROM pairs WHERE ${ORDER} >= ? ORDER BY ${ORDER}`).all(row.src_start + row.tgt_start) as PairRow[];
}

/**
 * A pair and the pairs after it up to the next confirmed pair (excluded), or to the end when none follows: the
 * stretch a realignment from `row` may change, since a confirmed pair is a fixed anchor the alignment cannot cross.
 */
export function pairsUntilConfirmed(db: Database, row: PairRow): PairRow[] {
  const position = row.src_start + row.tgt_start;
  // Walks the position index from the pair on and stops at the first confirmed one.
  const stop = sql(db, `SELECT ${ORDER} FROM pairs WHERE ${ORDER} > ? AND origin = 'confirmed' ORDER BY ${ORDER} LIMIT 1`).pluck().get(position) as
    | number
    | undefined;
  return stop === undefined
    ? pairsFrom(db, row)
    : (sql(db, `SELECT ${COLUMNS} FROM pairs WHERE ${ORDER} >= ? AND ${ORDER} < ? ORDER BY ${ORDER}`).all(position, stop) as PairRow[]);
}

/**
 * The pairs from `context` pairs before the first of `rows` to `context` pairs after the last, in order (every
 * pair in between included).
 */
export function pairsAround(db: Database, rows: readonly PairRow[], context: number): PairRow[] {
  const positions = rows.map((row) => row.src_start + row.tgt_start);
  const first = Math.min(...positions);
  const last = Math.max(...positions);
  const before = (sql(db, `SELECT ${COLUMNS} FROM pairs WHERE ${ORDER} < ? ORDER BY ${ORDER} DESC LIMIT ?`).all(first, context) as PairRow[]).reverse();
  const middle = sql(db, `SELECT ${COLUMNS} FROM pairs WHERE ${ORDER} BETWEEN ? AND ? ORDER BY ${ORDER}`).all(first, last) as PairRow[];
  const after = sql(db, `SELECT ${COLUMNS} FROM pairs WHERE ${ORDER} > ? ORDER BY ${ORDER} LIMIT ?`).all(last, context) as PairRow[];
  return [...before, ...middle, ...after];
}

/** Index of a pair in alignment order. */
export function pairIndex(db: Database, row: PairRow): number {
  return sql(db, `SELECT count(*) FROM pairs WHERE ${ORDER} < ?`).pluck().get(row.src_start + row.tgt_start) as number;
}

/** Stores a new pair; returns its id. */
export function insertPair(db: Database, range: PairRange, score: number, origin: PairOrigin, changedSinceReview = false): number {
  return Number(
    sql(db, 
        'INSERT INTO pairs (src_start, src_end, tgt_start, tgt_end, score, origin, changed_since_review) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(range.src.start, range.src.end, range.tgt.start, range.tgt.end, score, origin, changedSinceReview ? 1 : 0).lastInsertRowid,
  );
}

/** Stores new pairs with the ids their rows give (see `nextAutoincrementId`). */
export function insertPairRows(db: Database, rows: readonly PairRow[]): void {
  insertRows(db, 'pairs', ['id', 'src_start', 'src_end', 'tgt_start', 'tgt_end', 'score', 'origin', 'changed_since_review'], rows.length, (index, into) => {
    const row = rows[index];
    into.push(row.id, row.src_start, row.src_end, row.tgt_start, row.tgt_end, row.score, row.origin, row.changed_since_review);
  });
}

/** Rewrites a pair's range, score and origin. */
export function updatePair(db: Database, id: number, range: PairRange, score: number, origin: PairOrigin, changedSinceReview: boolean): void {
  sql(db, 
    'UPDATE pairs SET src_start = ?, src_end = ?, tgt_start = ?, tgt_end = ?, score = ?, origin = ?, changed_since_review = ? WHERE id = ?',
  ).run(range.src.start, range.src.end, range.tgt.start, range.tgt.end, score, origin, changedSinceReview ? 1 : 0, id);
}

/** Sets the origin of pairs (confirming clears "changed since review"). */
export function setPairOrigin(db: Database, id: number, origin: PairOrigin): void {
  sql(db, `UPDATE pairs SET origin = ?, changed_since_review = CASE WHEN ? = 'confirmed' THEN 0 ELSE changed_since_review END WHERE id = ?`).run(
    origin,
    origin,
    id,
  );
}

/** Clears "changed since review" on a pair. */
export function clearChangedSinceReview(db: Database, id: number): void {
  sql(db, 'UPDATE pairs SET changed_since_review = 0 WHERE id = ? AND changed_since_review = 1').run(id);
}

/** Removes a pair row (its flags and notes must have been moved or removed first). */
export function deletePair(db: Database, id: number): void {
  sql(db, 'DELETE FROM pairs WHERE id = ?').run(id);
}
