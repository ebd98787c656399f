/**
 * A second translation of the original in a real project: aligned to the original, stored in the file, compared
 * with the current translation row by row, word by word; realigned after the original is revised.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addAlternateFromFile } from '../../electron/main/project/add-alternate-from-file';
import { createProjectFromFiles } from '../../electron/main/project/create-project-from-files';
import { updateSideFromFile } from '../../electron/main/project/update-side-from-file';
import { openProject } from '../../electron/main/store/index';
import { isSverkaError } from '../../shared/errors';
import { temporaryFolder } from './fixtures';

const SAMPLE = fileURLToPath(new URL('../../resources/samples/lavrov-osce-2026-02-06/', import.meta.url));

let folder: ReturnType<typeof temporaryFolder>;
let file: string;
let english: string;
beforeAll(async () => {
  folder = temporaryFolder();
  file = path.join(folder.dir, 'alt.sverka');
  english = fs.readFileSync(path.join(SAMPLE, 'en.txt'), 'utf8');
  await (await createProjectFromFiles(file, { path: path.join(SAMPLE, 'ru.txt'), lang: 'ru' }, { path: path.join(SAMPLE, 'en.txt'), lang: 'en' })).close();
});
afterAll(() => folder.remove());

it('stores a second translation and compares it with the first, row by row and word by word', async () => {
  const second = english.replace('OSCE Secretary General', 'Secretary-General of the OSCE').replace(/ very /gu, ' extremely ');
  expect(second).not.toBe(english);
  const secondFile = path.join(folder.dir, 'en.editor.txt');
  fs.writeFileSync(secondFile, second);

  let project = await openProject(file);
  const info = await addAlternateFromFile(project, { path: secondFile }, 'Editor');
  expect(info).toMatchObject({ name: 'Editor', lang: 'en', fileName: 'en.editor.txt' });
  expect(info.sentences).toBeGreaterThan(150);
  await project.close();

  project = await openProject(file);
  expect((await project.alternateTranslations()).map((a) => a.id)).toEqual([info.id]);
  const comparison = await project.compareTranslations(info.id);
  const snapshot = await project.snapshot();
  expect(comparison.rows.flatMap((row) => row.src)).toEqual(snapshot.source.sentences.map((s) => s.index));
  const changed = comparison.rows.filter((row) => !row.identical);
  expect(changed.length).toBeGreaterThan(0);
  expect(changed.length).toBeLessThan(comparison.rows.length / 4);
  const renamed = changed.find((row) => row.second.some((i) => comparison.sentences[i].text.includes('Secretary-General of the OSCE')));
  expect(renamed?.segments.some((s) => s.kind === 'insert')).toBe(true);
  expect(renamed?.segments.some((s) => s.kind === 'delete')).toBe(true);
  // The segments spell the second translation (equal + inserted words) and the first (equal + deleted words).
  const spelled = (kind: 'insert' | 'delete'): string => (renamed?.segments ?? []).filter((s) => s.kind === 'equal' || s.kind === kind).map((s) => s.text).join('');
  expect(spelled('insert').replace(/\s+/gu, ' ')).toContain('Secretary-General of the OSCE');
  expect(spelled('delete').replace(/\s+/gu, ' ')).toContain('OSCE Secretary General');
  expect(comparison.rows.filter((row) => row.identical).every((row) => row.segments.every((s) => s.kind === 'equal'))).toBe(true);

  // After a revision of the original, the alternate is realigned to it.
  const russian = fs.readFileSync(path.join(SAMPLE, 'ru.txt'), 'utf8');
  const revised = path.join(folder.dir, 'ru.v2.txt');
  fs.writeFileSync(revised, russian.replace('Вчера и сегодня', 'Вчера и сегодня я'));
  await updateSideFromFile(project, 'src', { path: revised });
  const again = await project.compareTranslations(info.id);
  expect(again.rows.flatMap((row) => row.src)).toEqual((await project.snapshot()).source.sentences.map((s) => s.index));

  await project.removeAlternateTranslation(info.id);
  expect(await project.alternateTranslations()).toEqual([]);
  const error = await project.compareTranslations(info.id).catch((e: unknown) => e);
  expect(isSverkaError(error) && error.key).toBe('project.alternateNotFound');
  await project.close();

  const db = new Database(file, { readonly: true });
  expect(db.prepare('SELECT count(*) FROM alternate_sentences').pluck().get()).toBe(0);
  db.close();
});
