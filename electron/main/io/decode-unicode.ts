/**
 * The Unicode part of reading a text file: byte-order marks, UTF-16 without a BOM (by its NUL or constant high-byte
 * pattern), binary files, and strict UTF-8. Files in an older code page are left to decode-text.ts, which loads the
 * charset detector only then: most files are Unicode, and the detector costs a command's start-up as much as
 * reading a book.
 */
import { isUtf8, transcode } from 'node:buffer';

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
 * How often each byte value occurs at the even and at the odd offsets of a sample's byte pairs, and its last byte when
 * its length is odd (-1 otherwise): what both the UTF-16 pattern and the binary check read, counted in one pass, two
 * bytes a step. It runs before any other code of a command is warm, over 256 KB per file: three separate byte loops
 * took about 14 ms on a pair of book-length files.
 */
interface ByteCounts {
  readonly even: Uint32Array;
  readonly odd: Uint32Array;
  readonly pairs: number;
  readonly last: number;
}

function countBytes(sample: Uint8Array): ByteCounts {
  const even = new Uint32Array(256);
  const odd = new Uint32Array(256);
  const pairs = Math.floor(sample.length / 2);
  for (let index = 0; index < pairs * 2; index += 2) {
    even[sample[index] as number]++;
    odd[sample[index + 1] as number]++;
  }
  return { even, odd, pairs, last: sample.length % 2 === 1 ? (sample[sample.length - 1] as number) : -1 };
}

/**
 * UTF-16 without a BOM: one byte of each pair (the high byte) is nearly constant — 0x00 for Latin text,
 * 0x04 for Cyrillic — while the other varies. Returns the byte order, or undefined.
 */
function utf16Order(sample: Uint8Array, counts: ByteCounts): 'utf-16le' | 'utf-16be' | undefined {
  const { pairs } = counts;
  if (pairs < 8) return undefined;
  const share = (parity: Uint32Array): { top: number; nul: number } => ({ top: Math.max(...parity) / pairs, nul: (parity[0] as number) / pairs });
  const even = share(counts.even);
  const odd = share(counts.odd);
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

/** Control bytes that text does not hold (NUL aside): all below 0x20 but tab, line feed, form feed, carriage return, escape. */
const CONTROL_BYTES: readonly number[] = Array.from({ length: 0x1f }, (_, index) => index + 1).filter((byte) => ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(byte));

/** A known binary format, a NUL byte, or more than 1 % control bytes. */
function looksBinary(sample: Uint8Array, counts: ByteCounts): boolean {
  if (BINARY_MAGIC.some((magic) => startsWith(sample, magic))) return true;
  const { even, odd, last } = counts;
  if ((even[0] as number) + (odd[0] as number) > 0 || last === 0) return true;
  let control = CONTROL_BYTES.includes(last) ? 1 : 0;
  for (const byte of CONTROL_BYTES) control += (even[byte] as number) + (odd[byte] as number);
  return control > sample.length * 0.01;
}

/**
 * Decodes Unicode bytes: with a byte-order mark, UTF-16 without one, or strict UTF-8; "binary" or "undecodable" when
 * they are not text Sverka can read, "code page" when they may be text in an older 8-bit or East Asian encoding.
 */
export function decodeUnicode(bytes: Uint8Array): DecodedText | DecodeFailure | 'code page' {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strictUtf8(bytes.subarray(3));
    return text === undefined ? 'undecodable' : { text: normalizeNewlines(text), encoding: 'utf-8', bom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return 'undecodable';
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le', true);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be', true);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const counts = countBytes(sample);
  const order = utf16Order(sample, counts);
  if (order !== undefined) return decodeUtf16(bytes, order, false);
  if (looksBinary(sample, counts)) return utf16WithoutPattern(bytes, sample) ?? 'binary';
  const text = strictUtf8(bytes);
  return text === undefined ? 'code page' : { text: normalizeNewlines(text), encoding: 'utf-8', bom: false };
}

/**
 * Strict UTF-8 as text (what `new TextDecoder('utf-8', { fatal: true })` gives, a leading byte-order mark dropped);
 * undefined when the bytes are not well-formed UTF-8. Checked by `isUtf8` and converted by ICU's transcoder, three
 * times faster than TextDecoder on Cyrillic text here (25 -> 7 ms for 2 MB of Russian); TextDecoder where Node was
 * built without ICU.
 */
function strictUtf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  let text: string;
  try {
    text = transcode(bytes, 'utf8', 'ucs2').toString('ucs2');
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
