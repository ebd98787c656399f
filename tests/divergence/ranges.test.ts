import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { checkDivergences } from '../../shared/divergence/check-divergences';
import { assembleFlags, documentFacts, firstPass, prepareRun, secondPass, type DivergenceInput } from '../../shared/divergence/divergence-run';
import type { Glossary } from '../../shared/glossary/glossary';
import type { AlignedPair } from '../../shared/types';
import { documentFromLines, parseGoldAlignment } from './documents';

const SAMPLE = join(import.meta.dirname, '..', '..', 'resources', 'samples', 'lavrov-osce-2026-02-06');

function lines(name: string): string[] {
  return readFileSync(join(SAMPLE, name), 'utf8').replace(/\n$/u, '').split('\n');
}

/**
 * The sample three times over, its translation varied in the later copies (some sentences and terms rendered
 * otherwise), so the document-wide checks (repeated sentences, term renderings and variants, name spellings,
 * learned word pairs) have something to find across the ranges.
 */
function longDocument(): DivergenceInput {
  const ru = lines('ru.sentences.txt');
  const en = lines('en.sentences.txt');
  const gold = parseGoldAlignment(readFileSync(join(SAMPLE, 'gold.align'), 'utf8'));
  const src: string[] = [];
  const tgt: string[] = [];
  const pairs: AlignedPair[] = [];
  for (let copy = 0; copy < 3; copy++) {
    const srcOffset = src.length;
    const tgtOffset = tgt.length;
    src.push(...ru);
    tgt.push(...en.map((text, k) => (copy === 1 && k % 7 === 0 ? text.replace(/the/u, 'a') : copy === 2 && k % 5 === 0 ? text.replace(/OSCE/u, 'Organisation') : text)));
    for (const pair of gold) pairs.push({ src: pair.src.map((k) => k + srcOffset), tgt: pair.tgt.map((k) => k + tgtOffset), score: 1 });
  }
  const glossary: Glossary = {
    srcLang: 'ru',
    tgtLang: 'en',
    entries: [
      { source: 'ОБСЕ', targets: ['OSCE', 'Organisation'] },
      { source: 'переговоры', targets: ['negotiations', 'talks'] },
      { source: 'корзина', targets: ['basket', 'baskets'] },
    ],
  };
  const lexicon = loadLexicon('ru', 'en');
  return { source: documentFromLines(src, 'ru'), target: documentFromLines(tgt, 'en'), pairs, glossary, ...(lexicon ? { lexicon } : {}) };
}

/** The checks run over the given ranges of pairs apart, then joined, as threads would run them. */
function inRanges(input: DivergenceInput, bounds: readonly number[]) {
  const run = prepareRun(input);
  const edges = [0, ...bounds, input.pairs.length];
  const firsts = edges.slice(1).map((to, k) => firstPass(run, edges[k] as number, to));
  const facts = documentFacts(run, [...firsts.map((first) => first.report)].reverse());
  const results = firsts.map((first) => secondPass(run, first, facts));
  return assembleFlags(run, firsts.map((first) => first.report), [...results].reverse());
}

describe('divergence checks over ranges of pairs', () => {
  const input = longDocument();
  const whole = checkDivergences(input);

  it('find document-wide flags on the long document', () => {
    const keys = new Set(whole.map((flag) => flag.messageKey));
    for (const key of ['inconsistency.sentence', 'inconsistency.term', 'name.variant']) expect(keys).toContain(key);
  });

  it('give exactly the flags of one run, wherever the document is split', () => {
    const n = input.pairs.length;
    for (const bounds of [[Math.floor(n / 2)], [1], [n - 1], [Math.floor(n / 3), Math.floor((2 * n) / 3)], [7, 8, 200, 401]]) {
      expect(JSON.stringify(inRanges(input, bounds))).toBe(JSON.stringify(whole));
    }
  });
});
