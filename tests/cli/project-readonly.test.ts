/**
 * A project on a read-only medium (here: chmod 0444) through the built CLI: `info` and `export` read it, the
 * editing commands refuse it with one clear line, and the file's bytes never change. As root (CI), chmod does not
 * stop writes, so the byte comparison, not the operating system, is what shows that nothing was written.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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

function sverka(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SVERKA_LANG: 'en' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let project: string;
let exports: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-cli-readonly-'));
  exports = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-cli-readonly-out-'));
  project = path.join(dir, 'lavrov.sverka');
  expect(sverka(['new', project, '--src', path.join(SAMPLE, 'ru.txt'), '--tgt', path.join(SAMPLE, 'en.txt')]).code).toBe(0);
  expect(sverka(['note', project, '--pair', '2', '--text', 'Checked.']).code).toBe(0);
  fs.chmodSync(project, 0o444);
});
afterAll(() => {
  fs.chmodSync(project, 0o644);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(exports, { recursive: true, force: true });
});

/** The project folder: names, bytes and modes. */
function folderState(): string[] {
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return `${name} ${createHash('sha256').update(fs.readFileSync(file)).digest('hex')} ${(fs.statSync(file).mode & 0o777).toString(8)}`;
    });
}

describe('a read-only project through the CLI', () => {
  it('info and export read it; nothing in its folder changes', () => {
    const before = folderState();
    expect(before).toHaveLength(1);
    const info = sverka(['info', project, '--json']);
    expect(info.stderr).toBe('');
    expect(info.code).toBe(0);
    const summary = JSON.parse(info.stdout) as ProjectSummary;
    expect(summary.notes).toBe(1);
    expect(sverka(['info', project]).stdout).toMatch(/^Project: /);

    const tsv = path.join(exports, 'lavrov.tsv');
    const exported = sverka(['export', project, '--format', 'tsv', '-o', tsv]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const rows = parse(fs.readFileSync(tsv, 'utf8'), { delimiter: '\t' }) as string[][];
    expect(rows.length - 1).toBe(summary.pairs);
    expect(rows[2][6]).toBe('Checked.');
    const tmx = sverka(['export', project, '--format', 'tmx']);
    expect(tmx.code).toBe(0);
    expect((tmx.stdout.match(/<tu /g) ?? []).length).toBe(summary.pairs);
    expect(folderState()).toEqual(before);
  });

  it('editing commands refuse it with one line, exit code 2, and change nothing', () => {
    const before = folderState();
    for (const args of [
      ['note', project, '--pair', '3', '--text', 'x'],
      ['confirm', project, '--pair', '3'],
    ]) {
      const result = sverka(args);
      expect(result.code, args[0]).toBe(2);
      expect(result.stderr).toMatch(/^sverka: .*lavrov\.sverka is read-only/);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(folderState()).toEqual(before);
  });
});
