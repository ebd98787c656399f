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

/** ASCII text of `length` bytes with the given bytes put at the given offsets. */
function textWith(length: number, put: Readonly<Record<number, number>> = {}): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index++) bytes[index] = index % 7 === 6 ? 0x20 : 0x61 + (index % 26);
  for (const [offset, byte] of Object.entries(put)) bytes[Number(offset)] = byte;
  return bytes;
}

// The UTF-16 and binary checks read byte counts taken two bytes a step: the last byte of an odd-length sample and
// the 1 % bound on control bytes are where such counting slips.
describe('decodeUnicode: binary files and UTF-16 without a BOM', () => {
  it('calls a file binary for a NUL byte anywhere, the last byte of an odd length included', () => {
    expect(typeof decodeUnicode(textWith(1001))).toBe('object');
    expect(decodeUnicode(textWith(1001, { 1000: 0 }))).toBe('binary');
    expect(decodeUnicode(textWith(1000, { 999: 0 }))).toBe('binary');
    expect(decodeUnicode(textWith(1000, { 0: 0x61, 1: 0 }))).toBe('binary');
  });

  it('calls a file binary above 1 % of control bytes (tab, line breaks, form feed and escape are text)', () => {
    const controls = (count: number, last = false): Record<number, number> =>
      Object.fromEntries(Array.from({ length: count }, (_, k) => [last && k === count - 1 ? 1000 : 10 + 37 * k, k % 2 === 0 ? 0x01 : 0x1f]));
    expect(typeof decodeUnicode(textWith(1000, controls(10)))).toBe('object');
    expect(decodeUnicode(textWith(1000, controls(11)))).toBe('binary');
    expect(typeof decodeUnicode(textWith(1001, controls(10, true)))).toBe('object');
    expect(decodeUnicode(textWith(1001, controls(11, true)))).toBe('binary');
    const textControls = Object.fromEntries([0x09, 0x0a, 0x0c, 0x0d, 0x1b].flatMap((byte, k) => Array.from({ length: 10 }, (_, j) => [5 + 50 * k + 3 * j, byte])));
    expect(typeof decodeUnicode(textWith(1000, textControls))).toBe('object');
  });

  it('reads UTF-16 by its constant high byte in either order, odd lengths included', () => {
    const text = 'Сверка перевода с оригиналом, sentence by sentence. '.repeat(20);
    const little = Buffer.from(text, 'utf16le');
    const big = Buffer.from(little).swap16();
    expect(decodeUnicode(little)).toEqual({ text, encoding: 'utf-16le', bom: false });
    expect(decodeUnicode(big)).toEqual({ text, encoding: 'utf-16be', bom: false });
    expect(decodeUnicode(Buffer.concat([little, Buffer.from([0x41])]))).toBe('undecodable');
  });
});

describe('strict UTF-8', () => {
  /** What the WHATWG decoder in fatal mode makes of the bytes (a leading byte-order mark read as one). */
  function reference(bytes: Uint8Array): string {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes).replace(/\r\n?/g, '\n');
    } catch {
      return bom ? 'undecodable' : 'code page';
    }
  }

  it('is what TextDecoder in fatal mode reads, on random mixes of valid and broken sequences', () => {
    const pieces: number[][] = [
      [0x61], [0x20], [0x0a], [0x0d, 0x0a], [0xd1, 0x91], [0xd0, 0x96], [0xe2, 0x80, 0x94], [0xf0, 0x9d, 0x90, 0x80], [0xef, 0xbb, 0xbf],
      // Overlong, a surrogate, above U+10FFFF, a lone continuation byte, a truncated sequence.
      [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xe2, 0x82],
    ];
    let seed = 9;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 0x1000000;
    const differing: string[] = [];
    let valid = 0;
    for (let k = 0; k < 3000; k++) {
      // A byte-order mark may start the file, and follow it again (TextDecoder drops only the first).
      const bytes: number[] = next() < 0.3 ? [0xef, 0xbb, 0xbf] : [];
      const length = 1 + Math.floor(next() * 12);
      for (let n = 0; n < length; n++) bytes.push(...(pieces[Math.floor(next() * (next() < 0.7 ? 9 : pieces.length))] as number[]));
      const input = Uint8Array.from(bytes);
      const decoded = decodeUnicode(input);
      // Without a byte-order mark, short mixes may read as UTF-16, binary or damaged before UTF-8 is tried: those
      // are other tests' business.
      const bom = input[0] === 0xef;
      if (!bom && (decoded === 'binary' || decoded === 'undecodable' || (typeof decoded !== 'string' && decoded.encoding !== 'utf-8'))) continue;
      const text = typeof decoded === 'string' ? decoded : decoded.text;
      if (typeof decoded !== 'string') valid += 1;
      if (text !== reference(input)) differing.push(Buffer.from(input).toString('hex'));
    }
    expect(differing).toEqual([]);
    expect(valid).toBeGreaterThan(500);
  });
});
