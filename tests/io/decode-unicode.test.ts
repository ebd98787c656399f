// Reading a file decodes Unicode without loading the charset detector, and hands anything else to decodeText's
// code-page half: on every encoding fixture the two routes must agree, and only code-page files take the second.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../electron/main/io/decode-text';
import { decodeUnicode } from '../../electron/main/io/decode-unicode';
import { decodeFileBytes } from '../../electron/main/io/read-text-file';

const directory = fileURLToPath(new URL('../fixtures/encodings', import.meta.url));
const CODE_PAGE_FILES = ['cp1251-ru.txt', 'cp1251-short.txt', 'cp1251-uk.txt', 'cp1252-fr.txt', 'cp866-ru.txt', 'gb18030-zh.txt', 'koi8r-ru.txt', 'koi8r-short.txt', 'sjis-ja.txt', 'broken-utf8.txt'];

describe('decodeFileBytes', () => {
  const files = readdirSync(directory).filter((name) => !name.endsWith('.md') && !name.endsWith('.sh'));

  it.each(files)('%s: decodes as decodeText does', async (name) => {
    const bytes = readFileSync(`${directory}/${name}`);
    expect(await decodeFileBytes(bytes)).toEqual(decodeText(bytes));
  });

  it('leaves exactly the code-page files (and damaged UTF-8) to the detector', () => {
    const codePage = files.filter((name) => decodeUnicode(readFileSync(`${directory}/${name}`)) === 'code page');
    expect(codePage.sort()).toEqual([...CODE_PAGE_FILES].sort());
  });
});
