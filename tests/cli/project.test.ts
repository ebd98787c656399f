/** The project commands through the built CLI (`node bin/sverka.cjs`), on the sample pair and real files. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../shared/project';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin/sverka.cjs');
const SAMPLE = path.join(ROOT, 'resources/samples/lavrov-osce-2026-02-06');

function sverka(args: readonly string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SVERKA_LANG: 'en', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let project: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-cli-project-'));
  project = path.join(dir, 'lavrov.sverka');
  const created = sverka(['new', project, '--src', path.join(SAMPLE, 'ru.txt'), '--tgt', path.join(SAMPLE, 'en.txt')]);
  expect(created.stderr).toBe('');
  expect(created.code).toBe(0);
  expect(created.stdout).toMatch(/^Created .*lavrov\.sverka: \d+ pairs, \d+ flags\.\n$/);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface ExportedPair {
  id: number;
  src: number[];
  tgt: number[];
  score: number;
  status: string;
  changedSinceReview: boolean;
  notes: { text: string; created: string; updated: string }[];
  flags: { kind: string; id: number; status: string; sentence: number }[];
}

function exportJson(): { source: { lang: string; sentences: string[] }; target: { lang: string; sentences: string[] }; pairs: ExportedPair[] } {
  const out = path.join(dir, 'export.json');
  const result = sverka(['export', project, '--format', 'json', '-o', out]);
  expect(result.code).toBe(0);
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

describe('sverka new / info / note / confirm / export', () => {
  it('info --json describes the documents, pairs and flags; the file is self-contained', () => {
    const result = sverka(['info', project, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as ProjectSummary;
    expect(summary.source).toMatchObject({ side: 'src', lang: 'ru', fileName: 'ru.txt', revision: 1, encoding: 'utf-8' });
    expect(summary.target).toMatchObject({ side: 'tgt', lang: 'en', fileName: 'en.txt', revision: 1 });
    expect(summary.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.pairs).toBeGreaterThan(150);
    expect(summary.pairsByOrigin.auto).toBe(summary.pairs);
    expect(summary.flags).toBeGreaterThan(0);
    expect(summary.flagsByStatus.open).toBe(summary.flags);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('lavrov'))).toEqual(['lavrov.sverka']);
  });

  it('info prints a readable summary, in Russian too', () => {
    expect(sverka(['info', project]).stdout).toMatch(/^Project: lavrov\nOriginal: ru\.txt \(ru, revision 1 of 1/);
    const russian = sverka(['info', project], { SVERKA_LANG: 'ru' });
    expect(russian.stdout).toMatch(/^Проект: lavrov\nОригинал: ru\.txt \(ru, редакция 1 из 1/);
  });

  it('note and confirm by pair id end up in the JSON export with review status and times', () => {
    const before = exportJson();
    const pair = before.pairs[5];
    const flagged = before.pairs.find((p) => p.flags.length > 0);
    expect(flagged).toBeDefined();
    expect(sverka(['note', project, '--pair', String(pair.id), '--text', 'Проверить: «ключевые аспекты».']).code).toBe(0);
    expect(sverka(['note', project, '--flag', String(flagged?.flags[0].id), '--text', 'flag note']).code).toBe(0);
    const confirmed = sverka(['confirm', project, '--pair', String(pair.id), '--pair', String(before.pairs[6].id)]);
    expect(confirmed.stdout).toBe('2 pairs confirmed.\n');
    const after = exportJson();
    const exported = after.pairs.find((p) => p.id === pair.id);
    expect(exported).toMatchObject({ status: 'confirmed', changedSinceReview: false, src: pair.src, tgt: pair.tgt });
    expect(exported?.notes.map((n) => n.text)).toEqual(['Проверить: «ключевые аспекты».']);
    expect(exported?.notes[0].created).toMatch(/^\d{4}-\d\d-\d\dT/);
    const flagAfter = after.pairs.find((p) => p.id === flagged?.id)?.flags[0] as ExportedPair['flags'][number] & { notes: { text: string }[] };
    expect(flagAfter.status).toBe('open');
    expect(flagAfter.notes.map((n) => n.text)).toEqual(['flag note']);
    // The rest of the export is the align JSON: every sentence once, in order.
    expect(after.pairs.flatMap((p) => p.src)).toEqual(after.source.sentences.map((_, i) => i));
    expect(after.pairs.flatMap((p) => p.tgt)).toEqual(after.target.sentences.map((_, i) => i));
    expect(after.source.lang).toBe('ru');
    const unconfirmed = sverka(['confirm', project, '--pair', String(before.pairs[6].id), '--undo']);
    expect(unconfirmed.stdout).toBe('Confirmation taken back from 1 pair.\n');
    expect(sverka(['confirm', project, '--pair', '1', '--pair', '2', '--pair', '3'], { SVERKA_LANG: 'ru' }).stdout).toBe('Подтверждены 3 пары.\n');
  });

  it('exports the TSV table (number, source, target, score, status, flags, notes) to a file and to standard output', () => {
    const out = path.join(dir, 'pairs.tsv');
    expect(sverka(['export', project, '--format', 'tsv', '-o', out]).code).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(false);
    const records = parse(text, { delimiter: '\t', relax_column_count: false }) as string[][];
    const json = exportJson();
    expect(records[0]).toEqual(['No.', 'Source', 'Target', 'Confidence', 'Status', 'Flags', 'Notes']);
    const rows = records.slice(1);
    expect(rows.length).toBe(json.pairs.length);
    const joined = (sentences: string[], indexes: number[]) => indexes.map((i) => sentences[i]).join(' ');
    rows.forEach((row, i) => {
      const pair = json.pairs[i];
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe(joined(json.source.sentences, pair.src));
      expect(row[2]).toBe(joined(json.target.sentences, pair.tgt));
      expect(Number(row[3])).toBeCloseTo(pair.score, 3);
      // One line per flag, one per note (a quoted field where there are several).
      expect(row[5] === '' ? 0 : row[5].split('\n').length).toBe(pair.flags.length);
      expect(row[6]).toBe(pair.notes.map((note) => note.text).join('\n'));
    });
    // The note added above ends up in its row.
    expect(rows.some((row) => row[6] === 'Проверить: «ключевые аспекты».')).toBe(true);
    expect(sverka(['export', project, '--format', 'TSV']).stdout).toBe(text);
  });

  it('--bom starts CSV and TSV with a byte order mark; --confirmed-only and --skip-empty select pairs', () => {
    const json = exportJson();
    const confirmed = json.pairs.filter((pair) => pair.status === 'confirmed').length;
    expect(confirmed).toBeGreaterThan(0);
    for (const format of ['csv', 'tsv']) {
      const plain = sverka(['export', project, '--format', format]).stdout;
      const withBom = sverka(['export', project, '--format', format, '--bom']).stdout;
      expect(withBom).toBe(`\uFEFF${plain}`);
      const delimiter = format === 'csv' ? ',' : '\t';
      expect((parse(withBom, { delimiter, bom: true }) as string[][])[0]).toEqual(parse(plain, { delimiter })[0]);
      const selected = parse(sverka(['export', project, '--format', format, '--confirmed-only']).stdout, { delimiter }) as string[][];
      expect(selected.length - 1).toBe(confirmed);
    }
    const tmx = (args: string[]) => (sverka(['export', project, '--format', 'tmx', ...args]).stdout.match(/<tu /g) ?? []).length;
    const empty = json.pairs.filter((pair) => pair.src.length === 0 || pair.tgt.length === 0).length;
    expect(tmx([])).toBe(json.pairs.length);
    expect(tmx(['--confirmed-only'])).toBe(confirmed);
    expect(tmx(['--skip-empty'])).toBe(json.pairs.length - empty);
  });

  it('reports user errors on one line with exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [['note', project, '--pair', '999999', '--text', 'x'], /^sverka: There is no pair 999999 in this project\.\n$/],
      [['note', project, '--text', 'x'], /^sverka: Give either --pair or --flag\.\n$/],
      [['note', project, '--pair', '3', '--text', '   '], /^sverka: A note cannot be empty\.\n$/],
      [['export', project, '--format', 'xyz'], /^sverka: Unknown export format "xyz"/],
      [['export', project, '--format', 'tmx', '--bom'], /^sverka: The TMX export has no --bom option\.\n$/],
      [['export', project, '--format', 'json', '--confirmed-only'], /^sverka: The JSON export has no --confirmed-only option\.\n$/],
      [['info', path.join(SAMPLE, 'en.txt')], /is not a Sverka project\.\n$/],
      [['info', path.join(dir, 'missing.sverka')], /^sverka: Project file not found: /],
      [['new', project, '--src', path.join(SAMPLE, 'ru.txt'), '--tgt', path.join(SAMPLE, 'en.txt')], /already exists/],
    ];
    for (const [args, message] of cases) {
      const result = sverka(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });
});

describe('sverka update', () => {
  it('imports a revised translation: unchanged pairs keep ids and notes, the edited one is changed since review', () => {
    const before = exportJson();
    const pair = before.pairs.find((p, i) => i > 30 && p.src.length === 1 && p.tgt.length === 1 && before.target.sentences[p.tgt[0]].includes(' the ')) as ExportedPair;
    expect(sverka(['confirm', project, '--pair', String(pair.id)]).code).toBe(0);
    const sentence = before.target.sentences[pair.tgt[0]];
    const english = fs.readFileSync(path.join(SAMPLE, 'en.txt'), 'utf8');
    const revised = path.join(dir, 'en.v2.txt');
    const edited = english.replace(sentence, sentence.replace(/ the /u, ' this '));
    expect(edited).not.toBe(english);
    fs.writeFileSync(revised, edited);
    const result = sverka(['update', project, '--tgt', revised]);
    expect(result.stderr).toBe('');
    expect(result.stdout, result.stdout).toMatch(/^Revision 2 imported\. Sentences: \d+ unchanged, 1 changed, 0 added, 0 removed\. Pairs changed since review: 1\.\n$/);
    const after = exportJson();
    expect(after.pairs.find((p) => p.id === pair.id)).toMatchObject({ status: 'confirmed', changedSinceReview: true });
    expect(after.pairs.filter((p) => p.changedSinceReview).map((p) => p.id)).toEqual([pair.id]);
    const noted = before.pairs.filter((p) => p.notes.length > 0);
    for (const old of noted) expect(after.pairs.find((p) => p.id === old.id)?.notes).toEqual(old.notes);
    const info = JSON.parse(sverka(['info', project, '--json']).stdout) as ProjectSummary;
    expect(info.revisions).toEqual({ src: 1, tgt: 2 });
    expect(info.changedSinceReview).toBe(1);
    expect(sverka(['update', project]).stderr).toBe('sverka: Give exactly one of --src and --tgt.\n');
  });
});
