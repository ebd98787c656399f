import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../electron/main/io/decode-text';

const encoding = (bytes: Uint8Array): string => {
  const result = decodeText(bytes);
  return typeof result === 'string' ? result : result.encoding;
};

describe('decodeText', () => {
  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(Buffer.from('Hello.\n'))).toEqual({ text: 'Hello.\n', encoding: 'utf-8', bom: false });
  });

  it('does not take a few bytes of text for UTF-16', () => {
    expect(encoding(Buffer.from(' \n\t\n'))).toBe('utf-8');
    expect(encoding(Buffer.from('abababababababababab'))).toBe('utf-8');
  });

  it('rejects UTF-16 with a BOM and an odd number of bytes', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toBe('undecodable');
  });

  it('rejects bytes no code page makes plausible text of', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const bytes = Uint8Array.from({ length: 2000 }, (_, index) => (index % 7 === 6 ? 0x20 : 0x80 + Math.floor(random() * 128)));
    expect(decodeText(bytes)).toBe('undecodable');
  });

  it('reads upper-case Russian in Windows-1251 and in KOI8-R', () => {
    const text = 'ЗАЯВЛЕНИЕ МИНИСТРА ИНОСТРАННЫХ ДЕЛ РОССИЙСКОЙ ФЕДЕРАЦИИ';
    expect(decodeText(iconv.encode(text, 'windows-1251'))).toMatchObject({ text, encoding: 'windows-1251' });
    expect(decodeText(iconv.encode(text, 'koi8-r'))).toMatchObject({ text, encoding: 'koi8-r' });
  });

  it('reads accented Latin in Windows-1252 rather than as Cyrillic or Chinese', () => {
    for (const text of ['Un café, s’il vous plaît.', 'naïve façade', 'Grüße aus München']) {
      expect(decodeText(iconv.encode(text, 'windows-1252'))).toMatchObject({ text, encoding: 'windows-1252' });
    }
  });

  it('reads UTF-16 Chinese without a BOM', () => {
    const text = '昨天和今天，我与欧安组织领导人举行了会谈。';
    expect(decodeText(iconv.encode(text, 'utf-16le'))).toMatchObject({ text, encoding: 'utf-16le' });
  });

  it('recognises binary formats by their magic numbers', () => {
    expect(decodeText(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe('binary');
    expect(decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe('binary');
  });
});
