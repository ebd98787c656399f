/** A new project that starts with a review (from a TMX or XLIFF file): written at creation, not undoable. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject, openProject } from '../../electron/main/store/index';
import { numberedInput, temporaryFolder } from './fixtures';

let dir: string;
let remove: () => void;
beforeEach(() => ({ dir, remove } = temporaryFolder()));
afterEach(() => remove());

describe('CreateProjectInput with reviews', () => {
  it('stores origins, changed-since-review, flag statuses and notes in the creation transaction, with no history', async () => {
    const input = numberedInput(6);
    const file = path.join(dir, 'reviewed.sverka');
    const project = await createProject(
      file,
      {
        ...input,
        flags: input.flags.map((flag) => ({ ...flag, status: 'dismissed' as const, notes: ['Spelled out in the original.', '   '] })),
        reviews: [
          { origin: 'confirmed', notes: ['Checked with the editor.'] },
          { origin: 'edited', changedSinceReview: true },
          undefined,
          // A confirmed pair is reviewed: the mark cannot stand.
          { origin: 'confirmed', changedSinceReview: true },
          { notes: ['First.', 'Second.'] },
          {},
        ],
      },
      { lexicon: null },
    );
    try {
      const snapshot = await project.snapshot();
      expect(snapshot.pairs.map((pair) => pair.origin)).toEqual(['confirmed', 'edited', 'auto', 'confirmed', 'auto', 'auto']);
      expect(snapshot.pairs.map((pair) => pair.changedSinceReview)).toEqual([false, true, false, false, false, false]);
      expect(snapshot.pairs.map((pair) => pair.notes.map((note) => note.text))).toEqual([
        ['Checked with the editor.'],
        [],
        [],
        [],
        ['First.', 'Second.'],
        [],
      ]);
      expect(snapshot.pairs[1].flags.map((flag) => [flag.status, flag.notes.map((note) => note.text)])).toEqual([
        ['dismissed', ['Spelled out in the original.']],
      ]);
      expect(await project.history()).toEqual({ canUndo: false, canRedo: false });
      expect(await project.undo()).toBe(false);
    } finally {
      await project.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM history_actions').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM history_changes').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    const reopened = await openProject(file, { lexicon: null });
    try {
      expect((await reopened.summary()).notes).toBe(4);
    } finally {
      await reopened.close();
    }
  });

  it('refuses reviews that do not match the pairs, leaving no file', async () => {
    const file = path.join(dir, 'bad.sverka');
    await expect(createProject(file, { ...numberedInput(3), reviews: [{ origin: 'confirmed' }] }, { lexicon: null })).rejects.toThrow(/1 pair reviews for 3 pairs/);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
