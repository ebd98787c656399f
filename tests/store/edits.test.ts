/**
 * Every edit on a real project file, then undo and redo across a close and reopen: undo restores the exact
 * snapshot from before the edit, redo the one after it.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject, openProject, type Project } from '../../electron/main/store/index';
import type { PairRecord, ProjectSnapshot } from '../../shared/project';
import { isSverkaError } from '../../shared/errors';
import { numberedInput, temporaryFolder } from './fixtures';

let folder: ReturnType<typeof temporaryFolder>;
let file: string;
beforeEach(async () => {
  folder = temporaryFolder();
  file = path.join(folder.dir, 'edits.sverka');
  await (await createProject(file, numberedInput(30), { lexicon: null })).close();
});
afterEach(() => folder.remove());

const open = (): Promise<Project> => openProject(file, { lexicon: null });

/** Pairs as [id, src, tgt] for readable expectations. */
function shape(pairs: readonly PairRecord[], from = 0, to = 8): [number, number[], number[]][] {
  return pairs.slice(from, to).map((p) => [p.id, [...p.src], [...p.tgt]]);
}

/** Every sentence of both sides exactly once, in order. */
function expectTiling(snapshot: ProjectSnapshot): void {
  expect(snapshot.pairs.flatMap((p) => p.src)).toEqual(snapshot.source.sentences.map((s) => s.index));
  expect(snapshot.pairs.flatMap((p) => p.tgt)).toEqual(snapshot.target.sentences.map((s) => s.index));
}

/** Runs an edit, checks it, then undo and redo each after reopening the file. */
async function roundTrip(edit: (project: Project) => Promise<unknown>, check: (after: ProjectSnapshot, before: ProjectSnapshot) => void): Promise<void> {
  let project = await open();
  const before = await project.snapshot();
  await edit(project);
  const after = await project.snapshot();
  expectTiling(after);
  check(after, before);
  await project.close();

  project = await open();
  expect(await project.snapshot()).toEqual(after);
  expect(await project.history()).toEqual({ canUndo: true, canRedo: false });
  expect(await project.undo()).toBe(true);
  expect(await project.snapshot()).toEqual(before);
  await project.close();

  project = await open();
  expect(await project.snapshot()).toEqual(before);
  expect((await project.history()).canRedo).toBe(true);
  expect(await project.redo()).toBe(true);
  expect(await project.snapshot()).toEqual(after);
  await project.close();
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

describe('alignment edits', () => {
  it('merge with next keeps the first id, moves the second pair’s notes, leaves other ids alone', async () => {
    let project = await open();
    await project.addNote({ pairId: 4 }, 'on the pair that disappears');
    await project.close();
    await roundTrip(
      (p) => p.mergeWithNext(3),
      (after, before) => {
        expect(shape(after.pairs, 1, 5)).toEqual([
          [2, [1], [1]],
          [3, [2, 3], [2, 3]],
          [5, [4], [4]],
          [6, [5], [5]],
        ]);
        expect(after.pairs[2].origin).toBe('edited');
        expect(after.pairs[2].notes.map((n) => n.text)).toEqual(['on the pair that disappears']);
        expect(after.pairs.length).toBe(before.pairs.length - 1);
      },
    );
    project = await open();
    expect(await errorKey(project.mergeWithNext(30))).toBe('project.edit.noNeighbour');
    expect(await errorKey(project.mergeWithPrevious(1))).toBe('project.edit.noNeighbour');
    await project.close();
  });

  it('merge with previous', async () => {
    await roundTrip(
      (p) => p.mergeWithPrevious(10),
      (after) => expect(shape(after.pairs, 8, 10)).toEqual([[9, [8, 9], [8, 9]], [11, [10], [10]]]),
    );
  });

  it('split a 2-2 pair into 1-2 and 1-0 after a merge', async () => {
    let project = await open();
    await project.mergeWithNext(7);
    await project.close();
    await roundTrip(
      (p) => p.splitPair(7, 1, 2),
      (after) => {
        expect(shape(after.pairs, 6, 9)).toEqual([
          [7, [6], [6, 7]],
          [31, [7], []],
          [9, [8], [8]],
        ]);
      },
    );
    project = await open();
    expect(await errorKey(project.splitPair(9, 0, 0))).toBe('project.edit.invalidSplit');
    expect(await errorKey(project.splitPair(9, 1, 1))).toBe('project.edit.invalidSplit');
    expect(await errorKey(project.splitPair(9, 2, 0))).toBe('project.edit.invalidSplit');
    expect(await errorKey(project.splitPair(999, 1, 0))).toBe('project.pairNotFound');
    await project.close();
  });

  it('move the first source sentence to the previous pair', async () => {
    await roundTrip(
      (p) => p.moveSentence(5, 'src', 'first'),
      (after) => expect(shape(after.pairs, 3, 6)).toEqual([[4, [3, 4], [3]], [5, [], [4]], [6, [5], [5]]]),
    );
  });

  it('move the last target sentence to the next pair; a pair left empty disappears and its note moves on', async () => {
    const project = await open();
    await project.moveSentence(12, 'src', 'last');
    await project.addNote({ pairId: 12 }, 'note on a pair about to vanish');
    await project.close();
    await roundTrip(
      (p) => p.moveSentence(12, 'tgt', 'last'),
      (after) => {
        expect(shape(after.pairs, 10, 13)).toEqual([[11, [10], [10]], [13, [11, 12], [11, 12]], [14, [13], [13]]]);
        expect(after.pairs[11].notes.map((n) => n.text)).toEqual(['note on a pair about to vanish']);
      },
    );
  });

  it('move at the edges of the document makes a pair of its own', async () => {
    await roundTrip(
      (p) => p.moveSentence(1, 'tgt', 'first'),
      (after) => expect(shape(after.pairs, 0, 2)).toEqual([[31, [], [0]], [1, [0], []]]),
    );
    await roundTrip(
      (p) => p.moveSentence(30, 'src', 'last'),
      (after) => expect(shape(after.pairs, -2, 100)).toEqual([[30, [], [29]], [32, [29], []]]),
    );
    const project = await open();
    expect(await errorKey(project.moveSentence(31, 'src', 'first'))).toBe('project.edit.nothingToMove');
    await project.close();
  });

  it('insert an empty counterpart on either side', async () => {
    await roundTrip(
      (p) => p.insertEmptyCounterpart(8, 'src'),
      (after) => expect(shape(after.pairs, 7, 9)).toEqual([[8, [7], []], [31, [], [7]]]),
    );
    await roundTrip(
      (p) => p.insertEmptyCounterpart(9, 'tgt'),
      (after) => expect(shape(after.pairs, 9, 11)).toEqual([[32, [8], []], [9, [], [8]]]),
    );
    const project = await open();
    expect(await errorKey(project.insertEmptyCounterpart(9, 'src'))).toBe('project.edit.alreadyUnpaired');
    await project.close();
  });

  it('realign from a pair keeps confirmed pairs as anchors and reproduced pairs keep their ids', async () => {
    const project = await open();
    await project.mergeWithNext(3);
    await project.insertEmptyCounterpart(10, 'src');
    await project.confirmPair(3);
    await project.close();
    await roundTrip(
      (p) => p.realignFrom(2),
      (after, before) => {
        const anchor = after.pairs.find((pair) => pair.id === 3);
        expect(anchor).toMatchObject({ src: [2, 3], tgt: [2, 3], origin: 'confirmed' });
        const beforeKeys = new Map(before.pairs.map((pair) => [`${pair.src}|${pair.tgt}`, pair.id]));
        for (const pair of after.pairs) {
          const old = beforeKeys.get(`${pair.src}|${pair.tgt}`);
          if (old !== undefined) expect(pair.id).toBe(old);
        }
        expect(after.pairs[0].id).toBe(1);
      },
    );
  });
});

describe('realign up to the next confirmed pair', () => {
  /** Pairs 5+6 and 20+21 merged (2-2 pairs the aligner would split again), pair 12 confirmed. */
  async function disturbed(): Promise<void> {
    const project = await open();
    await project.mergeWithNext(5);
    await project.mergeWithNext(20);
    await project.confirmPair(12);
    await project.close();
  }
  const key = (pair: PairRecord) => `${pair.id}:${pair.src}|${pair.tgt}|${pair.origin}`;
  /** Whether sentence `i` of each side forms a 1-1 pair. */
  const oneToOne = (snapshot: ProjectSnapshot, i: number) => snapshot.pairs.some((pair) => `${pair.src}|${pair.tgt}` === `${i}|${i}`);

  it('changes nothing from the next confirmed pair on', async () => {
    await disturbed();
    await roundTrip(
      (p) => p.realignFrom(3),
      (after, before) => {
        const anchorBefore = before.pairs.findIndex((pair) => pair.id === 12);
        const anchorAfter = after.pairs.findIndex((pair) => pair.id === 12);
        // The stretch was realigned: the merged pair is split again...
        expect(oneToOne(after, 4) && oneToOne(after, 5)).toBe(true);
        expect(after.pairs.slice(0, anchorAfter).flatMap((pair) => pair.src)).toEqual(before.pairs.slice(0, anchorBefore).flatMap((pair) => pair.src));
        // ...while everything from the confirmed pair on is as it was, the merged pair 20 included.
        expect(after.pairs.slice(anchorAfter).map(key)).toEqual(before.pairs.slice(anchorBefore).map(key));
        expect(after.pairs.find((pair) => pair.id === 20)).toMatchObject({ src: [19, 20], tgt: [19, 20] });
      },
    );
  });

  it('starting on a confirmed pair keeps it and realigns to the next one; with none after, to the end', async () => {
    await disturbed();
    let project = await open();
    await project.confirmPair(3);
    await project.close();
    await roundTrip(
      (p) => p.realignFrom(3),
      (after) => {
        expect(after.pairs.find((pair) => pair.id === 3)).toMatchObject({ src: [2], tgt: [2], origin: 'confirmed' });
        expect(oneToOne(after, 4) && oneToOne(after, 5)).toBe(true);
        expect(after.pairs.find((pair) => pair.id === 20)).toMatchObject({ src: [19, 20], tgt: [19, 20] });
      },
    );
    project = await open();
    await project.realignFrom(15);
    const after = await project.snapshot();
    expect(oneToOne(after, 19) && oneToOne(after, 20)).toBe(true);
    expect(after.pairs.find((pair) => pair.id === 12)).toMatchObject({ src: [11], tgt: [11], origin: 'confirmed' });
    await project.close();
  });
});

describe('review actions', () => {
  it('confirm and unconfirm', async () => {
    await roundTrip(
      (p) => p.confirmPairs([2, 3], true),
      (after) => expect(after.pairs.slice(0, 4).map((p) => p.origin)).toEqual(['auto', 'confirmed', 'confirmed', 'auto']),
    );
    await roundTrip(
      (p) => p.confirmPairs([2], false),
      (after) => expect(after.pairs[1].origin).toBe('edited'),
    );
  });

  it('notes on pairs and flags: add, update, delete', async () => {
    let project = await open();
    const flagId = (await project.snapshot()).pairs[1].flags[0].id;
    await project.close();
    await roundTrip(
      (p) => p.addNote({ flagId }, '  «Два» — a number the translation lost. '),
      (after) => {
        const note = after.pairs[1].flags[0].notes[0];
        expect(note.text).toBe('«Два» — a number the translation lost.');
        expect(note.created).toBe(note.updated);
      },
    );
    project = await open();
    const noteId = (await project.snapshot()).pairs[1].flags[0].notes[0].id;
    await project.close();
    await roundTrip(
      (p) => p.updateNote(noteId, 'edited text'),
      (after) => expect(after.pairs[1].flags[0].notes[0].text).toBe('edited text'),
    );
    await roundTrip(
      (p) => p.deleteNote(noteId),
      (after) => expect(after.pairs[1].flags[0].notes).toEqual([]),
    );
    project = await open();
    expect(await errorKey(project.addNote({ pairId: 3 }, '   '))).toBe('project.emptyNote');
    expect(await errorKey(project.addNote({ pairId: 999 }, 'x'))).toBe('project.pairNotFound');
    expect(await errorKey(project.addNote({ flagId: 999 }, 'x'))).toBe('project.flagNotFound');
    expect(await errorKey(project.updateNote(999, 'x'))).toBe('project.noteNotFound');
    await project.close();
  });

  it('flag review status', async () => {
    const project = await open();
    const flagId = (await project.snapshot()).pairs[1].flags[0].id;
    await project.close();
    await roundTrip(
      (p) => p.setFlagStatus(flagId, 'dismissed'),
      (after) => expect(after.pairs[1].flags[0].status).toBe('dismissed'),
    );
  });

  it('a long history undoes step by step across reopening, and a new action drops the redo stack', async () => {
    let project = await open();
    const states = [await project.snapshot()];
    await project.mergeWithNext(1);
    states.push(await project.snapshot());
    await project.addNote({ pairId: 1 }, 'a');
    states.push(await project.snapshot());
    await project.splitPair(1, 1, 1);
    states.push(await project.snapshot());
    await project.confirmPair(1);
    states.push(await project.snapshot());
    await project.close();
    for (let i = states.length - 2; i >= 0; i--) {
      project = await open();
      await project.undo();
      expect(await project.snapshot()).toEqual(states[i]);
      await project.close();
    }
    project = await open();
    expect(await project.undo()).toBe(false);
    await project.redo();
    await project.redo();
    expect(await project.snapshot()).toEqual(states[2]);
    await project.confirmPair(5);
    expect(await project.history()).toEqual({ canUndo: true, canRedo: false });
    expect(await project.redo()).toBe(false);
    await project.close();
  });
});

describe('reading', () => {
  it('finds pairs by origin, flags, review status and notes, as positions in the alignment', async () => {
    const project = await open();
    await project.mergeWithNext(3);
    await project.confirmPairs([6, 8]);
    await project.addNote({ pairId: 10 }, 'n');
    const flagId = (await project.snapshot()).pairs[1].flags[0].id;
    await project.addNote({ flagId }, 'on a flag');
    expect(await project.findPairs({ origins: ['confirmed'] })).toEqual([4, 6]);
    expect(await project.findPairs({ origins: ['edited', 'confirmed'] })).toEqual([2, 4, 6]);
    expect(await project.findPairs({ flagKinds: ['number'] })).toEqual([1]);
    expect(await project.findPairs({ flagKinds: ['number'], flagStatuses: ['accepted'] })).toEqual([]);
    expect(await project.findPairs({ hasNotes: true })).toEqual([1, 8]);
    expect(await project.findPairs({ changedSinceReview: true })).toEqual([]);
    expect((await project.findPairs({})).length).toBe(29);
    expect(await project.findPairs({ origins: [] })).toEqual([]);
    const page = await project.pairsPage(8, 1);
    expect(page.pairs[0].notes.map((n) => n.text)).toEqual(['n']);
    await project.close();
  });

  it('pages carry their sentences and absolute flag indices', async () => {
    const project = await open();
    const page = await project.pairsPage(1, 3);
    expect(page.total).toBe(30);
    expect(page.offset).toBe(1);
    expect(page.pairs.map((p) => p.id)).toEqual([2, 3, 4]);
    expect(page.source.map((s) => s.index)).toEqual([1, 2, 3]);
    expect(page.target.map((s) => s.text)).toEqual(['Sentence number 2 about peace.', 'Sentence number 3 about peace.', 'Sentence number 4 about peace.']);
    expect(page.pairs[0].flags[0]).toMatchObject({ kind: 'number', pair: 1, sentence: 1, start: 16, end: 17, status: 'open' });
    const summary = await project.summary();
    expect(summary).toMatchObject({ pairs: 30, flags: 1, notes: 0, pairsByOrigin: { auto: 30, edited: 0, confirmed: 0 } });
    await project.close();
    expect(await errorKey(project.snapshot())).toBe('project.closed');
  });
});
