// Reads a dictd database (`NAME.index` + `NAME.dict.dz`) as installed by Debian's dict-* packages. The index has
// one line per headword: `headword<TAB>offset<TAB>length`, the numbers in dictd's base64 digits, counting bytes of
// the uncompressed data; `.dict.dz` is dictzip, a gzip file that zlib reads whole.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** One article of a dictd database: the index headword and the article text (which repeats the headword). */
export interface DictdEntry {
  readonly headword: string;
  readonly body: string;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a dictd base64 number. */
export function decodeDictdNumber(text: string): number {
  let value = 0;
  for (const char of text) {
    const digit = DIGITS.indexOf(char);
    if (digit < 0) throw new Error(`not a dictd number: ${text}`);
    value = value * 64 + digit;
  }
  return value;
}

/** Yields the articles of the database at `basePath` (without extension), skipping dictd's `00database*` entries. */
export function* readDictd(basePath: string): Generator<DictdEntry> {
  const index = readFileSync(`${basePath}.index`, 'utf8');
  const data = gunzipSync(readFileSync(`${basePath}.dict.dz`));
  const seen = new Set<string>();
  for (const line of index.split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !offset || !length || headword.startsWith('00database') || headword.startsWith('00-database')) continue;
    // Several headwords may point at one article (alternative spellings); read each article once.
    const location = `${offset}/${length}`;
    if (seen.has(location)) continue;
    seen.add(location);
    const start = decodeDictdNumber(offset);
    const body = data.subarray(start, start + decodeDictdNumber(length)).toString('utf8');
    yield { headword, body };
  }
}
