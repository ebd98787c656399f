// The bytes of a shipped lexicon file (resources/lexicons/<src>-<tgt>.tsv.gz): gzip of the lexicon text, in UTF-8, or
// in UTF-16LE with a byte-order mark when most of the text is not ASCII. Node turns UTF-16LE bytes into a string with
// a copy, while UTF-8 outside ASCII is decoded character by character: for en-ru (three quarters Cyrillic) loading
// takes 12 ms less, for zh-en 6 ms less; files of Latin-script pairs stay UTF-8 (twice the bytes to inflate there
// would cost more than their decoding, which takes the ASCII fast path).
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzipSync } from 'node:zlib';

/** Share of non-ASCII characters from which a lexicon file is written in UTF-16LE. */
const UTF16_FROM_SHARE = 0.1;

const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

function nonAsciiShare(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7f) count += 1;
  return text.length === 0 ? 0 : count / text.length;
}

/** The encoding a lexicon text is written in (see the file comment). */
export function lexiconFileEncoding(text: string): 'utf8' | 'utf16le' {
  return nonAsciiShare(text) >= UTF16_FROM_SHARE ? 'utf16le' : 'utf8';
}

/** The file bytes of a lexicon text: encoded as `lexiconFileEncoding` says, then gzipped. */
export function lexiconFileBytes(text: string): Buffer {
  const encoded = lexiconFileEncoding(text) === 'utf16le' ? Buffer.concat([UTF16LE_BOM, Buffer.from(text, 'utf16le')]) : Buffer.from(text, 'utf8');
  return gzipSync(encoded, { level: 9 });
}

function decodeLexiconText(raw: Buffer): string {
  return raw[0] === 0xff && raw[1] === 0xfe ? raw.toString('utf16le', 2) : raw.toString('utf8');
}

/** The lexicon text of a file's bytes: gunzipped, then read as UTF-16LE after its byte-order mark, else as UTF-8. */
export function lexiconFileText(bytes: Uint8Array): string {
  return decodeLexiconText(gunzipSync(bytes));
}

const gunzipInPool = promisify(gunzip);

/**
 * `lexiconFileText` with the inflating done in libuv's thread pool, off the calling thread. In one piece: zlib's
 * default 16 KB chunks each come back to the calling thread, which is busy meanwhile (with them the whole load took
 * longer than inflating on the calling thread).
 */
export async function lexiconFileTextAsync(bytes: Uint8Array): Promise<string> {
  return decodeLexiconText(await gunzipInPool(bytes, { chunkSize: 8 << 20 }));
}
