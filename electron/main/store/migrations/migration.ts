/** The shape of one schema migration: a numbered, forward-only step run inside a transaction. */
import type { Database } from 'better-sqlite3';

/** One forward-only schema step; `version` becomes the file's `PRAGMA user_version` once `up` has run. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
