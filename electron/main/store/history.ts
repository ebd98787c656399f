/**
 * The edit history: each user action runs in one transaction while triggers (migration 2) record the before and
 * after image of every row it changes. Undo writes the before images back, redo the after images; both are
 * stored in the project file, so they survive a restart.
 */
import type { Database } from 'better-sqlite3';
import { HISTORY_TRACKED_COLUMNS } from './migrations/002-history';
import { sql } from './statements';

/** Actions kept for undo; older ones are forgotten. */
const HISTORY_LIMIT = 1000;

interface ChangeRow {
  readonly table_name: string;
  readonly row_id: number;
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * Runs one user action as one transaction and records it for undo. Starting an action forgets what could be
 * redone. An action that changed nothing leaves no history entry.
 */
export function runAction<T>(db: Database, kind: string, now: string, body: () => T): T {
  return db
    .transaction(() => {
      sql(db, 'DELETE FROM history_actions WHERE undone = 1').run();
      const actionId = Number(sql(db, 'INSERT INTO history_actions (kind, created) VALUES (?, ?)').run(kind, now).lastInsertRowid);
      sql(db, 'UPDATE history_state SET recording = ? WHERE id = 1').run(actionId);
      const result = body();
      sql(db, 'UPDATE history_state SET recording = NULL WHERE id = 1').run();
      if (sql(db, 'SELECT 1 FROM history_changes WHERE action_id = ? LIMIT 1').get(actionId) === undefined) {
        sql(db, 'DELETE FROM history_actions WHERE id = ?').run(actionId);
      } else {
        sql(db, 'DELETE FROM history_actions WHERE id <= ?').run(actionId - HISTORY_LIMIT);
      }
      return result;
    })
    .immediate();
}

/** Writes one row image back (`image` null: the row must not exist). */
function restore(db: Database, table: string, rowId: number, image: string | null): void {
  const columns = HISTORY_TRACKED_COLUMNS[table];
  if (columns === undefined) throw new Error(`History names an untracked table: ${table}`);
  if (image === null) {
    sql(db, `DELETE FROM ${table} WHERE id = ?`).run(rowId);
    return;
  }
  const values = JSON.parse(image) as Record<string, unknown>;
  const updates = columns.filter((column) => column !== 'id').map((column) => `${column} = excluded.${column}`);
  sql(db, 
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`,
  ).run(...columns.map((column) => values[column] ?? null));
}

function replay(db: Database, actionId: number, direction: 'undo' | 'redo'): void {
  // Rows come back in any order (a flag before its pair), so foreign keys are checked at commit.
  db.pragma('defer_foreign_keys = ON');
  const changes = sql(db, `SELECT table_name, row_id, before, after FROM history_changes WHERE action_id = ? ORDER BY id ${direction === 'undo' ? 'DESC' : 'ASC'}`)
    .all(actionId) as ChangeRow[];
  for (const change of changes) restore(db, change.table_name, change.row_id, direction === 'undo' ? change.before : change.after);
}

/** Undoes the last action; false when there is nothing to undo. Returns the action kind otherwise. */
export function undoAction(db: Database): string | false {
  return db
    .transaction(() => {
      const action = sql(db, 'SELECT id, kind FROM history_actions WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as
        | { id: number; kind: string }
        | undefined;
      if (action === undefined) return false;
      replay(db, action.id, 'undo');
      sql(db, 'UPDATE history_actions SET undone = 1 WHERE id = ?').run(action.id);
      return action.kind;
    })
    .immediate();
}

/** Redoes the last undone action; false when there is nothing to redo. Returns the action kind otherwise. */
export function redoAction(db: Database): string | false {
  return db
    .transaction(() => {
      const action = sql(db, 'SELECT id, kind FROM history_actions WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as
        | { id: number; kind: string }
        | undefined;
      if (action === undefined) return false;
      replay(db, action.id, 'redo');
      sql(db, 'UPDATE history_actions SET undone = 0 WHERE id = ?').run(action.id);
      return action.kind;
    })
    .immediate();
}

/** Whether undo and redo have something to do. */
export function historyState(db: Database): { readonly canUndo: boolean; readonly canRedo: boolean } {
  return {
    canUndo: sql(db, 'SELECT 1 FROM history_actions WHERE undone = 0 LIMIT 1').get() !== undefined,
    canRedo: sql(db, 'SELECT 1 FROM history_actions WHERE undone = 1 LIMIT 1').get() !== undefined,
  };
}

/** Forgets the whole history (after a change that older actions cannot be replayed over, like a new revision). */
export function clearHistory(db: Database): void {
  sql(db, 'DELETE FROM history_actions').run();
}

/** What the next undo or redo writes back: the pairs it touches, by id and by the positions they cover. */
export interface HistoryReach {
  /** Ids of pairs whose row, flags or notes change (pairs that come back or go included). */
  readonly pairIds: readonly number[];
  /** Position spans (`src_start + tgt_start` to `src_end + tgt_end`) of the pair rows before and after. */
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

/**
 * The reach of the next undo (or redo), read before it runs; undefined when there is nothing to replay or it
 * writes tables other than pairs, flags, notes and the glossary (which the pair list does not show).
 */
export function historyReach(db: Database, direction: 'undo' | 'redo'): HistoryReach | undefined {
  const action = (
    direction === 'undo'
      ? sql(db, 'SELECT id FROM history_actions WHERE undone = 0 ORDER BY id DESC LIMIT 1')
      : sql(db, 'SELECT id FROM history_actions WHERE undone = 1 ORDER BY id ASC LIMIT 1')
  )
    .pluck()
    .get() as number | undefined;
  if (action === undefined) return undefined;
  const changes = sql(db, 'SELECT table_name, row_id, before, after FROM history_changes WHERE action_id = ?').all(action) as ChangeRow[];
  const pairIds = new Set<number>();
  const spans: { start: number; end: number }[] = [];
  const flagIds = new Set<number>();
  for (const change of changes) {
    const images = [change.before, change.after].filter((image): image is string => image !== null).map((image) => JSON.parse(image) as Record<string, unknown>);
    switch (change.table_name) {
      case 'pairs':
        pairIds.add(change.row_id);
        for (const row of images) {
          spans.push({ start: Number(row.src_start) + Number(row.tgt_start), end: Number(row.src_end) + Number(row.tgt_end) });
        }
        break;
      case 'flags':
        for (const row of images) pairIds.add(Number(row.pair_id));
        break;
      case 'notes':
        for (const row of images) {
          if (row.pair_id !== null && row.pair_id !== undefined) pairIds.add(Number(row.pair_id));
          if (row.flag_id !== null && row.flag_id !== undefined) flagIds.add(Number(row.flag_id));
        }
        break;
      case 'glossary':
        break;
      default:
        return undefined;
    }
  }
  // A note on a flag belongs to the flag's pair (the flag as it is now; a flag the action also changed is counted above).
  const flagPair = sql(db, 'SELECT pair_id FROM flags WHERE id = ?').pluck();
  for (const id of flagIds) {
    const pairId = flagPair.get(id) as number | undefined;
    if (pairId !== undefined) pairIds.add(pairId);
  }
  return { pairIds: [...pairIds], spans };
}
