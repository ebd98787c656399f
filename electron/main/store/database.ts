/**
 * Opening, creating and closing the SQLite file of a project. Checks happen before anything is written, so a
 * file that is not ours, is from a newer Sverka, is corrupt, read-only or open elsewhere is left untouched (a
 * read-only file can be opened for reading only, when the caller asks for it).
 *
 * Concurrent use is prevented with SQLite's own exclusive locking mode rather than a lock file next to the
 * project: the connection takes the file's write lock when it opens and holds it until it closes. The operating
 * system drops the lock when the process dies (even by SIGKILL), so there is never a stale lock to clean up and
 * no pid to check (pids are reused, and mean nothing across machines sharing a folder); a second instance
 * simply gets SQLITE_BUSY on its first read. As a side effect the WAL index lives in process memory: no -shm
 * file, and after close the checkpointed project is one self-contained file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { SverkaError } from '../../../shared/errors';
import { SVERKA_APPLICATION_ID } from './file-format';
import { migrate, schemaVersion } from './migrate';
import { LATEST_VERSION } from './migrations/index';

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined;
}

/** Turns a SQLite failure while opening into the user-facing error it means. */
function openError(error: unknown, file: string): unknown {
  const code = sqliteCode(error) ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new SverkaError('project.alreadyOpen', { path: file }, { cause: error });
  if (code === 'SQLITE_NOTADB') return new SverkaError('project.notSverka', { path: file }, { cause: error });
  if (code.startsWith('SQLITE_CORRUPT')) return new SverkaError('project.corrupt', { path: file }, { cause: error });
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) {
    return new SverkaError('project.readOnly', { path: file }, { cause: error });
  }
  return error;
}

function isWritable(file: string, mode: number): boolean {
  // Honour the read-only attribute even for a superuser, who could write anyway: the user marked it read-only.
  if ((mode & 0o222) === 0) return false;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether a file we may not write carries the Sverka application id (read through a read-only connection). */
function isSverkaFile(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
    try {
      return db.pragma('application_id', { simple: true }) === SVERKA_APPLICATION_ID;
    } finally {
      db.close();
    }
  } catch {
    // Not a database at all, or locked: it is not a project we could open read-only either.
    return false;
  }
}

/** The schema objects the migrations create up to each version, as `type name sql` lines (built in memory, once). */
const expectedSchemas = new Map<number, string>();

function schemaOf(db: Db): string {
  const rows = db
    .prepare("SELECT type, name, coalesce(sql, '') AS sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string }[];
  return rows.map((row) => `${row.type} ${row.name} ${row.sql}`).join('\n');
}

/**
 * A project file is a document users e-mail each other, so its schema is checked against the one the
 * migrations build: a file with extra triggers or views, or altered ones, is refused rather than run.
 */
function checkSchema(db: Db, file: string, version: number): void {
  let expected = expectedSchemas.get(version);
  if (expected === undefined) {
    const memory = new Database(':memory:');
    migrate(memory, undefined, version);
    expected = schemaOf(memory);
    memory.close();
    expectedSchemas.set(version, expected);
  }
  if (schemaOf(db) !== expected) throw new SverkaError('project.unexpectedSchema', { path: file });
}

/** Pragmas every connection uses once the file is known to be ours. */
function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Take the write lock now (kept until close in exclusive mode), so a second instance is refused at open.
  db.prepare('BEGIN IMMEDIATE').run();
  db.prepare('COMMIT').run();
}

/**
 * Checks a freshly opened connection before anything else runs on it: ours, not newer, and (`thorough`) sound and of
 * our schema. Returns its version.
 */
function checkProjectFile(db: Db, file: string, thorough = true): number {
  // Functions with side effects are never run from the file's own schema (views, triggers).
  db.pragma('trusted_schema = OFF');
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId !== SVERKA_APPLICATION_ID) throw new SverkaError('project.notSverka', { path: file });
  const version = schemaVersion(db);
  if (version > LATEST_VERSION) {
    throw new SverkaError('project.newerVersion', { path: file, version, supported: LATEST_VERSION });
  }
  if (!thorough) return version;
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw new SverkaError('project.corrupt', { path: file });
  checkSchema(db, file, version);
  return version;
}

/** An open project file: the connection, and whether it may only be read. */
export interface OpenedDatabase {
  readonly db: Db;
  /** True for a file opened with `allowReadOnly` that may not be written: nothing may be written to `db`. */
  readonly readOnly: boolean;
}

/**
 * Opens a file the user may not write for reading only: a read-only connection, no journal mode change, no write
 * lock (readers only take SQLite's shared lock while they read), so the file's bytes stay as they are. A file from
 * an older Sverka is migrated in a copy in memory, never on disk.
 */
function openReadOnly(file: string): OpenedDatabase {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
  } catch (error) {
    throw openError(error, file);
  }
  try {
    const version = checkProjectFile(db, file);
    if (version === LATEST_VERSION) return { db, readOnly: true };
    const memory = new Database(db.serialize());
    db.close();
    memory.pragma('trusted_schema = OFF');
    migrate(memory);
    return { db: memory, readOnly: true };
  } catch (error) {
    if (db.open) db.close();
    throw openError(error, file);
  }
}

/** How `openDatabase` opens a file. */
export interface OpenDatabaseOptions {
  /** Open a file the user may not write for reading only instead of refusing it. */
  readonly allowReadOnly?: boolean;
  /**
   * The file is one this process has just built and flushed (`createDatabase`, `finishScratch`): its pages are not
   * read through for `quick_check` nor its schema compared, checks for files of unknown history.
   */
  readonly justBuilt?: boolean;
}

/**
 * Opens an existing project file for writing, migrating an older schema forward. A file the user may not write
 * (read-only attribute, read-only medium or folder) is refused with project.readOnly, or with `allowReadOnly`
 * opened for reading only (see openReadOnly).
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw new SverkaError('project.notFound', { path: file }, { cause: error });
  }
  if (!stat.isFile()) throw new SverkaError('project.notAFile', { path: file });
  if (!isWritable(file, stat.mode)) {
    if (!isSverkaFile(file)) throw new SverkaError('project.notSverka', { path: file });
    if (options.allowReadOnly === true) return openReadOnly(file);
    throw new SverkaError('project.readOnly', { path: file });
  }
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 0 });
  } catch (error) {
    throw openError(error, file);
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    checkProjectFile(db, file, options.justBuilt !== true);
    configure(db);
    migrate(db);
    return { db, readOnly: false };
  } catch (error) {
    db.close();
    throw openError(error, file);
  }
}

/**
 * Creates a new, empty project file with the latest schema. The file must not exist yet. A `scratch` file (a
 * project being built under a temporary name, thrown away if anything fails) skips the write-ahead log and the
 * per-transaction fsync; `finishScratch` makes it durable in one go.
 */
export function createDatabase(file: string, options: { readonly upToVersion?: number; readonly scratch?: boolean } = {}): Db {
  if (fs.existsSync(file)) throw new SverkaError('project.exists', { path: file });
  let db: Db;
  try {
    db = new Database(file, { timeout: 0 });
  } catch (error) {
    throw openError(error, file);
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('trusted_schema = OFF');
    if (options.scratch === true) {
      db.pragma('journal_mode = MEMORY');
      db.pragma('synchronous = OFF');
      db.pragma('foreign_keys = ON');
      db.pragma(`application_id = ${SVERKA_APPLICATION_ID}`);
    } else {
      db.pragma(`application_id = ${SVERKA_APPLICATION_ID}`);
      configure(db);
    }
    migrate(db, undefined, options.upToVersion);
    return db;
  } catch (error) {
    db.close();
    throw openError(error, file);
  }
}

/** Closes a scratch database (see createDatabase) and flushes it to disk, ready to be moved into place. */
export function finishScratch(db: Db, file: string): void {
  db.pragma('journal_mode = DELETE');
  db.close();
  const descriptor = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

/**
 * Closes a project so the file stands alone: the WAL is checkpointed into the main file and the journal switched
 * back to rollback mode, so copying the .sverka file alone never loses the last edits.
 */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  // A read-only file (or its migrated copy in memory) has nothing to checkpoint and must not be touched.
  if (db.readonly || db.memory) {
    db.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
