/** Migrations: forward-only, one transaction each, data kept. */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDatabase, createDatabase } from '../../electron/main/store/database';
import { migrate } from '../../electron/main/store/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/store/migrations/index';
import type { Migration } from '../../electron/main/store/migrations/migration';
import { openProject } from '../../electron/main/store/index';
import { numberedInput, temporaryFolder, writeVersion1Project } from './fixtures';

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

it('numbers migrations 1, 2, … without gaps', () => {
  expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  expect(LATEST_VERSION).toBe(MIGRATIONS.length);
});

it('migrations 2 to 4 bring a version-1 project with data forward: data kept, history works from then on', async () => {
  const file = path.join(folder.dir, 'v1.sverka');
  const db = createDatabase(file, { upToVersion: 1 });
  writeVersion1Project(db, numberedInput(12), 'Old project');
  db.prepare("INSERT INTO notes (pair_id, text, created, updated) VALUES (3, 'note from v1', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')").run();
  expect(db.pragma('user_version', { simple: true })).toBe(1);
  expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'history_actions'").pluck().get()).toBe(0);
  closeDatabase(db);

  const project = await openProject(file, { lexicon: null });
  const before = await project.snapshot();
  expect(before.name).toBe('Old project');
  expect(before.pairs).toHaveLength(12);
  expect(before.pairs[2].notes.map((n) => n.text)).toEqual(['note from v1']);
  // Migration 4 kept the texts version 1 stored with each sentence.
  expect(before.source.sentences.map((s) => s.text)).toEqual(numberedInput(12).source.document.sentences.map((s) => s.text));
  await project.confirmPair(before.pairs[4].id);
  expect((await project.history()).canUndo).toBe(true);
  await project.undo();
  expect(await project.snapshot()).toEqual(before);
  await project.close();

  const raw = new Database(file, { readonly: true });
  expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  raw.close();
});

it('a failing migration rolls back completely and leaves the previous version', () => {
  const file = path.join(folder.dir, 'fail.sverka');
  const db = createDatabase(file);
  const broken: Migration = {
    version: LATEST_VERSION + 1,
    name: 'broken',
    up(connection) {
      connection.exec('CREATE TABLE half_done (x INTEGER NOT NULL) STRICT');
      connection.exec('INSERT INTO no_such_table VALUES (1)');
    },
  };
  expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
  expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
  closeDatabase(db);
});
