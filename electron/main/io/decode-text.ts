/**
 * Turns the bytes of a text file into a string: byte-order marks, UTF-16 without a BOM (by its NUL or
 * constant high-byte pattern), strict UTF-8, then 8-bit code pages chosen by letter statistics
 * (single-byte-score.ts), with jschardet consulted for multi-byte East Asian and other code pages.
 */
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { singleByteScore } from './single-byte-score';

/** A successful decoding. */
export interface DecodedText {
  readonly text: string;
  /** Canonical encoding name: "utf-8", "utf-16le", "windows-1251", "koi8-r"… */
  readonly encoding: string;
  readonly bom: boolean;
}

/** Why bytes could not be decoded as text. */
export type DecodeFailure = 'binary' | 'undecodable';

/** How many bytes the detectors look at. */
const SAMPLE_BYTES = 256 * 1024;

/** Single-byte code pages tried when the bytes are not UTF-8, in order of preference on a tie. */
const SINGLE_BYTE_CANDIDATES = ['windows-1251', 'koi8-r', 'windows-1252', 'ibm866', 'koi8-u', 'iso-8859-5'] as const;

/** Encodings jschardet names that Sverka accepts when it is confident (multi-byte and non-Cyrillic code pages). */
const TRUSTED_DETECTIONS: Readonly<Record<string, string>> = {
  'shift_jis': 'shift_jis', 'euc-jp': 'euc-jp', 'gb2312': 'gb18030', 'gb18030': 'gb18030', 'big5': 'big5',
  'euc-kr': 'euc-kr', 'euc-tw': 'big5', 'iso-8859-7': 'iso-8859-7', 'windows-1253': 'windows-1253',
  'iso-8859-8': 'iso-8859-8', 'windows-1255': 'windows-1255', 'tis-620': 'tis-620', 'iso-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
};

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

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** Newlines as "\n" so offsets mean the same on every platform. */
function normalizeNewlines(text: string): string {
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
  if (pairs < 2) return undefined;
  const share = (parity: number): { top: number; nul: number } => {
    const counts = new Uint32Array(256);
    for (let index = parity; index < pairs * 2; index += 2) counts[sample[index] ?? 0]++;
    return { top: Math.max(...counts) / pairs, nul: (counts[0] ?? 0) / pairs };
  };
  const even = share(0);
  const odd = share(1);
  // Little endian: high bytes at odd offsets.
  if (odd.top >= 0.5 && odd.top > even.top + 0.2 && even.nul < 0.01) return 'utf-16le';
  if (even.top >= 0.5 && even.top > odd.top + 0.2 && odd.nul < 0.01) return 'utf-16be';
  return undefined;
}

function looksBinary(sample: Uint8Array): boolean {
  if (BINARY_MAGIC.some((magic) => startsWith(sample, magic))) return true;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  return control > sample.length * 0.01;
}

/** UTF-8 structure: how many multi-byte sequences are well formed versus broken. */
function utf8Structure(sample: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let index = 0;
  while (index < sample.length) {
    const byte = sample[index] ?? 0;
    if (byte < 0x80) {
      index++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && index + length <= sample.length;
    for (let offset = 1; ok && offset < length; offset++) ok = ((sample[index + offset] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      index += length;
    } else {
      // A sequence cut off by the end of the sample is not evidence either way.
      if (!(length > 0 && index + length > sample.length)) invalid++;
      index++;
    }
  }
  return { valid, invalid };
}

function decodeSingleByte(bytes: Uint8Array, sample: Uint8Array): DecodedText | DecodeFailure {
  const detected = jschardet.detect(sample);
  const trusted = detected.encoding === null ? undefined : TRUSTED_DETECTIONS[detected.encoding.toLowerCase()];
  if (trusted !== undefined && detected.confidence >= 0.8 && iconv.encodingExists(trusted)) {
    return { text: normalizeNewlines(iconv.decode(Buffer.from(bytes), trusted)), encoding: trusted, bom: false };
  }
  let best: { encoding: string; score: number } | undefined;
  for (const encoding of SINGLE_BYTE_CANDIDATES) {
    const score = singleByteScore(iconv.decode(Buffer.from(sample), encoding));
    if (best === undefined || score > best.score + 1e-9) best = { encoding, score };
  }
  if (best === undefined || best.score <= 0) return 'undecodable';
  return { text: normalizeNewlines(iconv.decode(Buffer.from(bytes), best.encoding)), encoding: best.encoding, bom: false };
}

/** Decodes the bytes of a text file; "binary" or "undecodable" when they are not text Sverka can read. */
export function decodeText(bytes: Uint8Array): DecodedText | DecodeFailure {
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
  if (looksBinary(sample)) return 'binary';
  try {
    return { text: normalizeNewlines(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8', bom: false };
  } catch {
    // Not UTF-8: mostly well-formed multi-byte sequences with a few broken ones is damaged UTF-8, not a code page.
    const structure = utf8Structure(sample);
    if (structure.valid > 0 && structure.valid >= 4 * structure.invalid) return 'undecodable';
  }
  return decodeSingleByte(bytes, sample);
}
