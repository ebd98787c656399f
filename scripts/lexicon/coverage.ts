// Measures how much of a bench data set the shipped lexicons cover: the share of source content words with a
// lexicon entry, and of gold 1-1 pairs where some translation of a source word occurs in the target (against the
// same rate for a random target sentence of the same document, which is what the aligner must beat).
// Run: node --import tsx scripts/lexicon/coverage.ts [--bench ../shared/bench] [--prefix 5]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import type { Lexicon } from '../../shared/lexicon/lexicon';
import { contentKeys } from '../../shared/lexicon/content-keys';
import type { LangCode } from '../../shared/types';

const DATA_SETS: ReadonlyArray<readonly [string, LangCode, LangCode]> = [
  ['wmt22_en_ru', 'en', 'ru'],
  ['textberg_dev', 'de', 'fr'],
  ['mac_dev_zh_en', 'zh', 'en'],
];

function keysOf(sentence: string, lang: LangCode, lexicon: Lexicon): string[] {
  return contentKeys(sentence, lang, lexicon).map((content) => content.key);
}

function parseGold(text: string): Array<readonly [number[], number[]]> {
  return text.split('\n').filter((line) => line.trim()).map((line) => {
    const [src, tgt] = line.split(':').map((side) => JSON.parse(side) as number[]);
    return [src, tgt] as const;
  });
}

/** True when some translation of the source key is among the target keys. */
function hit(lexicon: Lexicon, key: string, target: ReadonlySet<string>, prefix: number): boolean {
  for (const translation of lexicon.translationsOf(key) ?? []) {
    if (target.has(translation)) return true;
    if (prefix > 0 && translation.length >= prefix) {
      for (const other of target) {
        if (other.length >= prefix && (other.startsWith(translation) || translation.startsWith(other))) return true;
      }
    }
  }
  return false;
}

/** Source words with an entry, and how many of them have a translation in the target. */
function wordHits(lexicon: Lexicon, source: readonly string[], target: ReadonlySet<string>, prefix: number): [number, number] {
  const known = source.filter((key) => lexicon.translationsOf(key) !== undefined);
  return [known.length, known.filter((key) => hit(lexicon, key, target, prefix)).length];
}

function measure(folder: string, srcLang: LangCode, tgtLang: LangCode, prefix: number): void {
  const lexicon = loadLexicon(srcLang, tgtLang);
  if (!lexicon) {
    console.log(`${folder}: no ${srcLang}-${tgtLang} lexicon`);
    return;
  }
  let words = 0;
  let covered = 0;
  let pairs = 0;
  let pairHits = 0;
  let randomHits = 0;
  let knownWords = 0;
  let goldWordHits = 0;
  let randomWordHits = 0;
  let seed = 12345;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const stems = readdirSync(folder).filter((name) => name.endsWith('.gold')).map((name) => name.slice(0, -5)).sort();
  for (const stem of stems) {
    const read = (ext: string): string[] => readFileSync(join(folder, `${stem}.${ext}`), 'utf8').split('\n');
    const source = read('src').map((line) => keysOf(line, srcLang, lexicon));
    const target = read('tgt').map((line) => new Set(keysOf(line, tgtLang, lexicon)));
    for (const keys of source) {
      words += keys.length;
      covered += keys.filter((key) => lexicon.translationsOf(key) !== undefined).length;
    }
    for (const [src, tgt] of parseGold(readFileSync(join(folder, `${stem}.gold`), 'utf8'))) {
      if (src.length !== 1 || tgt.length !== 1) continue;
      pairs++;
      const [known, goldHits] = wordHits(lexicon, source[src[0]], target[tgt[0]], prefix);
      const [, randomWordHit] = wordHits(lexicon, source[src[0]], target[random(target.length)], prefix);
      knownWords += known;
      goldWordHits += goldHits;
      randomWordHits += randomWordHit;
      if (goldHits > 0) pairHits++;
      if (randomWordHit > 0) randomHits++;
    }
  }
  const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;
  console.log(
    `${folder} (${srcLang}-${tgtLang}, lexicon ${lexicon.size} keys): source content words with an entry ` +
      `${percent(covered, words)} of ${words}; gold 1-1 pairs with a lexicon hit ${percent(pairHits, pairs)} ` +
      `of ${pairs} (random target sentence: ${percent(randomHits, pairs)}); source words with an entry whose ` +
      `translation is in the gold target ${percent(goldWordHits, knownWords)} (random: ${percent(randomWordHits, knownWords)})`,
  );
}

/**
 * Prints the coverage figures for each data set under `benchDir`. With `prefix` N > 0, a translation also hits a
 * target key when one starts with the other and both have N letters or more.
 */
export function printCoverage(benchDir: string, prefix = 0): void {
  for (const [name, src, tgt] of DATA_SETS) {
    const folder = join(benchDir, name);
    if (existsSync(folder)) measure(folder, src, tgt, prefix);
    else console.log(`${name}: ${folder} not found, skipped`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: { bench: { type: 'string', default: '../shared/bench' }, prefix: { type: 'string', default: '0' } },
  });
  printCoverage(resolve(values.bench), Number(values.prefix));
}
