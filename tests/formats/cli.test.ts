/** `sverka new --from` and `sverka export` for the formats of this folder, through the built CLI. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTmx, writeTmx } from '../../shared/formats/tmx';
import { parseXliff } from '../../shared/formats/xliff';
import { sampleDocx } from './docx-fixture';
import { FIXTURES, run, tempDir } from './helpers';
import { sampleSnapshot } from './sample-snapshot';

const BIN = fileURLToPath(new URL('../../bin/sverka.cjs', import.meta.url));

function sverka(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SVERKA_LANG: 'en' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('sverka new --from and sverka export', () => {
  it('makes a project of a TMX file and exports it again in every format', async () => {
    const tmx = join(dir, 'lavrov.tmx');
    const original = writeTmx(sampleSnapshot());
    writeFileSync(tmx, original);
    const project = join(dir, 'lavrov.sverka');
    const created = sverka(['new', project, '--from', tmx]);
    expect(created.stderr).toBe('');
    expect(created.stdout).toBe(`Created ${project}: 5 pairs, 4 flags.\n`);

    const out = (format: string) => join(dir, `out.${format}`);
    for (const format of ['tmx', 'xliff', 'csv', 'docx', 'html']) {
      const result = sverka(['export', project, '--format', format, '-o', out(format)]);
      expect(result.stderr, format).toBe('');
      expect(result.code, format).toBe(0);
    }
    run('xmllint', ['--noout', '--dtdvalid', join(FIXTURES, 'tmx14.dtd'), out('tmx')]);
    const strip = (pairs: ReturnType<typeof parseTmx>['pairs']) => pairs.map(({ src, tgt, notes, status, flags }) => ({ src, tgt, notes, status, flags }));
    expect(strip(parseTmx(readFileSync(out('tmx'), 'utf8')).pairs)).toEqual(strip(parseTmx(original).pairs));
    expect(parseTmx(readFileSync(out('tmx'), 'utf8')).name).toBe('Lavrov & OSCE <2026>');
    expect(parseXliff(readFileSync(out('xliff'), 'utf8')).pairs.map((pair) => pair.status)).toEqual(['confirmed', 'edited', 'auto', 'confirmed', 'auto']);
    expect(parse(readFileSync(out('csv'), 'utf8'))).toHaveLength(6);
    expect(Object.keys((await JSZip.loadAsync(readFileSync(out('docx')))).files)).toContain('word/document.xml');
    expect(readFileSync(out('html'), 'utf8')).toContain('<mark class="severity-warning kind-gloss">');

    const confirmed = sverka(['export', project, '--format', 'tmx', '--confirmed-only', '--skip-empty']);
    expect(parseTmx(confirmed.stdout).pairs).toHaveLength(2);
  });

  it('makes a project of DOCX and HTML files given as --src and --tgt', async () => {
    const src = join(dir, 'statement.docx');
    writeFileSync(src, await sampleDocx());
    const tgt = join(dir, 'statement.ru.html');
    writeFileSync(tgt, '<html><body><nav>Меню</nav><article><h1>Пресс-конференция в Вене</h1><p>Сергей Лавров ответил на вопросы. Он говорил час.</p>' +
      '<ul><li>Первая тема: безопасность.</li><li>Вторая тема: торговля.</li></ul><table><tr><td>Год</td><td>Доля</td></tr><tr><td>2007</td><td>130 процентов</td></tr></table>' +
      '<h2>Заключительные слова</h2><p>Спасибо за внимание.</p><p>Стенограмма пресс-конференции, в сокращении.</p></article></body></html>');
    const project = join(dir, 'statement.sverka');
    const created = sverka(['new', project, '--src', src, '--tgt', tgt]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const json = JSON.parse(sverka(['export', project, '--format', 'json']).stdout) as { source: { lang: string }; target: { lang: string } };
    expect([json.source.lang, json.target.lang]).toEqual(['en', 'ru']);
  });

  it('refuses unclear or hostile input with one line and exit code 2', () => {
    const project = join(dir, 'x.sverka');
    const cases: [string[], RegExp][] = [
      [['new', project, '--src', 'a.txt'], /^sverka: Give the original and the translation with --src and --tgt, or an aligned TMX or XLIFF file with --from\.\n$/],
      [['new', project, '--from', join(dir, 'xxe.tmx')], /^sverka: The TMX file declares entities in a DTD/],
      [['new', project, '--from', join(dir, 'fake.docx'), '--src', 'a'], /^sverka: Give the original/],
      [['new', project, '--src', join(dir, 'fake.docx'), '--tgt', join(dir, 'fake.docx')], /^sverka: fake\.docx is not a DOCX file/],
    ];
    writeFileSync(join(dir, 'xxe.tmx'), '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><body/></tmx>');
    writeFileSync(join(dir, 'fake.docx'), 'not a zip');
    for (const [args, message] of cases) {
      const result = sverka(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(existsSync(project), 'no project file is left behind').toBe(false);
    }
    expect(readdirSync(dir).sort()).toEqual(['fake.docx', 'xxe.tmx']);
  });
});
