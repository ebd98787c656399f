import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { lexiconFileBytes, lexiconFileEncoding, lexiconFileText } from '../../electron/main/lexicon/lexicon-file';
import { lexiconDirectory, loadLexicon } from '../../electron/main/lexicon/load-lexicon';

const shipped = lexiconDirectory() as string;
const folder = mkdtempSync(join(tmpdir(), 'sverka-lexicon-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function hasUtf16Mark(file: string): boolean {
  const raw = gunzipSync(readFileSync(file));
  return raw[0] === 0xff && raw[1] === 0xfe;
}

describe('lexicon files', () => {
  it('writes mostly non-ASCII text in UTF-16LE after a byte-order mark, Latin-script text in UTF-8, and reads both back', () => {
    const russian = '# sverka-lexicon 1 en ru\nwar\tвойн\tсражен\npeace\tмир\n';
    const french = '# sverka-lexicon 1 de fr\nberg\tmontagn\thaus\tmaison\tdemeur\tlogis\tfoyer\n';
    expect(lexiconFileEncoding(russian)).toBe('utf16le');
    expect(lexiconFileEncoding(french)).toBe('utf8');
    const russianBytes = gunzipSync(lexiconFileBytes(russian));
    expect([...russianBytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(russianBytes.toString('utf16le', 2)).toBe(russian);
    expect(gunzipSync(lexiconFileBytes(french)).toString('utf8')).toBe(french);
    expect(lexiconFileText(lexiconFileBytes(russian))).toBe(russian);
    expect(lexiconFileText(lexiconFileBytes(french))).toBe(french);
    // A file written before the choice existed (UTF-8, no mark) still reads.
    expect(lexiconFileText(gzipSync(Buffer.from(russian, 'utf8')))).toBe(russian);
  });

  it('ships en-ru and zh-en in UTF-16LE, the Latin-script pairs in UTF-8', () => {
    expect(hasUtf16Mark(join(shipped, 'en-ru.tsv.gz'))).toBe(true);
    expect(hasUtf16Mark(join(shipped, 'zh-en.tsv.gz'))).toBe(true);
    for (const pair of ['de-en', 'de-fr', 'en-fr']) expect(hasUtf16Mark(join(shipped, `${pair}.tsv.gz`))).toBe(false);
  });

  it('loads the same lexicon from the shipped UTF-16LE file as from its text in UTF-8', () => {
    const text = lexiconFileText(readFileSync(join(shipped, 'en-ru.tsv.gz')));
    expect(text.startsWith('# sverka-lexicon 1 en ru\n')).toBe(true);
    writeFileSync(join(folder, 'en-ru.tsv.gz'), gzipSync(Buffer.from(text, 'utf8')));
    const fromUtf16 = loadLexicon('en', 'ru', shipped);
    const fromUtf8 = loadLexicon('en', 'ru', folder);
    expect(fromUtf16).toBeDefined();
    expect(fromUtf16?.size).toBe(fromUtf8?.size);
    expect(fromUtf16?.reversed().size).toBe(fromUtf8?.reversed().size);
    for (const key of ['war', 'peac', 'negoti', 'minist', 'tell']) expect([...(fromUtf16?.translationsOf(key) ?? [])]).toEqual([...(fromUtf8?.translationsOf(key) ?? [])]);
    expect(fromUtf16?.translationsOf('war')?.has('войн')).toBe(true);
  });
});
