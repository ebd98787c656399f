/**
 * `sverka update` through the built CLI on real edited files (the sample pair's translation and original, revised
 * five ways): every note survives, every confirmed pair whose sentences did not change stays confirmed with its
 * id, and a reviewed pair whose text changed is exported with "changedSinceReview": true.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin/sverka.cjs');
const SAMPLE = path.join(ROOT, 'resources/samples/lavrov-osce-2026-02-06');
const ENGLISH = fs.readFileSync(path.join(SAMPLE, 'en.txt'), 'utf8');
const RUSSIAN = fs.readFileSync(path.join(SAMPLE, 'ru.txt'), 'utf8');

interface ExportedPair {
  id: number;
  src: number[];
  tgt: number[];
  status: string;
  changedSinceReview: boolean;
  notes: { text: string }[];
}

interface Exported {
  source: { sentences: string[] };
  target: { sentences: string[] };
  pairs: ExportedPair[];
}

function sverka(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SVERKA_LANG: 'en' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function exportJson(project: string): Exported {
  const out = `${project}.json`;
  const result = sverka(['export', project, '--format', 'json', '-o', out]);
  expect(result.stderr).toBe('');
  return JSON.parse(fs.readFileSync(out, 'utf8')) as Exported;
}

let dir: string;
let base: string;
let before: Exported;
/** Prefixes of the target sentences the revisions touch; their pairs are confirmed and annotated. */
const TOUCHED = ['I have outlines', 'A vacuum has emerged', 'Such quartets and trios', 'We do not want NATO', 'NATO engages precisely'];
/** Source sentences the revised original touches. */
const TOUCHED_SOURCE = ['Как вы знаете, вчера истёк', 'Партнёры признают'];

const pairWithTarget = (exported: Exported, prefix: string): ExportedPair =>
  exported.pairs.find((pair) => pair.tgt.some((j) => exported.target.sentences[j].startsWith(prefix))) as ExportedPair;
const pairWithSource = (exported: Exported, prefix: string): ExportedPair =>
  exported.pairs.find((pair) => pair.src.some((i) => exported.source.sentences[i].startsWith(prefix))) as ExportedPair;
const textsOf = (exported: Exported, pair: ExportedPair): string =>
  JSON.stringify([pair.src.map((i) => exported.source.sentences[i]), pair.tgt.map((j) => exported.target.sentences[j])]);
const allNotes = (exported: Exported): string[] => exported.pairs.flatMap((pair) => pair.notes.map((note) => note.text)).sort();

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-update-cli-'));
  base = path.join(dir, 'base.sverka');
  const created = sverka(['new', base, '--src', path.join(SAMPLE, 'ru.txt'), '--tgt', path.join(SAMPLE, 'en.txt')]);
  expect(created.stderr).toBe('');
  const exported = exportJson(base);
  const touched = [...TOUCHED.map((prefix) => pairWithTarget(exported, prefix)), ...TOUCHED_SOURCE.map((prefix) => pairWithSource(exported, prefix))];
  const far = [exported.pairs[5], exported.pairs[exported.pairs.length - 6]];
  const confirmed = [...new Set([...touched, ...far].map((pair) => pair.id))];
  expect(sverka(['confirm', base, ...confirmed.flatMap((id) => ['--pair', String(id)])]).code).toBe(0);
  for (const pair of [touched[0], touched[2], touched[4], touched[5], far[0]]) {
    expect(sverka(['note', base, '--pair', String(pair.id), '--text', `note on pair ${pair.id}`]).code).toBe(0);
  }
  before = exportJson(base);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Copies the base project (a closed project is one file), writes the revision, runs `sverka update`. */
function update(name: string, side: 'src' | 'tgt', revised: string): Exported {
  const original = side === 'src' ? RUSSIAN : ENGLISH;
  expect(revised).not.toBe(original);
  const project = path.join(dir, `${name}.sverka`);
  fs.copyFileSync(base, project);
  const file = path.join(dir, `${name}.${side === 'src' ? 'ru' : 'en'}.txt`);
  fs.writeFileSync(file, revised);
  const result = sverka(['update', project, side === 'src' ? '--src' : '--tgt', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^Revision 2 imported\./);
  return exportJson(project);
}

/** Notes all survive; confirmed pairs whose sentences read the same keep id and confirmation; the rest are flagged. */
function expectReviewedWorkKept(after: Exported): void {
  expect(allNotes(after)).toEqual(allNotes(before));
  const byId = new Map(after.pairs.map((pair) => [pair.id, pair]));
  for (const old of before.pairs.filter((pair) => pair.status === 'confirmed' || pair.notes.length > 0)) {
    const now = byId.get(old.id);
    const home = now ?? after.pairs.find((pair) => pair.notes.some((note) => old.notes.some((n) => n.text === note.text)));
    expect(home, `pair ${old.id}`).toBeDefined();
    if (now && textsOf(after, now) === textsOf(before, old)) {
      expect(now).toMatchObject({ status: old.status, changedSinceReview: false, notes: old.notes });
    } else {
      expect(home?.changedSinceReview, `pair ${old.id}`).toBe(true);
    }
  }
}

describe('sverka update on real edited files', () => {
  it('typo fixed in the translation: the pair keeps its id and is exported as changed since review', () => {
    const after = update('typo', 'tgt', ENGLISH.replace('I have outlines the main topics.', 'I have outlined the main topics.'));
    expectReviewedWorkKept(after);
    const old = pairWithTarget(before, 'I have outlines');
    expect(after.pairs.find((pair) => pair.id === old.id)).toMatchObject({ status: 'confirmed', changedSinceReview: true });
    expect(after.pairs.filter((pair) => pair.changedSinceReview).map((pair) => pair.id)).toEqual([old.id]);
  });

  it('sentence inserted in the translation: its neighbours keep everything, the new sentence has a pair', () => {
    const added = 'The consequences for strategic stability could be serious.';
    const after = update('inserted', 'tgt', ENGLISH.replace('A vacuum has emerged.', `A vacuum has emerged. ${added}`));
    expectReviewedWorkKept(after);
    const old = pairWithTarget(before, 'A vacuum has emerged');
    expect(after.pairs.find((pair) => pair.id === old.id)).toMatchObject({ status: 'confirmed', changedSinceReview: false });
    expect(pairWithTarget(after, added)).toBeDefined();
    expect(after.pairs.filter((pair) => pair.changedSinceReview)).toEqual([]);
  });

  it('sentence deleted from the translation: its pair keeps id, note and confirmation, changed since review', () => {
    const after = update('deleted', 'tgt', ENGLISH.replace('Such quartets and trios are being actively developed. ', ''));
    expectReviewedWorkKept(after);
    const old = pairWithTarget(before, 'Such quartets and trios');
    const now = after.pairs.find((pair) => pair.id === old.id) as ExportedPair;
    expect(now).toMatchObject({ status: 'confirmed', changedSinceReview: true, notes: old.notes, src: old.src });
  });

  it('sentence split in two in the translation: the pair holds both halves', () => {
    const after = update('split', 'tgt', ENGLISH.replace('continent; yet this', 'continent. Yet this'));
    expectReviewedWorkKept(after);
    const old = pairWithTarget(before, 'We do not want NATO');
    const now = after.pairs.find((pair) => pair.id === old.id) as ExportedPair;
    expect(now.tgt).toHaveLength(old.tgt.length + 1);
    expect(now).toMatchObject({ status: 'confirmed', changedSinceReview: true, src: old.src });
  });

  it('paragraph of the translation moved: no note is lost, the original keeps the moved pairs and their notes', () => {
    const lines = ENGLISH.split('\n');
    const at = lines.findIndex((line) => line.startsWith('NATO engages precisely'));
    const [moved] = lines.splice(at, 1);
    lines.splice(at + 2, 0, moved);
    const after = update('reordered', 'tgt', lines.join('\n'));
    expectReviewedWorkKept(after);
    const old = pairWithTarget(before, 'NATO engages precisely');
    const now = after.pairs.find((pair) => pair.id === old.id) as ExportedPair;
    expect(now).toMatchObject({ src: old.src, changedSinceReview: true, notes: old.notes });
  });

  it('revised original (a sentence split, a word changed): pairs keep ids, notes and confirmations', () => {
    const revised = RUSSIAN.replace('истёк срок действия ДСНВ, образовался вакуум', 'истёк срок действия ДСНВ. Образовался вакуум').replace(
      'будут недостаточными',
      'окажутся недостаточными',
    );
    const after = update('source', 'src', revised);
    expectReviewedWorkKept(after);
    for (const prefix of TOUCHED_SOURCE) {
      const old = pairWithSource(before, prefix);
      expect(after.pairs.find((pair) => pair.id === old.id)).toMatchObject({ status: 'confirmed', changedSinceReview: true, tgt: old.tgt });
    }
  });
});
