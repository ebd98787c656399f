// `sverka align` as users and scripts call it: the built CLI (bin/sverka.cjs) run on real files.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase, emptyCounts, parseBeads, strictScores } from '../../scripts/bench/align-metrics';
import { expectCoverage, FIXTURES } from '../align/helpers';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'sverka.cjs');
const SAMPLE = join(ROOT, 'resources', 'samples', 'lavrov-osce-2026-02-06');

function sverka(args: readonly string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SVERKA_LANG: 'en' }, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

interface JsonOutput {
  version: number;
  source: { lang: string; sentences: string[] };
  target: { lang: string; sentences: string[] };
  pairs: { src: number[]; tgt: number[]; score: number; flags: unknown[] }[];
}

let dir = '';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out', 'cli', 'sverka.cjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'sverka-align-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('sverka align: outputs', () => {
  it('writes JSON with detected languages, the sentences and pairs covering both texts', () => {
    const run = sverka(['align', join(SAMPLE, 'ru.txt'), join(SAMPLE, 'en.txt')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as JsonOutput;
    expect(output.version).toBe(1);
    expect(output.source.lang).toBe('ru');
    expect(output.target.lang).toBe('en');
    expect(output.source.sentences.length).toBeGreaterThan(150);
    expect(output.target.sentences.length).toBeGreaterThan(150);
    expectCoverage(output.pairs, output.source.sentences.length, output.target.sentences.length);
    for (const pair of output.pairs) expect(Array.isArray(pair.flags)).toBe(true);
    const lavrov = output.pairs.find((pair) => pair.src.some((s) => output.source.sentences[s]?.startsWith('Вчера и сегодня провёл переговоры')));
    expect(lavrov?.tgt.map((t) => output.target.sentences[t])).toEqual([expect.stringMatching(/^Yesterday and today, I held talks/)]);
  });

  it('writes vecalign for presegmented input that matches the gold alignment (strict F1 ≥ 0.95)', () => {
    const out = join(dir, 'sample.vecalign');
    const run = sverka(['align', join(SAMPLE, 'ru.sentences.txt'), join(SAMPLE, 'en.sentences.txt'), '--presegmented', '--format', 'vecalign', '-o', out, '--src-lang', 'ru', '--tgt-lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^\[(\d+(,\d+)*)?\]:\[(\d+(,\d+)*)?\]:(0|1|0\.\d+)$/);
    const beads = parseBeads(lines.join('\n'));
    const pairs = beads.map((bead, k) => ({ ...bead, score: Number(lines[k]!.split(':')[2]) }));
    expectCoverage(pairs, 183, 207);
    const counts = emptyCounts();
    addCase(counts, beads, parseBeads(readFileSync(join(FIXTURES, 'sample', 'gold.align'), 'utf8')));
    expect(strictScores(counts).f).toBeGreaterThanOrEqual(0.95);
  });

  it('writes TSV: source text, target text, score on each line', () => {
    const run = sverka(['align', join(FIXTURES, 'wmt22', '007.src'), join(FIXTURES, 'wmt22', '007.tgt'), '--presegmented', '--format', 'tsv']);
    expect(run.status).toBe(0);
    const rows = run.stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    const src = readFileSync(join(FIXTURES, 'wmt22', '007.src'), 'utf8').trimEnd().split('\n');
    for (const row of rows) {
      expect(row).toHaveLength(3);
      expect(Number(row[2])).toBeGreaterThanOrEqual(0);
      expect(Number(row[2])).toBeLessThanOrEqual(1);
    }
    expect(rows.map((row) => row[0]).filter((text) => text !== '').join(' ')).toBe(src.join(' '));
  });

  it('reads Windows-1251, KOI8-R, UTF-16 and UTF-8 with BOM like plain UTF-8', () => {
    const utf8 = sverka(['align', join(SAMPLE, 'ru.txt'), join(SAMPLE, 'en.txt'), '--format', 'vecalign']).stdout;
    const text = readFileSync(join(SAMPLE, 'ru.txt'), 'utf8');
    const files: [string, Buffer][] = [
      ['ru-1251.txt', iconv.encode(text, 'win1251')],
      ['ru-utf16.txt', iconv.encode(text, 'utf16le', { addBOM: true })],
      ['ru-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ];
    for (const [name, bytes] of files) {
      writeFileSync(join(dir, name), bytes);
      expect(sverka(['align', join(dir, name), join(SAMPLE, 'en.txt'), '--format', 'vecalign']).stdout).toBe(utf8);
    }
    // KOI8-R has no dashes or guillemets (they become '?'), so its result is checked on its own.
    const koi8 = join(dir, 'ru-koi8.txt');
    writeFileSync(koi8, iconv.encode(text, 'koi8-r'));
    const fromKoi8 = sverka(['align', koi8, join(SAMPLE, 'en.txt'), '--format', 'json']);
    expect(fromKoi8.status).toBe(0);
    const output = JSON.parse(fromKoi8.stdout) as JsonOutput;
    expect(output.source.lang).toBe('ru');
    expect(output.source.sentences.some((sentence) => sentence.includes('Лавров'))).toBe(true);
  });
});

describe('sverka align: bad input', () => {
  const expectOneLineError = (args: readonly string[], pattern: RegExp): void => {
    const run = sverka(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  };

  it('names a missing file', () => {
    expectOneLineError(['align', join(dir, 'missing.txt'), join(SAMPLE, 'en.txt')], /missing\.txt/);
  });

  it('names a directory, an empty file and a binary file', () => {
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'image.bin');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0, 0, 0xff, 0xfe]));
    expectOneLineError(['align', dir, join(SAMPLE, 'en.txt')], new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expectOneLineError(['align', join(SAMPLE, 'ru.txt'), empty], /empty\.txt/);
    expectOneLineError(['align', binary, join(SAMPLE, 'en.txt')], /image\.bin/);
  });

  it('rejects an unknown language code and an unknown format', () => {
    expectOneLineError(['align', join(SAMPLE, 'ru.txt'), join(SAMPLE, 'en.txt'), '--src-lang', 'xx'], /"xx"/);
    expectOneLineError(['align', join(SAMPLE, 'ru.txt'), join(SAMPLE, 'en.txt'), '--format', 'xml'], /"xml"/);
  });

  it('translates the message for Russian users', () => {
    const run = spawnSync(process.execPath, [BIN, 'align', join(dir, 'missing.txt'), join(SAMPLE, 'en.txt')], { encoding: 'utf8', env: { ...process.env, SVERKA_LANG: 'ru' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/missing\.txt/);
    expect(run.stderr).toMatch(/[а-я]/);
  });
});
