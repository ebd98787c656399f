/** Runs the forward-only migrations: each in its own transaction, recording the version in `user_version`. */
import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/migration';
import { MIGRATIONS } from './migrations/index';

/** Current schema version of a file (`PRAGMA user_version`). */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to `target` (the latest by default). A migration and its version bump commit together,
 * so a crash leaves the file at the previous version, never half-migrated.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, target?: number): void {
  const last = target ?? migrations[migrations.length - 1].version;
  for (const migration of migrations) {
    if (migration.version <= schemaVersion(db) || migration.version > last) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
