/**
 * Importing a revised original into a real project made from the sample pair: for a typo fixed, a sentence
 * inserted, deleted or split, and a reordered paragraph, the pairs that did not change keep their ids,
 * confirmations, flag reviews and notes; changed pairs that had been reviewed are marked changed since review;
 * no note is lost; both revisions stay in the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectFromFiles } from '../../electron/main/project/create-project-from-files';
import { updateSideFromFile } from '../../electron/main/project/update-side-from-file';
import { writeProjectJson } from '../../electron/main/project/project-json';
import { openProject, type Project } from '../../electron/main/store/index';
import type { PairRecord, ProjectSnapshot } from '../../shared/project';
import { temporaryFolder } from './fixtures';

const SAMPLE = fileURLToPath(new URL('../../resources/samples/lavrov-osce-2026-02-06/', import.meta.url));

let folder: ReturnType<typeof temporaryFolder>;
let base: string;
let original: string;
let before: ProjectSnapshot;
/** The pair the edits touch (1-1, with a comma to split at), and pairs reviewed around it. */
let touched: PairRecord;
let farFlagPair: PairRecord;

beforeAll(async () => {
  folder = temporaryFolder();
  base = path.join(folder.dir, 'base.sverka');
  original = fs.readFileSync(path.join(SAMPLE, 'ru.txt'), 'utf8');
  const project = await createProjectFromFiles(base, { path: path.join(SAMPLE, 'ru.txt'), lang: 'ru' }, { path: path.join(SAMPLE, 'en.txt'), lang: 'en' });
  const snapshot = await project.snapshot();
  const text = (pair: PairRecord): string => snapshot.source.sentences[pair.src[0]].text;
  const index = snapshot.pairs.findIndex(
    (pair, i) =>
      i > 20 &&
      [-1, 0, 1].every((d) => snapshot.pairs[i + d].src.length === 1 && snapshot.pairs[i + d].tgt.length === 1) &&
      /^[^,]{15,}, [а-яё]/u.test(text(pair)) &&
      original.split(text(pair)).length === 2,
  );
  expect(index).toBeGreaterThan(0);
  touched = snapshot.pairs[index];
  await project.confirmPairs([snapshot.pairs[index - 1].id, touched.id, snapshot.pairs[index + 1].id]);
  await project.addNote({ pairId: touched.id }, 'note on the edited sentence');
  await project.addNote({ pairId: snapshot.pairs[index + 2].id }, 'note two pairs further');
  farFlagPair = snapshot.pairs.find((pair, i) => Math.abs(i - index) > 30 && pair.flags.length > 0) as PairRecord;
  await project.setFlagStatus(farFlagPair.flags[0].id, 'accepted');
  await project.addNote({ flagId: farFlagPair.flags[0].id }, 'note on a reviewed flag');
  before = await project.snapshot();
  await project.close();
});
afterAll(() => folder.remove());

/** Copies the base project (a closed project is one file), writes the revised original, imports it. */
async function update(name: string, revised: string): Promise<{ project: Project; after: ProjectSnapshot; result: Awaited<ReturnType<typeof updateSideFromFile>> }> {
  expect(revised).not.toBe(original);
  const file = path.join(folder.dir, `${name}.sverka`);
  fs.copyFileSync(base, file);
  const revisedFile = path.join(folder.dir, `${name}.ru.txt`);
  fs.writeFileSync(revisedFile, revised);
  const project = await openProject(file);
  const result = await updateSideFromFile(project, 'src', { path: revisedFile });
  const after = await project.snapshot();
  // Reopen: the result is in the file.
  await project.close();
  const reopened = await openProject(file);
  expect(await reopened.snapshot()).toEqual(after);
  return { project: reopened, after, result };
}

const sourceText = (snapshot: ProjectSnapshot, pair: PairRecord): string => pair.src.map((i) => snapshot.source.sentences[i].text).join(' ');
const holderOfTarget = (snapshot: ProjectSnapshot, tgt: number): PairRecord => snapshot.pairs.find((pair) => pair.tgt.includes(tgt)) as PairRecord;
const allNotes = (snapshot: ProjectSnapshot): string[] =>
  snapshot.pairs.flatMap((pair) => [...pair.notes.map((n) => n.text), ...pair.flags.flatMap((f) => f.notes.map((n) => n.text))]).sort();

/** What must hold after any update. */
async function checkCommon(project: Project, after: ProjectSnapshot, farFrom: (pair: PairRecord) => boolean): Promise<void> {
  expect(after.pairs.flatMap((p) => p.src)).toEqual(after.source.sentences.map((s) => s.index));
  expect(after.pairs.flatMap((p) => p.tgt)).toEqual(after.target.sentences.map((s) => s.index));
  expect(after.source.info.revision).toBe(2);
  expect((await project.revisions('src')).map((r) => r.revision)).toEqual([1, 2]);
  expect(after.target).toEqual(before.target);
  expect(allNotes(after)).toEqual(allNotes(before));
  const byId = new Map(after.pairs.map((pair) => [pair.id, pair]));
  for (const old of before.pairs.filter(farFrom)) {
    const now = byId.get(old.id);
    expect(now, `pair ${old.id}`).toBeDefined();
    expect(now?.tgt).toEqual(old.tgt);
    expect(sourceText(after, now as PairRecord)).toBe(sourceText(before, old));
    expect(now?.origin).toBe(old.origin);
    expect(now?.changedSinceReview).toBe(false);
    expect(now?.notes).toEqual(old.notes);
  }
  const flag = byId.get(farFlagPair.id)?.flags.find((f) => f.id === farFlagPair.flags[0].id);
  expect(flag?.status).toBe('accepted');
  expect(flag?.notes.map((n) => n.text)).toEqual(['note on a reviewed flag']);
}

const touchedIndex = (): number => before.pairs.findIndex((pair) => pair.id === touched.id);
const far = (pair: PairRecord): boolean => Math.abs(before.pairs.indexOf(pair) - touchedIndex()) > 3;

describe('re-importing a revised original', () => {
  it('a typo fixed: the pair keeps its id, confirmation and note, and is marked changed since review', async () => {
    const sentence = before.source.sentences[touched.src[0]].text;
    const fixed = sentence.replace(/([а-яё]{6,})/u, (word) => `${word.slice(0, 3)}${word[3] === 'о' ? 'а' : 'о'}${word.slice(4)}`);
    const { project, after, result } = await update('typo', original.replace(sentence, fixed));
    await checkCommon(project, after, far);
    const pair = after.pairs.find((p) => p.id === touched.id) as PairRecord;
    expect(sourceText(after, pair)).toBe(fixed);
    expect(pair).toMatchObject({ origin: 'confirmed', changedSinceReview: true, tgt: touched.tgt });
    expect(pair.notes.map((n) => n.text)).toEqual(['note on the edited sentence']);
    expect(result.sentences).toMatchObject({ modified: 1, inserted: 0, deleted: 0 });
    expect(result.changedSinceReview).toBe(1);
    const comparison = await project.compareRevisions('src', 1, 2);
    expect(comparison.changes).toHaveLength(1);
    expect(comparison.changes[0].kind).toBe('modified');
    expect(comparison.changes[0].segments.some((s) => s.kind === 'insert')).toBe(true);
    const exported = JSON.parse(writeProjectJson(after)) as { pairs: { id: number; changedSinceReview: boolean }[] };
    expect(exported.pairs.find((p) => p.id === touched.id)?.changedSinceReview).toBe(true);
    await project.close();
  });

  it('a sentence inserted: the neighbouring pairs are untouched, the new sentence gets a pair', async () => {
    const sentence = before.source.sentences[touched.src[0]].text;
    const added = 'Это предложение добавлено в исправленной редакции стенограммы.';
    const { project, after, result } = await update('inserted', original.replace(sentence, `${sentence} ${added}`));
    await checkCommon(project, after, (pair) => pair.id !== touched.id && pair !== before.pairs[touchedIndex() + 1]);
    const pair = after.pairs.find((p) => p.id === touched.id) as PairRecord;
    expect(pair).toMatchObject({ origin: 'confirmed', changedSinceReview: false });
    expect(after.pairs.some((p) => sourceText(after, p).includes(added))).toBe(true);
    expect(result.sentences).toMatchObject({ inserted: 1, deleted: 0, modified: 0 });
    expect((await project.compareRevisions('src', 1, 2)).changes.map((c) => c.kind)).toEqual(['inserted']);
    await project.close();
  });

  it('a sentence deleted: its translation stays, with the note, marked changed since review', async () => {
    const sentence = before.source.sentences[touched.src[0]].text;
    const { project, after, result } = await update('deleted', original.replace(`${sentence} `, '').replace(sentence, ''));
    await checkCommon(project, after, far);
    const holder = holderOfTarget(after, touched.tgt[0]);
    expect(holder.notes.map((n) => n.text)).toContain('note on the edited sentence');
    expect(holder.changedSinceReview).toBe(true);
    expect(result.sentences).toMatchObject({ deleted: 1, inserted: 0 });
    await project.close();
  });

  it('a sentence split in two: the pair keeps its id and note and holds both halves', async () => {
    const sentence = before.source.sentences[touched.src[0]].text;
    const split = sentence.replace(/, ([а-яё])/u, (_, letter: string) => `. ${letter.toUpperCase()}`);
    const { project, after } = await update('split', original.replace(sentence, split));
    await checkCommon(project, after, far);
    const holder = holderOfTarget(after, touched.tgt[0]);
    expect(holder.id).toBe(touched.id);
    expect(holder.src).toHaveLength(2);
    expect(sourceText(after, holder)).toBe(split);
    expect(holder.notes.map((n) => n.text)).toEqual(['note on the edited sentence']);
    expect(holder).toMatchObject({ changedSinceReview: true });
    await project.close();
  });

  it('a reordered paragraph: no note is lost, pairs outside the moved paragraphs keep everything', async () => {
    const lines = original.split('\n');
    const touchedLine = lines.findIndex((line) => line.includes(before.source.sentences[touched.src[0]].text));
    const at = lines.findIndex((line, i) => i > touchedLine + 6 && line.trim() !== '' && lines[i + 1]?.trim() !== '' && i + 1 < lines.length - 3);
    const swapped = [...lines];
    [swapped[at], swapped[at + 1]] = [lines[at + 1], lines[at]];
    const moved = new Set([lines[at], lines[at + 1]]);
    const inMoved = (pair: PairRecord): boolean => pair.src.some((i) => [...moved].some((line) => line.includes(before.source.sentences[i].text)));
    const { project, after, result } = await update('reordered', swapped.join('\n'));
    const index = (pair: PairRecord): number => before.pairs.indexOf(pair);
    const movedIndices = before.pairs.filter(inMoved).map(index);
    const near = (pair: PairRecord): boolean => movedIndices.some((i) => Math.abs(i - index(pair)) <= 2);
    await checkCommon(project, after, (pair) => !near(pair));
    expect(result.sentences.moved).toBeGreaterThan(0);
    await project.close();
  });
});
