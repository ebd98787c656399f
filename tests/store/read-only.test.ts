/**
 * A project the user may not write (chmod 0444, a read-only medium) opens for reading only when the caller asks:
 * a read-only SQLite connection, no lock that writes, no journal mode change, the file's bytes untouched.
 *
 * Tests often run as root, whom chmod does not stop: there the store must still treat the mode bits as the
 * user's word, so the test checks what the store did (a read-only connection, the bytes and the folder unchanged),
 * and only checks that the operating system refuses writes when it actually does.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, createDatabase, openDatabase } from '../../electron/main/store/database';
import { createProject, openProject } from '../../electron/main/store/index';
import { LATEST_VERSION } from '../../electron/main/store/migrations/index';
import { isSverkaError } from '../../shared/errors';
import { numberedInput, temporaryFolder, writeVersion1Project } from './fixtures';

let dir: string;
let remove: () => void;
beforeEach(() => ({ dir, remove } = temporaryFolder()));
afterEach(() => {
  for (const name of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, name), 0o644);
  remove();
});

const isRoot = process.getuid?.() === 0;

/** The folder's entries and every file's bytes (hashed) and mode. */
function state(): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(dir).sort().map((name) => {
      const file = path.join(dir, name);
      const hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      return [name, `${hash} ${(fs.statSync(file).mode & 0o777).toString(8)}`];
    }),
  );
}

async function errorKey(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isSverkaError(error)) return error.key;
    throw error;
  }
  throw new Error('expected a SverkaError');
}

async function readOnlyProject(): Promise<{ file: string; snapshot: Awaited<ReturnType<Awaited<ReturnType<typeof openProject>>['snapshot']>> }> {
  const file = path.join(dir, 'shared.sverka');
  const project = await createProject(file, numberedInput(12), { lexicon: null });
  const firstPair = (await project.snapshot()).pairs[0].id;
  await project.addNote({ pairId: firstPair }, 'Keep this wording.');
  await project.confirmPair(firstPair);
  const snapshot = await project.snapshot();
  await project.close();
  fs.chmodSync(file, 0o444);
  return { file, snapshot };
}

describe('a read-only project file', () => {
  it('is still refused for editing by default', async () => {
    const { file } = await readOnlyProject();
    const before = state();
    expect(await errorKey(openProject(file, { lexicon: null }))).toBe('project.readOnly');
    expect(state()).toEqual(before);
  });

  it('opens for reading with allowReadOnly: everything reads, every edit is refused, the file is untouched', async () => {
    const { file, snapshot } = await readOnlyProject();
    if (!isRoot) expect(() => fs.appendFileSync(file, 'x')).toThrow();
    const before = state();
    const project = await openProject(file, { lexicon: null, allowReadOnly: true });
    try {
      expect(project.readOnly).toBe(true);
      expect(await project.snapshot()).toEqual(snapshot);
      const summary = await project.summary();
      expect(summary.pairs).toBe(12);
      expect(summary.notes).toBe(1);
      expect((await project.pairsPage(0, 5)).pairs).toHaveLength(5);
      expect(await project.history()).toEqual({ canUndo: true, canRedo: false });
      const pairId = snapshot.pairs[3].id;
      const edits: [string, () => Promise<unknown>][] = [
        ['addNote', () => project.addNote({ pairId }, 'x')],
        ['confirmPair', () => project.confirmPair(pairId)],
        ['merge', () => project.mergeWithNext(pairId)],
        ['realignFrom', () => project.realignFrom(pairId)],
        ['undo', () => project.undo()],
        ['setDivergenceSettings', () => project.setDivergenceSettings({})],
      ];
      for (const [name, edit] of edits) expect(await errorKey(edit()), name).toBe('project.readOnly');
      // While it is open: no journal, WAL or shared-memory file, no byte changed.
      expect(state()).toEqual(before);
    } finally {
      await project.close();
    }
    expect(state()).toEqual(before);
  });

  it('is opened through a read-only SQLite connection that takes no write lock', async () => {
    const { file } = await readOnlyProject();
    const before = state();
    const { db, readOnly } = openDatabase(file, { allowReadOnly: true });
    try {
      expect(readOnly).toBe(true);
      expect(db.readonly).toBe(true);
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(db.pragma('locking_mode', { simple: true })).toBe('normal');
      expect(() => db.prepare("UPDATE project SET name = 'changed'").run()).toThrow(/readonly/i);
      // A second reader at the same time is fine: nothing holds the file exclusively.
      const second = openDatabase(file, { allowReadOnly: true });
      closeDatabase(second.db);
    } finally {
      closeDatabase(db);
    }
    expect(state()).toEqual(before);
  });

  it('from an older Sverka is migrated in memory only', async () => {
    const file = path.join(dir, 'old.sverka');
    const db = createDatabase(file, { upToVersion: 1 });
    writeVersion1Project(db, numberedInput(6), 'Old project');
    closeDatabase(db);
    fs.chmodSync(file, 0o444);
    const before = state();
    const project = await openProject(file, { lexicon: null, allowReadOnly: true });
    try {
      expect(project.readOnly).toBe(true);
      const snapshot = await project.snapshot();
      expect(snapshot.name).toBe('Old project');
      expect(snapshot.source.sentences.map((s) => s.text)).toEqual(numberedInput(6).source.document.sentences.map((s) => s.text));
      expect(await errorKey(project.addNote({ pairId: snapshot.pairs[0].id }, 'x'))).toBe('project.readOnly');
    } finally {
      await project.close();
    }
    expect(state()).toEqual(before);
    expect(LATEST_VERSION).toBeGreaterThan(1);
  });
});
