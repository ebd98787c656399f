// The CLI bundles (scripts/build-cli.mjs): a command runs from a bundle of its own, with the packages every command
// loads at start (commander, i18next, nlp.js's stemmers) inside it. snowball-stemmers (generated stemmers of 30
// languages, about 10 ms to load) comes through a shim, on first use (scripts/bundle/lazy-snowball-stemmers.cjs):
// an English–Russian run never loads it, a German one does, and the shim stems as the package itself does.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as snowball from 'snowball-stemmers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'sverka.cjs');
const SAMPLE = join(ROOT, 'resources', 'samples', 'lavrov-osce-2026-02-06');
const SHIM = join(ROOT, 'scripts', 'bundle', 'lazy-snowball-stemmers.cjs');

/** Runs the CLI with a hook that prints, at exit, every package it required (one per line after "LOADED"). */
function loadedPackages(args: readonly string[]): { status: number; loaded: string[]; stdout: string } {
  const hook = [
    "const Module = require('node:module');",
    'const load = Module._load; const seen = new Set();',
    'Module._load = function (request, ...rest) { seen.add(request); return load.call(this, request, ...rest); };',
    "process.on('exit', () => process.stderr.write('LOADED\\n' + [...seen].join('\\n') + '\\n'));",
  ].join('\n');
  const hookFile = join(dir, 'hook.cjs');
  writeFileSync(hookFile, hook);
  const result = spawnSync(process.execPath, ['-r', hookFile, BIN, ...args], { encoding: 'utf8', env: { ...process.env, SVERKA_LANG: 'en' } });
  const loaded = (result.stderr.split('LOADED\n')[1] ?? '').split('\n').filter((line) => line.length > 0);
  return { status: result.status ?? -1, loaded, stdout: result.stdout };
}

let dir = '';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out', 'cli', 'sverka.cjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), 'sverka-lazy-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('packages the CLI bundle loads on first use', () => {
  it('aligns English and Russian from the align bundle, without loading snowball-stemmers or the bundled packages', () => {
    const run = loadedPackages(['align', '--format', 'vecalign', join(SAMPLE, 'ru.txt'), join(SAMPLE, 'en.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').length).toBeGreaterThan(50);
    expect(run.loaded).toContain(join(ROOT, 'out', 'cli', 'command-align.cjs'));
    expect(run.loaded).not.toContain(join(ROOT, 'out', 'cli', 'sverka.cjs'));
    expect(run.loaded.filter((request) => request.startsWith('snowball-stemmers'))).toEqual([]);
    expect(run.loaded.filter((request) => /^(@nlpjs\/|commander|i18next)/.test(request))).toEqual([]);
    // The stopword lists are read by the divergence checks only.
    expect(run.loaded.filter((request) => request.startsWith('stopword'))).toEqual([]);
  });

  it('loads the stopword lists on first use: the divergence checks read them and still find the gloss', () => {
    const run = loadedPackages(['check', join(SAMPLE, 'ru.txt'), join(SAMPLE, 'en.txt')]);
    expect(run.status).toBe(0);
    expect(run.loaded).toContain('stopword/dist/stopword.cjs.js');
    expect(run.stdout).toContain('gloss');
  });

  it('makes a project of two plain text files without loading the readers of other formats, revisions or glossaries', () => {
    const run = loadedPackages(['new', join(dir, 'plain.sverka'), '--src', join(SAMPLE, 'ru.txt'), '--tgt', join(SAMPLE, 'en.txt')]);
    expect(run.status).toBe(0);
    expect(run.loaded).toContain('better-sqlite3');
    const readers = /^(mammoth|yauzl|htmlparser2|domhandler|marked|entities|fast-xml-parser|csv-parse|zod|diff|jschardet|iconv-lite)(\/|$)/;
    expect(run.loaded.filter((request) => readers.test(request))).toEqual([]);
    // The country names of English and Russian only, not the eighty languages the package's Node entry registers.
    expect(run.loaded.filter((request) => request.startsWith('i18n-iso-countries')).sort()).toEqual([
      'i18n-iso-countries/index',
      'i18n-iso-countries/langs/en.json',
      'i18n-iso-countries/langs/ru.json',
    ]);
  });

  it('loads the reader of a format, and of a glossary, when a file of it comes', () => {
    writeFileSync(join(dir, 'en.md'), '# Talks\n\nThe minister arrived in Vienna.\n\nHe met the delegates.\n');
    writeFileSync(join(dir, 'ru.html'), '<!DOCTYPE html><html><body><h1>Переговоры</h1><p>Министр прибыл в Вену.</p><p>Он встретился с делегатами.</p></body></html>');
    writeFileSync(join(dir, 'terms.csv'), 'en,ru\nminister,министр\n');
    const run = loadedPackages(['new', join(dir, 'formats.sverka'), '--src', join(dir, 'en.md'), '--tgt', join(dir, 'ru.html'), '--src-lang', 'en', '--tgt-lang', 'ru', '--glossary', join(dir, 'terms.csv')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('formats.sverka');
    for (const reader of ['marked', 'htmlparser2', 'csv-parse/sync']) expect(run.loaded).toContain(reader);
  });

  it('exports with the writer of the format asked for only', () => {
    const project = join(dir, 'export.sverka');
    expect(loadedPackages(['new', project, '--src', join(SAMPLE, 'ru.txt'), '--tgt', join(SAMPLE, 'en.txt')]).status).toBe(0);
    const writers = /^(docx|zod|fast-xml-parser)(\/|$)/;
    const csv = loadedPackages(['export', project, '--format', 'csv', '-o', join(dir, 'export.csv')]);
    expect(csv.status).toBe(0);
    expect(csv.loaded.filter((request) => writers.test(request))).toEqual([]);
    const docx = loadedPackages(['export', project, '--format', 'docx', '-o', join(dir, 'export.docx')]);
    expect(docx.status).toBe(0);
    expect(docx.loaded).toContain('docx');
    const tmx = loadedPackages(['export', project, '--format', 'tmx', '-o', join(dir, 'export.tmx')]);
    expect(tmx.status).toBe(0);
    expect(tmx.loaded).toContain('fast-xml-parser');
  });

  it('gives help on every command from the bundle of every command', () => {
    const run = loadedPackages(['--help']);
    expect(run.status).toBe(0);
    expect(run.loaded).toContain(join(ROOT, 'out', 'cli', 'sverka.cjs'));
    for (const command of ['align', 'check', 'new', 'export', 'web']) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('loads it for German and aligns', () => {
    writeFileSync(join(dir, 'de.txt'), 'Die Häuser der Stadt sind alt.\nDer Bürgermeister besuchte die Schulen.\nWir danken den Lehrern.\n');
    writeFileSync(join(dir, 'fr.txt'), 'Les maisons de la ville sont anciennes.\nLe maire a visité les écoles.\nNous remercions les enseignants.\n');
    const run = loadedPackages(['align', '--presegmented', '--src-lang', 'de', '--tgt-lang', 'fr', '--format', 'vecalign', join(dir, 'de.txt'), join(dir, 'fr.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
    expect(run.loaded).toContain('snowball-stemmers/snowball-stemmers.js');
  });

  it('stems as snowball-stemmers does', () => {
    const shim = createRequire(import.meta.url)(SHIM) as typeof snowball;
    const factory = typeof snowball.newStemmer === 'function' ? snowball : (snowball as unknown as { default: typeof snowball }).default;
    expect(shim.algorithms()).toEqual(factory.algorithms());
    for (const [algorithm, words] of [
      ['german', ['häuser', 'bürgermeister', 'besuchte', 'schulen', 'lehrern']],
      ['french', ['maisons', 'anciennes', 'visité', 'écoles', 'enseignants']],
    ] as const) {
      const reference = factory.newStemmer(algorithm);
      const lazy = shim.newStemmer(algorithm);
      for (const word of words) expect(lazy.stem(word)).toBe(reference.stem(word));
    }
  });
});
