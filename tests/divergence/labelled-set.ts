/**
 * The labelled divergence set: faithful English–Russian pairs (WMT22 sample copied into the fixtures, both
 * directions, plus hand-written culture sentences) and, made from them deterministically, cases with one
 * injected divergence each. The tests assert recall floors and the false-flag rate on it; `npm run bench`
 * prints the same figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDivergences } from '../../shared/divergence/check-divergences';
import type { Glossary } from '../../shared/glossary/glossary';
import type { Lexicon } from '../../shared/lexicon/lexicon';
import { isStopword, tokenizeWords } from '../../shared/lexicon/word-key';
import { findNumbers } from '../../shared/divergence/text/numbers';
import { spellingSimilarity } from '../../shared/divergence/text/similarity';
import type { AlignedPair, Flag, FlagKind, LangCode, Side } from '../../shared/types';
import { ACRONYM_ITEMS, CULTURE_ITEMS, WORDPLAY_ITEMS } from '../fixtures/divergence/culture-words';
import { documentFromLines } from './documents';
import { seededRandom } from '../../scripts/bench/seeded-random';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'divergence');

/** One faithful translation pair. */
export interface FaithfulPair {
  readonly en: string;
  readonly ru: string;
  readonly origin: string;
}

/** What a case expects: a flag of this kind on this side and sentence, overlapping `text` when given. */
export interface Expectation {
  readonly kind: FlagKind;
  /** Undefined when either side will do (a changed name may be reported on either). */
  readonly side?: Side;
  readonly sentence: number;
  readonly text?: string;
}

/** One labelled document: sentences, pairs, an optional glossary, and what must be flagged (nothing when faithful). */
export interface LabelledCase {
  readonly id: string;
  readonly srcLang: LangCode;
  readonly tgtLang: LangCode;
  readonly src: readonly string[];
  readonly tgt: readonly string[];
  readonly pairs: readonly AlignedPair[];
  readonly glossary?: Glossary;
  readonly expect?: Expectation;
}

/** The faithful WMT22 pairs copied into the fixtures. */
export function loadFaithfulPairs(): FaithfulPair[] {
  return readFileSync(join(FIXTURES, 'wmt22-faithful.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const [en = '', ru = '', origin = ''] = line.split('\t');
      return { en, ru, origin };
    });
}

interface Directed {
  readonly id: string;
  readonly srcLang: LangCode;
  readonly tgtLang: LangCode;
  readonly src: string;
  readonly tgt: string;
}

function directions(pairs: readonly FaithfulPair[]): Directed[] {
  return pairs.flatMap((pair) => [
    { id: `${pair.origin}/en-ru`, srcLang: 'en', tgtLang: 'ru', src: pair.en, tgt: pair.ru },
    { id: `${pair.origin}/ru-en`, srcLang: 'ru', tgtLang: 'en', src: pair.ru, tgt: pair.en },
  ]);
}

function single(pair: Directed, tgt: string, id: string, expect?: Expectation, glossary?: Glossary): LabelledCase {
  return { id, srcLang: pair.srcLang, tgtLang: pair.tgtLang, src: [pair.src], tgt: [tgt], pairs: [{ src: [0], tgt: [0], score: 1 }], ...(expect ? { expect } : {}), ...(glossary ? { glossary } : {}) };
}

function fillCulture(template: string, value: string): string {
  const filled = template.replace('{X}', value);
  return filled.replace(/,\s*([.!?])$/u, '$1').replace(/,\./gu, '.');
}

/** The faithful cases: every WMT22 pair in both directions, and the plain renderings of the culture sentences. */
export function faithfulCases(pairs: readonly FaithfulPair[]): LabelledCase[] {
  const cases = directions(pairs).map((pair) => single(pair, pair.tgt, `faithful/${pair.id}`));
  for (const [k, item] of CULTURE_ITEMS.entries()) {
    cases.push(single({ id: `culture${k}`, srcLang: 'ru', tgtLang: 'en', src: item.ru, tgt: '' }, fillCulture(item.en, item.plain), `faithful/culture${k}`));
  }
  for (const [k, item] of ACRONYM_ITEMS.entries()) {
    cases.push(single({ id: `acronym${k}`, srcLang: 'ru', tgtLang: 'en', src: item.ru, tgt: '' }, item.en.replace('{X}', item.acronym), `faithful/acronym${k}`));
  }
  return cases;
}

const GLOSS_STYLES: readonly ((loan: string, explanation: string) => string)[] = [
  (loan, explanation) => `${loan} – ${explanation} –`,
  (loan, explanation) => `${loan} (${explanation})`,
  (loan, explanation) => `${loan}, which means “${explanation}” in Russian,`,
  (loan, explanation) => `${loan}, literally “${explanation}”,`,
  (loan, explanation) => `${loan} – the Russian word for ${explanation} –`,
  (loan) => `the so-called ${loan.replace(/^(the|a|an|his|our) /u, '')}`,
  (loan) => loan,
];

const RU_GLOSS_STYLES: readonly ((word: string, explanation: string) => string)[] = [
  (word, explanation) => `${word} (то есть ${explanation})`,
  (word, explanation) => `${word} – что означает «${explanation}» –`,
  (word, explanation) => `так называемый ${word} (${explanation})`,
  (word, explanation) => `${word}, буквально «${explanation}»,`,
];

const RU_EXPLANATIONS = ['местный обычай', 'старинный обряд', 'особый вид налога', 'разновидность спорта', 'популярная американская игра', 'школьный праздник'];

function glossCases(directed: readonly Directed[], next: () => number): LabelledCase[] {
  const cases: LabelledCase[] = [];
  for (const [k, item] of CULTURE_ITEMS.entries()) {
    for (const style of [k % 7, (k + 2) % 7, (k + 4) % 7]) {
      const glossed = (GLOSS_STYLES[style] as (loan: string, explanation: string) => string)(item.loan, item.explanation);
      const tgt = fillCulture(item.en, glossed);
      const inserted = glossed.replace(/^(the|a|an|his|our) /u, '');
      cases.push(single({ id: `culture${k}`, srcLang: 'ru', tgtLang: 'en', src: item.ru, tgt }, tgt, `gloss/culture${k}/style${style}`, { kind: 'gloss', side: 'tgt', sentence: 0, text: inserted.replace(/,$/u, '') }));
    }
  }
  for (const [k, item] of ACRONYM_ITEMS.entries()) {
    for (const [n, glossed] of [`${item.acronym} (${item.expansion})`, `${item.expansion} (${item.acronym})`].entries()) {
      cases.push(single({ id: `acronym${k}`, srcLang: 'ru', tgtLang: 'en', src: item.ru, tgt: '' }, item.en.replace('{X}', glossed), `gloss/acronym${k}/${n}`, { kind: 'gloss', side: 'tgt', sentence: 0, text: item.expansion }));
    }
  }
  // Russian translations of English sentences glossed after one of their words.
  const enRu = directed.filter((pair) => pair.srcLang === 'en');
  for (let k = 0; k < 40; k++) {
    const pair = enRu[Math.floor(next() * enRu.length)] as Directed;
    const words = tokenizeWords(pair.tgt, 'ru').filter((token) => token.kind === 'word' && token.text.length >= 5);
    const word = words[Math.floor(next() * words.length)];
    if (!word) continue;
    const explanation = RU_EXPLANATIONS[k % RU_EXPLANATIONS.length] as string;
    const glossed = (RU_GLOSS_STYLES[k % RU_GLOSS_STYLES.length] as (w: string, e: string) => string)(word.text, explanation);
    const tgt = `${pair.tgt.slice(0, word.start)}${glossed}${pair.tgt.slice(word.end)}`.replace(/,([.!?])$/u, '$1');
    cases.push(single(pair, tgt, `gloss/${pair.id}/${k}`, { kind: 'gloss', side: 'tgt', sentence: 0, text: explanation }));
  }
  return cases;
}

function numberCases(directed: readonly Directed[], next: () => number): LabelledCase[] {
  const cases: LabelledCase[] = [];
  for (const pair of directed) {
    const mentions = findNumbers(pair.tgt, pair.tgtLang).filter((mention) => !mention.words);
    const mention = mentions[Math.floor(next() * mentions.length)];
    if (!mention) continue;
    const raw = pair.tgt.slice(mention.start, mention.end);
    const digits = /\d+/u.exec(raw);
    if (!digits) continue;
    const changed = String(Number(digits[0]) + 1 + Math.floor(next() * 8));
    const replaced = raw.replace(digits[0], changed);
    const tgt = pair.tgt.slice(0, mention.start) + replaced + pair.tgt.slice(mention.end);
    cases.push(single(pair, tgt, `number/${pair.id}`, { kind: 'number', sentence: 0, text: replaced }));
  }
  const words: readonly [string, string, string][] = [
    ['Ten people came to the meeting.', 'На встречу пришли одиннадцать человек.', 'одиннадцать'],
    ['The company hired one hundred and thirty workers.', 'Компания наняла сто двадцать рабочих.', 'сто двадцать'],
    ['We waited for three hours.', 'Мы ждали пять часов.', 'пять'],
    ['The bridge was built in 2007.', 'Мост был построен в 2008 г.', '2008'],
    ['Prices rose by 2.5 percent.', 'Цены выросли на 3,5 процента.', '3,5'],
    ['About 1,500 people attended.', 'Пришли около 1 600 человек.', '1 600'],
    ['She has two brothers and four sisters.', 'У неё два брата и пять сестёр.', 'пять'],
    ['The tower is twenty metres high.', 'Высота башни – тридцать метров.', 'тридцать'],
  ];
  for (const [k, [en, ru, changed]] of words.entries()) {
    cases.push(single({ id: `numwords${k}`, srcLang: 'en', tgtLang: 'ru', src: en, tgt: ru }, ru, `number/words${k}`, { kind: 'number', sentence: 0, text: changed }));
  }
  return cases;
}

/** Number-word pairs that agree, for the false-flag count. */
export function faithfulNumberWordCases(): LabelledCase[] {
  const pairs: readonly [string, string][] = [
    ['Ten people came to the meeting.', 'На встречу пришли десять человек.'],
    ['The company hired one hundred and thirty workers.', 'Компания наняла 130 рабочих.'],
    ['The bridge was built in 2007.', 'Мост был построен в 2007 г.'],
    ['Prices rose by 2.5 percent.', 'Цены выросли на 2,5 процента.'],
    ['About 1,500 people attended.', 'Пришли около 1 500 человек.'],
    ['The tower is twenty metres high.', 'Высота башни – двадцать метров.'],
    ['The budget is 3 million dollars.', 'Бюджет составляет 3 млн долларов.'],
    ['Two thousand seven was a hard year.', '2007 год был трудным.'],
  ];
  return pairs.map(([en, ru], k) => single({ id: `numwords${k}`, srcLang: 'en', tgtLang: 'ru', src: en, tgt: ru }, ru, `faithful/numwords${k}`));
}

const NAMES: Readonly<Record<LangCode, readonly string[]>> = {
  en: ['Petrov', 'Kowalski', 'Henderson', 'Lisbon', 'Oslo', 'Marchetti'],
  ru: ['Петров', 'Ковальский', 'Хендерсон', 'Лиссабон', 'Осло', 'Маркетти'],
};

function nameCases(directed: readonly Directed[], next: () => number): LabelledCase[] {
  const cases: LabelledCase[] = [];
  for (const pair of directed) {
    const srcNames = tokenizeWords(pair.src, pair.srcLang).filter((token, k) => k > 0 && /^\p{Lu}\p{Ll}{2,}/u.test(token.text));
    const tgtTokens = tokenizeWords(pair.tgt, pair.tgtLang);
    for (const name of srcNames) {
      const counterpart = tgtTokens.find((token) => /^\p{Lu}/u.test(token.text) && spellingSimilarity(name.text, token.text) >= 0.8);
      if (!counterpart) continue;
      const replacements = NAMES[pair.tgtLang] ?? [];
      const replacement = next() < 0.3 ? '' : (replacements[Math.floor(next() * replacements.length)] as string);
      const tgt = (pair.tgt.slice(0, counterpart.start) + replacement + pair.tgt.slice(counterpart.end)).replace(/\s{2,}/gu, ' ');
      cases.push(single(pair, tgt, `name/${pair.id}/${counterpart.text}`, { kind: 'name', sentence: 0 }));
      break;
    }
  }
  return cases;
}

function untranslatedCases(directed: readonly Directed[], next: () => number): LabelledCase[] {
  const cases: LabelledCase[] = [];
  for (const [k, pair] of directed.entries()) {
    if (next() > 0.25) continue;
    if (k % 2 === 0) {
      cases.push(single(pair, pair.src, `untranslated/${pair.id}/identical`, { kind: 'untranslated', side: 'tgt', sentence: 0 }));
      continue;
    }
    // The second half of the translation left in the source language.
    const srcWords = pair.src.split(' ');
    const tgtWords = pair.tgt.split(' ');
    if (srcWords.length < 6 || tgtWords.length < 6) continue;
    const kept = tgtWords.slice(0, Math.floor(tgtWords.length / 2)).join(' ');
    const left = srcWords.slice(Math.floor(srcWords.length / 2)).join(' ');
    cases.push(single(pair, `${kept} ${left}`, `untranslated/${pair.id}/half`, { kind: 'untranslated', side: 'tgt', sentence: 0, text: left }));
  }
  return cases;
}

function unalignedCases(directed: readonly Directed[], next: () => number): LabelledCase[] {
  const cases: LabelledCase[] = [];
  for (let k = 0; k + 1 < directed.length && cases.length < 60; k += 7) {
    const a = directed[k] as Directed;
    const b = directed[k + 1 + (a.srcLang === (directed[k + 1] as Directed).srcLang ? 0 : 1)] as Directed | undefined;
    if (!b || b.srcLang !== a.srcLang) continue;
    const dropOnTarget = next() < 0.5;
    cases.push({
      id: `unaligned/${a.id}+${b.id}`,
      srcLang: a.srcLang,
      tgtLang: a.tgtLang,
      src: dropOnTarget ? [a.src, b.src] : [a.src],
      tgt: dropOnTarget ? [a.tgt] : [a.tgt, b.tgt],
      pairs: dropOnTarget ? [{ src: [0], tgt: [0], score: 1 }, { src: [1], tgt: [], score: 1 }] : [{ src: [0], tgt: [0], score: 1 }, { src: [], tgt: [1], score: 1 }],
      expect: { kind: 'unaligned', side: dropOnTarget ? 'src' : 'tgt', sentence: 1 },
    });
  }
  return cases;
}

/** Content words of a text (an injected addition or omission carries at least three). */
function contentWords(text: string, lang: LangCode): number {
  return tokenizeWords(text, lang).filter((token) => token.kind === 'number' || (token.text.length > 1 && !isStopword(token.text, lang))).length;
}

const CLAUSE = /,\s[^,]{12,}?(?=[,.;!?]|$)/gu;

function omissionCases(directed: readonly Directed[], next: () => number): LabelledCase[] {
  const cases: LabelledCase[] = [];
  for (const pair of directed) {
    if (next() > 0.35) continue;
    const clauses = [...pair.tgt.matchAll(CLAUSE)].filter((match) => contentWords(match[0], pair.tgtLang) >= 3);
    let tgt: string | undefined;
    const clause = clauses[Math.floor(next() * clauses.length)];
    if (clause) {
      tgt = pair.tgt.slice(0, clause.index) + pair.tgt.slice(clause.index + clause[0].length);
    } else {
      const words = pair.tgt.split(' ');
      if (words.length < 9) continue;
      const from = 1 + Math.floor(next() * (words.length - 6));
      const removed = words.slice(from, from + 4).join(' ');
      if (contentWords(removed, pair.tgtLang) < 3) continue;
      tgt = [...words.slice(0, from), ...words.slice(from + 4)].join(' ');
    }
    cases.push(single(pair, tgt, `omission/${pair.id}`, { kind: 'omission', side: 'src', sentence: 0 }));
  }
  return cases;
}

function additionCases(directed: readonly Directed[], next: () => number): LabelledCase[] {
  const cases: LabelledCase[] = [];
  const donors = directed.flatMap((pair) => [...pair.tgt.matchAll(CLAUSE)].map((match) => ({ lang: pair.tgtLang, text: match[0].slice(2) })))
    .filter((donor) => contentWords(donor.text, donor.lang) >= 3 && tokenizeWords(donor.text, donor.lang).length <= 10);
  for (const pair of directed) {
    if (next() > 0.35) continue;
    const pool = donors.filter((donor) => donor.lang === pair.tgtLang && !pair.tgt.includes(donor.text));
    const donor = pool[Math.floor(next() * pool.length)];
    if (!donor) continue;
    const end = /[.!?…"»”]*$/u.exec(pair.tgt)?.index ?? pair.tgt.length;
    const tgt = `${pair.tgt.slice(0, end)}, ${donor.text}${pair.tgt.slice(end)}`;
    cases.push(single(pair, tgt, `addition/${pair.id}`, { kind: 'addition', side: 'tgt', sentence: 0, text: donor.text }));
  }
  return cases;
}

function wordplayCases(): LabelledCase[] {
  return WORDPLAY_ITEMS.map((item, k) => single({ id: `wordplay${k}`, srcLang: 'ru', tgtLang: 'en', src: item.ru, tgt: item.en }, item.en, `wordplay/${k}`, { kind: 'wordplay', side: 'src', sentence: 0 }));
}

function punctuationCases(directed: readonly Directed[], next: () => number): LabelledCase[] {
  return directed
    .filter((pair) => /\.$/u.test(pair.tgt) && /\.$/u.test(pair.src) && next() < 0.15)
    .map((pair) => single(pair, pair.tgt.replace(/\.$/u, '?'), `punctuation/${pair.id}`, { kind: 'punctuation', side: 'tgt', sentence: 0 }));
}

function terminologyCases(directed: readonly Directed[], lexicon: Lexicon, next: () => number): LabelledCase[] {
  const cases: LabelledCase[] = [];
  for (const pair of directed) {
    if (pair.srcLang !== 'en' || next() > 0.2) continue;
    const words = tokenizeWords(pair.src, 'en').filter((token) => token.kind === 'word' && token.text.length >= 6 && /^\p{Ll}/u.test(token.text));
    const word = words.find((token) => lexicon.translationsOf(token.text.toLowerCase()) !== undefined) ?? words[0];
    if (!word) continue;
    const glossary: Glossary = { srcLang: 'en', tgtLang: 'ru', entries: [{ source: word.text, targets: ['квазиустойчивость'] }] };
    cases.push(single(pair, pair.tgt, `terminology/${pair.id}`, { kind: 'terminology', side: 'src', sentence: 0, text: word.text }, glossary));
  }
  return cases;
}

function inconsistencyCases(directed: readonly Directed[]): LabelledCase[] {
  const cases: LabelledCase[] = [];
  for (let k = 0; k + 2 < directed.length && cases.length < 30; k += 13) {
    const a = directed[k] as Directed;
    const other = directed.slice(k + 1).find((pair) => pair.srcLang === a.srcLang) as Directed;
    cases.push({
      id: `inconsistency/${a.id}`,
      srcLang: a.srcLang,
      tgtLang: a.tgtLang,
      src: [a.src, other.src, a.src],
      tgt: [a.tgt, other.tgt, `${a.tgt.replace(/[.!?]$/u, '')} ${other.tgt}`],
      pairs: [0, 1, 2].map((n) => ({ src: [n], tgt: [n], score: 1 })),
      expect: { kind: 'inconsistency', side: 'tgt', sentence: 2 },
    });
  }
  return cases;
}

/** Every case with an injected divergence. */
export function divergentCases(pairs: readonly FaithfulPair[], lexicon: Lexicon): LabelledCase[] {
  const directed = directions(pairs);
  const next = seededRandom(3);
  return [
    ...glossCases(directed, next),
    ...numberCases(directed, next),
    ...nameCases(directed, next),
    ...untranslatedCases(directed, next),
    ...unalignedCases(directed, next),
    ...omissionCases(directed, next),
    ...additionCases(directed, next),
    ...wordplayCases(),
    ...punctuationCases(directed, next),
    ...terminologyCases(directed, lexicon, next),
    ...inconsistencyCases(directed),
  ];
}

/** Runs the checks on a case. */
export function flagsOf(testCase: LabelledCase, lexicon: Lexicon | undefined): Flag[] {
  return checkDivergences({
    source: documentFromLines(testCase.src, testCase.srcLang),
    target: documentFromLines(testCase.tgt, testCase.tgtLang),
    pairs: testCase.pairs,
    ...(lexicon ? { lexicon } : {}),
    ...(testCase.glossary ? { glossary: testCase.glossary } : {}),
  });
}

/** True when the flags contain the expected one. */
export function detected(testCase: LabelledCase, flags: readonly Flag[]): boolean {
  const expect = testCase.expect;
  if (!expect) return false;
  return flags.some((flag) => {
    if (flag.kind !== expect.kind || (expect.side && flag.side !== expect.side) || (expect.side && flag.sentence !== expect.sentence)) return false;
    if (!expect.text || flag.start === undefined || flag.end === undefined) return true;
    const sentence = (flag.side === 'src' ? testCase.src : testCase.tgt)[flag.sentence] ?? '';
    const at = sentence.indexOf(expect.text);
    return at < 0 || (flag.start < at + expect.text.length && at < flag.end);
  });
}

/** Recall per kind and false-flag rate over the labelled set. */
export interface LabelledScores {
  readonly recall: Readonly<Partial<Record<FlagKind, { readonly found: number; readonly total: number }>>>;
  /** Faithful cases carrying at least one warning or error flag, and all faithful cases. */
  readonly falseFlags: { readonly flagged: number; readonly total: number; readonly examples: readonly string[] };
}

/** Scores the checks on the whole labelled set. */
export function scoreLabelledSet(lexicon: Lexicon): LabelledScores {
  const pairs = loadFaithfulPairs();
  const recall: Partial<Record<FlagKind, { found: number; total: number }>> = {};
  for (const testCase of divergentCases(pairs, lexicon)) {
    const kind = testCase.expect?.kind as FlagKind;
    const entry = (recall[kind] ??= { found: 0, total: 0 });
    entry.total += 1;
    if (detected(testCase, flagsOf(testCase, lexicon))) entry.found += 1;
  }
  let flagged = 0;
  const examples: string[] = [];
  const faithful = [...faithfulCases(pairs), ...faithfulNumberWordCases()];
  for (const testCase of faithful) {
    const serious = flagsOf(testCase, lexicon).filter((flag) => flag.severity !== 'info');
    if (serious.length === 0) continue;
    flagged += 1;
    examples.push(`${testCase.id}: ${serious.map((flag) => `${flag.kind}/${flag.messageKey}`).join(', ')}`);
  }
  return { recall, falseFlags: { flagged, total: faithful.length, examples } };
}
