import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../electron/main/io/read-text-file';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/encodings/${name}`, import.meta.url));
const source = (name: string): string => readFileSync(fixture(name), 'utf8');

/** [file, encoding it must be read as, source it was made from, BOM]. */
const ENCODED: readonly (readonly [string, string, string, boolean])[] = [
  ['utf8.txt', 'utf-8', 'source-ru.txt', false],
  ['utf8-bom.txt', 'utf-8', 'source-ru.txt', true],
  ['utf8-crlf.txt', 'utf-8', 'source-ru.txt', false],
  ['utf16le-bom.txt', 'utf-16le', 'source-ru.txt', true],
  ['utf16be-bom.txt', 'utf-16be', 'source-ru.txt', true],
  ['utf16le.txt', 'utf-16le', 'source-ru.txt', false],
  ['utf16be.txt', 'utf-16be', 'source-fr.txt', false],
  ['cp1251-ru.txt', 'windows-1251', 'source-ru.txt', false],
  ['cp1251-uk.txt', 'windows-1251', 'source-uk.txt', false],
  ['koi8r-ru.txt', 'koi8-r', 'source-ru.txt', false],
  ['cp866-ru.txt', 'ibm866', 'source-ru.txt', false],
  ['cp1252-fr.txt', 'windows-1252', 'source-fr.txt', false],
];

describe('readTextFile: encodings (real files made with iconv)', () => {
  for (const [file, encoding, from, bom] of ENCODED) {
    it(`reads ${file} as ${encoding}`, async () => {
      const result = await readTextFile(fixture(file));
      expect(result.encoding).toBe(encoding);
      expect(result.bom).toBe(bom);
      expect(result.text).toBe(source(from));
    });
  }

  it('reads Shift_JIS and GB18030 (proposed by jschardet, checked by the decoder)', async () => {
    const japanese = await readTextFile(fixture('sjis-ja.txt'));
    expect(['shift_jis', 'cp932']).toContain(japanese.encoding);
    expect(japanese.text).toBe(source('source-ja.txt'));
    expect(await readTextFile(fixture('gb18030-zh.txt'))).toMatchObject({ encoding: 'gb18030', text: source('source-zh.txt') });
  });

  it('tells Windows-1251 from KOI8-R even for a short phrase', async () => {
    expect(await readTextFile(fixture('cp1251-short.txt'))).toMatchObject({ text: 'Привет, мир!\n', encoding: 'windows-1251' });
    expect(await readTextFile(fixture('koi8r-short.txt'))).toMatchObject({ text: 'Привет, мир!\n', encoding: 'koi8-r' });
  });
});

describe('readTextFile: bad input files', () => {
  const failure = async (name: string): Promise<unknown> => {
    try {
      await readTextFile(fixture(name));
    } catch (error) {
      return error;
    }
    return undefined;
  };

  for (const [file, key] of [
    ['empty.txt', 'file.empty'],
    ['whitespace.txt', 'file.empty'],
    ['bom-only.txt', 'file.empty'],
    ['binary.gz', 'file.binary'],
    ['control.bin', 'file.binary'],
    ['broken-utf8.txt', 'file.undecodable'],
    ['no-such-file.txt', 'file.notFound'],
  ] as const) {
    it(`${file}: ${key}`, async () => {
      expect(await failure(file)).toMatchObject({ name: 'SverkaError', key, params: { path: fixture(file) } });
    });
  }

  it('a directory: file.isDirectory', async () => {
    const directory = fileURLToPath(new URL('../fixtures/encodings', import.meta.url));
    expect(await failure('.')).toMatchObject({ key: 'file.isDirectory' });
    await expect(readTextFile(directory)).rejects.toMatchObject({ key: 'file.isDirectory', params: { path: directory } });
  });
});
