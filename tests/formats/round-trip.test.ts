import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProjectFromBilingual } from '../../electron/main/import/project-from-bilingual';
import { openProject } from '../../electron/main/store';
import { parseTmx, writeTmx } from '../../shared/formats/tmx';
import { parseXliff, writeXliff } from '../../shared/formats/xliff';
import type { BilingualFile } from '../../shared/formats/bilingual';
import { tempDir } from './helpers';
import { sampleSnapshot } from './sample-snapshot';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const DATE = new Date('2026-02-08T09:30:00Z');

/** What must survive: texts, notes, statuses, flags with their status, span and notes, scores. */
function essentials(file: BilingualFile) {
  return file.pairs.map((pair) => ({ src: pair.src, tgt: pair.tgt, notes: pair.notes, status: pair.status, score: pair.score, flags: pair.flags }));
}

describe('round trip through a real project file', () => {
  it('project -> TMX -> new project (store) -> TMX keeps pairs, notes and statuses', async () => {
    const first = writeTmx(sampleSnapshot(), { date: DATE });
    const tmxPath = join(dir, 'lavrov.tmx');
    writeFileSync(tmxPath, first);
    const project = await createProjectFromBilingual(join(dir, 'lavrov.sverka'), tmxPath, { name: 'Lavrov & OSCE <2026>', lexicon: null });
    try {
      const snapshot = await project.snapshot();
      expect(snapshot.pairs.map((pair) => pair.origin)).toEqual(['confirmed', 'edited', 'auto', 'confirmed', 'auto']);
      expect(snapshot.pairs[0].flags.map((flag) => flag.status)).toEqual(['accepted', 'open', 'resolved']);
      expect(snapshot.pairs[2].flags[0].notes.map((note) => note.text)).toEqual(['Caption, not translated <on purpose>.']);
      expect(snapshot.pairs.map((pair) => pair.changedSinceReview)).toEqual([false, true, false, false, false]);
      const second = writeTmx(snapshot, { date: DATE });
      expect(essentials(parseTmx(second))).toEqual(essentials(parseTmx(first)));
      // Byte for byte, the "changed since review" mark included.
      expect(first).toContain('<prop type="x-sverka-changed-since-review">true</prop>');
      expect(second).toBe(first);
    } finally {
      await project.close();
    }
  });

  it('the imported review is the starting state: nothing to undo, and it survives reopening', async () => {
    const first = writeTmx(sampleSnapshot(), { date: DATE });
    const tmxPath = join(dir, 'lavrov.tmx');
    writeFileSync(tmxPath, first);
    const projectPath = join(dir, 'lavrov.sverka');
    const project = await createProjectFromBilingual(projectPath, tmxPath, { lexicon: null });
    try {
      expect(await project.history()).toEqual({ canUndo: false, canRedo: false });
      expect(await project.undo()).toBe(false);
      expect(writeTmx(await project.snapshot(), { date: DATE })).toBe(first);
    } finally {
      await project.close();
    }
    const reopened = await openProject(projectPath, { lexicon: null });
    try {
      expect(await reopened.history()).toEqual({ canUndo: false, canRedo: false });
      expect(writeTmx(await reopened.snapshot(), { date: DATE })).toBe(first);
      // Later edits are undoable as usual, back to the imported state.
      const pairId = (await reopened.snapshot()).pairs[2].id;
      await reopened.confirmPair(pairId);
      expect(await reopened.undo()).toBe(true);
      expect(writeTmx(await reopened.snapshot(), { date: DATE })).toBe(first);
    } finally {
      await reopened.close();
    }
  });

  it('project -> XLIFF -> new project (store) -> XLIFF keeps pairs, notes and statuses', async () => {
    const first = writeXliff(sampleSnapshot());
    const path = join(dir, 'lavrov.xlf');
    writeFileSync(path, first);
    const project = await createProjectFromBilingual(join(dir, 'lavrov.sverka'), path, { lexicon: null });
    try {
      const second = writeXliff(await project.snapshot());
      expect(essentials(parseXliff(second))).toEqual(essentials(parseXliff(first)));
      expect(parseXliff(second).pairs.map((pair) => pair.changedSinceReview === true)).toEqual([false, true, false, false, false]);
      // Not byte for byte: XLIFF unit names carry the pair ids, which the new project numbers afresh.
    } finally {
      await project.close();
    }
  });
});
