/**
 * Turns the bytes of a text file into a string: Unicode first (decode-unicode.ts), then 8-bit code pages chosen by
 * letter statistics (single-byte-score.ts), with jschardet consulted for multi-byte East Asian and other code pages.
 * Readers that want the detector loaded only for such files call decodeUnicode and import this module when it says
 * "code page".
 */
import iconv from 'iconv-lite';
import jschardet, { type DetectionResult } from 'jschardet';
import { decodeUnicode, normalizeNewlines, plausibleText, SAMPLE_BYTES, type DecodedText, type DecodeFailure } from './decode-unicode';
import { singleByteScore } from './single-byte-score';

export type { DecodedText, DecodeFailure } from './decode-unicode';

/** How many bytes jschardet and the letter statistics look at: plenty to decide, and fast. */
const STATISTICS_BYTES = 32 * 1024;
/** jschardet is slow on large inputs; a few kilobytes are enough for its proposals. */
const DETECTOR_BYTES = 8 * 1024;

/** Single-byte code pages tried when the bytes are not UTF-8, in order of preference on a tie. */
const SINGLE_BYTE_CANDIDATES: readonly string[] = ['windows-1251', 'koi8-r', 'windows-1252', 'ibm866', 'koi8-u', 'iso-8859-5'];

/** Multi-byte East Asian encodings jschardet can name: iconv-lite's name and the language the text must look like. */
const MULTI_BYTE_DETECTIONS: Readonly<Record<string, readonly [string, 'ja' | 'zh' | 'ko']>> = {
  shift_jis: ['shift_jis', 'ja'], cp932: ['cp932', 'ja'], 'euc-jp': ['euc-jp', 'ja'], gb2312: ['gb18030', 'zh'],
  gb18030: ['gb18030', 'zh'], big5: ['big5', 'zh'], 'euc-tw': ['big5', 'zh'], 'euc-kr': ['euc-kr', 'ko'], cp949: ['cp949', 'ko'],
};

/** The most frequent Chinese characters and Hangul syllables: a quarter of real text, rare in a misreading. */
const FREQUENT_HAN = new Set([...'的一是不了人我在有他这中大来上个们到说和国地也子时道出而要于就下得可你年生会自着去之过家学对小多然天都']);
const FREQUENT_HANGUL = new Set([...'이다는의에을가고하지기서로한도리자사일나요그수있어게아시것들보를은대해으니내면했']);

/**
 * Cyrillic or accented Latin bytes also decode "cleanly" as Chinese or Korean, so a multi-byte decoding must
 * look like its language: Japanese has kana, Chinese has full-width punctuation and its most frequent
 * characters, Korean is mostly Hangul with its most frequent syllables.
 */
function looksEastAsian(text: string, language: 'ja' | 'zh' | 'ko'): boolean {
  const count = (pattern: RegExp): number => (text.match(pattern) ?? []).length;
  const han = count(/\p{Script=Han}/gu);
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const hangul = count(/\p{Script=Hangul}/gu);
  const total = han + kana + hangul;
  if (total < 4) return false;
  switch (language) {
    case 'ja':
      // Hiragana, not half-width katakana: Cyrillic IBM866 bytes read as Shift_JIS turn into the latter.
      return count(/\p{Script=Hiragana}/gu) >= total * 0.15;
    case 'ko':
      return hangul >= total * 0.7 && [...text].filter((char) => FREQUENT_HANGUL.has(char)).length >= hangul * 0.15;
    case 'zh':
      return (
        kana + hangul < total * 0.05 &&
        count(/[\u3000-\u303f\uff01-\uff1f]/gu) >= total * 0.02 &&
        [...text].filter((char) => FREQUENT_HAN.has(char)).length >= han * 0.08
      );
  }
}

/** Single-byte code pages jschardet can name beyond the default candidates; they join the letter-statistics contest. */
const SINGLE_BYTE_DETECTIONS: Readonly<Record<string, string>> = {
  'iso-8859-7': 'iso-8859-7', 'windows-1253': 'windows-1253', 'iso-8859-8': 'iso-8859-8', 'windows-1255': 'windows-1255',
  'tis-620': 'tis-620', 'iso-8859-2': 'iso-8859-2', 'windows-1250': 'windows-1250', 'iso-8859-9': 'iso-8859-9',
  'windows-1254': 'windows-1254', 'windows-1257': 'windows-1257', 'maccyrillic': 'maccyrillic',
};

/** jschardet proposals below this confidence are ignored. */
const MIN_DETECTOR_CONFIDENCE = 0.2;

/** Score head start of the code page jschardet ranks first (scores are per non-ASCII character). */
const DETECTOR_BONUS = 0.3;

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

/** jschardet's proposals for the first DETECTOR_BYTES (cut at a line end), the confident ones only. */
function detect(sample: Uint8Array): DetectionResult[] {
  let head = sample;
  if (sample.length > DETECTOR_BYTES) {
    const newline = sample.lastIndexOf(0x0a, DETECTOR_BYTES);
    head = sample.subarray(0, newline > DETECTOR_BYTES / 2 ? newline + 1 : DETECTOR_BYTES);
  }
  return jschardet.detectAll(head).filter((detection) => detection.confidence >= MIN_DETECTOR_CONFIDENCE);
}

/** A multi-byte East Asian decoding jschardet proposes, kept when it decodes without a replacement character. */
function decodeMultiByte(bytes: Uint8Array, sample: Uint8Array): DecodedText | undefined {
  for (const detection of detect(sample)) {
    const known = detection.encoding === null ? undefined : MULTI_BYTE_DETECTIONS[detection.encoding.toLowerCase()];
    if (known === undefined || !iconv.encodingExists(known[0])) continue;
    const [encoding, language] = known;
    const head = iconv.decode(Buffer.from(sample), encoding);
    if (head.includes('\ufffd') || !plausibleText(head) || !looksEastAsian(head, language)) continue;
    const text = iconv.decode(Buffer.from(bytes), encoding);
    if (!text.includes('\ufffd')) return { text: normalizeNewlines(text), encoding, bom: false };
  }
  return undefined;
}

/** The single-byte code page whose decoding has the most plausible letters (single-byte-score.ts). */
function decodeSingleByte(bytes: Uint8Array, sample: Uint8Array): DecodedText | DecodeFailure {
  const detections = detect(sample);
  const suggested = detections
    .map((detection) => (detection.encoding === null ? undefined : SINGLE_BYTE_DETECTIONS[detection.encoding.toLowerCase()]))
    .filter((encoding): encoding is string => encoding !== undefined && iconv.encodingExists(encoding));
  // jschardet's first choice gets a small head start: it settles near ties (a single short word), never a clear
  // case. It goes to every code page that decodes the sample to the same text (KOI8-U reads Russian as KOI8-R does).
  const firstName = detections[0]?.encoding?.toLowerCase();
  const first = firstName === undefined ? undefined : (SINGLE_BYTE_DETECTIONS[firstName] ?? firstName);
  const firstText = first !== undefined && iconv.encodingExists(first) ? iconv.decode(Buffer.from(sample), first) : undefined;
  let best: { encoding: string; score: number } | undefined;
  for (const encoding of new Set([...SINGLE_BYTE_CANDIDATES, ...suggested])) {
    const text = iconv.decode(Buffer.from(sample), encoding);
    const score = singleByteScore(text) + (text === firstText ? DETECTOR_BONUS : 0);
    if (best === undefined || score > best.score + 1e-9) best = { encoding, score };
  }
  if (best === undefined || best.score <= 0) return 'undecodable';
  return { text: normalizeNewlines(iconv.decode(Buffer.from(bytes), best.encoding)), encoding: best.encoding, bom: false };
}

/** The first STATISTICS_BYTES, cut at a line end so that no multi-byte character is split. */
function statisticsSample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= STATISTICS_BYTES) return bytes;
  const newline = bytes.lastIndexOf(0x0a, STATISTICS_BYTES);
  return bytes.subarray(0, newline > STATISTICS_BYTES / 2 ? newline + 1 : STATISTICS_BYTES);
}

/** Decodes the bytes of a text file; "binary" or "undecodable" when they are not text Sverka can read. */
export function decodeText(bytes: Uint8Array): DecodedText | DecodeFailure {
  const unicode = decodeUnicode(bytes);
  return unicode === 'code page' ? decodeCodePage(bytes) : unicode;
}

/** Decodes bytes that are not Unicode (decodeUnicode said "code page"). */
export function decodeCodePage(bytes: Uint8Array): DecodedText | DecodeFailure {
  // East Asian multi-byte encodings first; then mostly well-formed UTF-8 sequences with a few broken ones is
  // damaged UTF-8, not a code page.
  const multiByte = decodeMultiByte(bytes, statisticsSample(bytes));
  if (multiByte !== undefined) return multiByte;
  const structure = utf8Structure(bytes.subarray(0, SAMPLE_BYTES));
  if (structure.valid > 0 && structure.valid >= 4 * structure.invalid) return 'undecodable';
  return decodeSingleByte(bytes, statisticsSample(bytes));
}

/**
 * Decodes bytes in an encoding a file names itself (an XML declaration's `encoding`); undefined when iconv-lite does
 * not know the name.
 */
export function decodeNamedEncoding(bytes: Uint8Array, encoding: string): string | undefined {
  return iconv.encodingExists(encoding) ? iconv.decode(Buffer.from(bytes), encoding) : undefined;
}
