/**
 * The Unicode part of reading a text file: byte-order marks, UTF-16 without a BOM (by its NUL or constant high-byte
 * pattern), binary files, and strict UTF-8. Files in an older code page are left to decode-text.ts, which loads the
 * charset detector only then: most files are Unicode, and the detector costs a command's start-up as much as
 * reading a book.
 */

/** A successful decoding. */
export interface DecodedText {
  readonly text: string;
  /** Canonical encoding name: "utf-8", "utf-16le", "windows-1251", "koi8-r"… */
  readonly encoding: string;
  readonly bom: boolean;
}

/** Why bytes could not be decoded as text. */
export type DecodeFailure = 'binary' | 'undecodable';

/** How many bytes the structural checks (UTF-16 pattern, binary, UTF-8 damage) look at. */
export const SAMPLE_BYTES = 256 * 1024;

/** Magic numbers of common binary formats a user might pick by mistake. */
const BINARY_MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // zip, docx, odt, epub
  [0x89, 0x50, 0x4e, 0x47], // png
  [0xff, 0xd8, 0xff], // jpeg
  [0x47, 0x49, 0x46, 0x38], // gif
  [0x7f, 0x45, 0x4c, 0x46], // elf
  [0xd0, 0xcf, 0x11, 0xe0], // ole2 (doc, xls)
  [0x1f, 0x8b], // gzip
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], // SQLite
];

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** Newlines as "\n" so offsets mean the same on every platform. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodedText | DecodeFailure {
  const body = bytes.subarray(bom ? 2 : 0);
  if (body.length % 2 !== 0) return 'undecodable';
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(body);
    return { text: normalizeNewlines(text), encoding, bom };
  } catch {
    return 'undecodable';
  }
}

/**
 * UTF-16 without a BOM: one byte of each pair (the high byte) is nearly constant — 0x00 for Latin text,
 * 0x04 for Cyrillic — while the other varies. Returns the byte order, or undefined.
 */
function utf16Order(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 8) return undefined;
  const share = (parity: number): { top: number; nul: number } => {
    const counts = new Uint32Array(256);
    for (let index = parity; index < pairs * 2; index += 2) counts[sample[index] ?? 0]++;
    return { top: Math.max(...counts) / pairs, nul: (counts[0] ?? 0) / pairs };
  };
  const even = share(0);
  const odd = share(1);
  // Little endian: high bytes at odd offsets.
  const order =
    odd.top >= 0.5 && odd.top > even.top + 0.2 && even.nul < 0.01
      ? 'utf-16le'
      : even.top >= 0.5 && even.top > odd.top + 0.2 && odd.nul < 0.01
        ? 'utf-16be'
        : undefined;
  return order !== undefined && plausibleText(new TextDecoder(order).decode(sample.subarray(0, pairs * 2))) ? order : undefined;
}

/**
 * UTF-16 without a BOM in a script whose high byte varies (Chinese, Japanese, Korean): the bytes look binary,
 * but one byte order decodes to plausible text. Plain ASCII never gets here (it has no high bytes).
 */
function utf16WithoutPattern(bytes: Uint8Array, sample: Uint8Array): DecodedText | undefined {
  if (bytes.length % 2 !== 0 || sample.length < 16 || sample.some((byte) => byte === 0)) return undefined;
  const high = sample.filter((byte) => byte >= 0x80).length;
  if (high < sample.length * 0.2) return undefined;
  const plausible = (['utf-16le', 'utf-16be'] as const).filter((order) => {
    try {
      return plausibleText(new TextDecoder(order, { fatal: true }).decode(sample.subarray(0, sample.length & ~1)));
    } catch {
      return false;
    }
  });
  if (plausible.length !== 1) return undefined;
  const decoded = decodeUtf16(bytes, plausible[0] ?? 'utf-16le', false);
  return typeof decoded === 'string' ? undefined : decoded;
}

/** Mostly letters, digits, punctuation and spaces: what a real decoding looks like. */
export function plausibleText(text: string): boolean {
  const chars = [...text];
  const ordinary = chars.filter((char) => /[\p{L}\p{N}\p{P}\p{Zs}\p{Sc}\p{Sm}\n\r\t]/u.test(char)).length;
  return ordinary >= chars.length * 0.95;
}

function looksBinary(sample: Uint8Array): boolean {
  if (BINARY_MAGIC.some((magic) => startsWith(sample, magic))) return true;
  let control = 0;
  for (let index = 0; index < sample.length; index++) {
    const byte = sample[index] as number;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  return control > sample.length * 0.01;
}

/**
 * Decodes Unicode bytes: with a byte-order mark, UTF-16 without one, or strict UTF-8; "binary" or "undecodable" when
 * they are not text Sverka can read, "code page" when they may be text in an older 8-bit or East Asian encoding.
 */
export function decodeUnicode(bytes: Uint8Array): DecodedText | DecodeFailure | 'code page' {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    try {
      return { text: normalizeNewlines(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3))), encoding: 'utf-8', bom: true };
    } catch {
      return 'undecodable';
    }
  }
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return 'undecodable';
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le', true);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be', true);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const order = utf16Order(sample);
  if (order !== undefined) return decodeUtf16(bytes, order, false);
  if (looksBinary(sample)) return utf16WithoutPattern(bytes, sample) ?? 'binary';
  try {
    return { text: normalizeNewlines(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8', bom: false };
  } catch {
    return 'code page';
  }
}
