/**
 * Data functions for flags. A flag stores its sentence relative to its pair's range on that side, so a pair
 * that moves (a revision inserted sentences before it) keeps its flags without rewriting them.
 */
import type { Database } from 'better-sqlite3';
import { SverkaError } from '../../../shared/errors';
import type { Flag, FlagKind, FlagStatus, Severity, Side } from '../../../shared/types';
import { moveFlagNotesToPair } from './notes';
import type { PairRow } from './pairs';
import { insertRows, nextAutoincrementId, sql } from './statements';

/** A flag row as stored. */
export interface FlagRow {
  readonly id: number;
  readonly pair_id: number;
  readonly kind: FlagKind;
  readonly severity: Severity;
  readonly side: Side;
  readonly sentence_offset: number;
  readonly span_start: number | null;
  readonly span_end: number | null;
  readonly message_key: string;
  readonly params: string;
  readonly status: FlagStatus;
}

const COLUMN_NAMES = ['id', 'pair_id', 'kind', 'severity', 'side', 'sentence_offset', 'span_start', 'span_end', 'message_key', 'params', 'status'];
const COLUMNS = COLUMN_NAMES.join(', ');

/** Start of a pair's range on one side. */
function sideStart(pair: PairRow, side: Side): number {
  return side === 'src' ? pair.src_start : pair.tgt_start;
}

/** The stored flag as a Flag of the alignment, `pairIndex` being the pair's position in the alignment. */
export function toFlag(row: FlagRow, pair: PairRow, pairIndex: number): Flag {
  return {
    kind: row.kind,
    severity: row.severity,
    pair: pairIndex,
    side: row.side,
    sentence: sideStart(pair, row.side) + row.sentence_offset,
    ...(row.span_start === null ? {} : { start: row.span_start }),
    ...(row.span_end === null ? {} : { end: row.span_end }),
    messageKey: row.message_key,
    params: JSON.parse(row.params) as Flag['params'],
  };
}

/** One flag by id; a SverkaError when there is none. */
export function findFlag(db: Database, id: number): FlagRow {
  const row = sql(db, `SELECT ${COLUMNS} FROM flags WHERE id = ?`).get(id) as FlagRow | undefined;
  if (row === undefined) throw new SverkaError('project.flagNotFound', { id });
  return row;
}

/** Flags of the given pairs. */
export function flagsOfPairs(db: Database, pairIds: readonly number[]): FlagRow[] {
  const statement = sql(db, `SELECT ${COLUMNS} FROM flags WHERE pair_id = ? ORDER BY id`);
  return pairIds.flatMap((id) => statement.all(id) as FlagRow[]);
}

/** Every flag. */
export function allFlags(db: Database): FlagRow[] {
  return sql(db, `SELECT ${COLUMNS} FROM flags ORDER BY id`).all() as FlagRow[];
}

/**
 * Stores new flags for pairs; `pairs[flag.pair]` is the pair each flag belongs to. A flag's own `status` (an
 * imported review) wins over `status`. Returns the new rows' ids, in the order of `flags`.
 */
export function insertFlags(
  db: Database,
  pairs: readonly PairRow[],
  flags: readonly (Flag & { readonly status?: FlagStatus })[],
  status: FlagStatus = 'open',
): number[] {
  const first = nextAutoincrementId(db, 'flags');
  insertRows(db, 'flags', COLUMN_NAMES, flags.length, (row, into) => {
    const flag = flags[row];
    const pair = pairs[flag.pair];
    into.push(
      first + row,
      pair.id,
      flag.kind,
      flag.severity,
      flag.side,
      flag.sentence - sideStart(pair, flag.side),
      flag.start ?? null,
      flag.end ?? null,
      flag.messageKey,
      JSON.stringify(flag.params),
      flag.status ?? status,
    );
  });
  return flags.map((_, row) => first + row);
}

/** Sets a flag's review status. */
export function setFlagStatus(db: Database, id: number, status: FlagStatus): FlagRow {
  const row = findFlag(db, id);
  sql(db, 'UPDATE flags SET status = ? WHERE id = ?').run(status, id);
  return row;
}

/**
 * What identifies "the same flag" before and after a recomputation: everything but the pair and the status, with
 * the sentence named by its text (indices shift when pairs are edited or a revision is imported).
 */
export function flagKey(flag: Flag, sentenceText: string): string {
  return JSON.stringify([flag.kind, flag.side, sentenceText, flag.start ?? null, flag.end ?? null, flag.messageKey, flag.params]);
}

/** A flag before a recomputation: its row, its key (see flagKey) and the pair that takes its notes if it goes. */
export interface PreviousFlag {
  readonly row: FlagRow;
  readonly key: string;
  readonly home: number;
}

/**
 * Replaces the flags of `pairs` (current rows, alignment order) with `fresh` (Flag.pair indexes `pairs`). A flag
 * that is found again (same key) keeps its row, review status and notes; a flag that disappears hands its notes
 * to its home pair. `previous` may hold flags of pairs that no longer exist.
 */
export function replaceFlags(
  db: Database,
  pairs: readonly PairRow[],
  fresh: readonly Flag[],
  previous: readonly PreviousFlag[],
  keyOf: (flag: Flag) => string,
): void {
  const waiting = new Map<string, PreviousFlag[]>();
  for (const old of previous) {
    const list = waiting.get(old.key);
    if (list === undefined) waiting.set(old.key, [old]);
    else list.push(old);
  }
  const keep = sql(db, 'UPDATE flags SET pair_id = ?, sentence_offset = ?, severity = ? WHERE id = ?');
  const added: Flag[] = [];
  for (const flag of fresh) {
    const match = waiting.get(keyOf(flag))?.shift();
    if (match === undefined) {
      added.push(flag);
      continue;
    }
    const pair = pairs[flag.pair];
    const offset = flag.sentence - sideStart(pair, flag.side);
    // Unchanged rows are not rewritten (nor recorded in the undo history).
    if (match.row.pair_id !== pair.id || match.row.sentence_offset !== offset || match.row.severity !== flag.severity) {
      keep.run(pair.id, offset, flag.severity, match.row.id);
    }
  }
  const remove = sql(db, 'DELETE FROM flags WHERE id = ?');
  for (const list of waiting.values()) {
    for (const old of list) {
      moveFlagNotesToPair(db, old.row.id, old.home);
      remove.run(old.row.id);
    }
  }
  insertFlags(db, pairs, added);
}

/** True when a pair's range on `side` holds sentence `index`. */
export function containsSentence(pair: PairRow, side: Side, index: number): boolean {
  return side === 'src' ? pair.src_start <= index && index < pair.src_end : pair.tgt_start <= index && index < pair.tgt_end;
}
