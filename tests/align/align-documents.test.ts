import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { alignDocuments } from '../../shared/align/align-documents';
import type { AlignedPair } from '../../shared/types';
import { addCase, emptyCounts, parseBeads, strictScores } from '../../scripts/bench/align-metrics';
import { documentFromLines } from '../../scripts/bench/bench-documents';
import { expectCoverage, FIXTURES, samplePair, wmtCase } from './helpers';

const ruEn = loadLexicon('ru', 'en');
const enRu = loadLexicon('en', 'ru');
const key = (pair: { src: readonly number[]; tgt: readonly number[] }): string => `${pair.src.join(',')}:${pair.tgt.join(',')}`;

describe('alignDocuments on the sample pair (ru → en)', () => {
  const { src, tgt, gold } = samplePair();
  const alignment = alignDocuments(src, tgt, { lexicon: ruEn });

  it('covers every sentence exactly once, in order, with scores in 0..1', () => {
    expectCoverage(alignment.pairs, src.sentences.length, tgt.sentences.length);
  });

  it('reaches strict F1 ≥ 0.95 against the gold alignment', () => {
    const counts = emptyCounts();
    addCase(counts, alignment.pairs, gold);
    expect(strictScores(counts).f).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the 1-2, 2-1, 1-0 and 0-1 beads of the gold', () => {
    const found = new Set(alignment.pairs.map(key));
    for (const shape of ['1-2', '2-1', '1-0', '0-1']) {
      const goldOfShape = gold.filter((bead) => `${bead.src.length}-${bead.tgt.length}` === shape);
      expect(goldOfShape.length).toBeGreaterThan(0);
      const hits = goldOfShape.filter((bead) => found.has(key(bead))).length;
      expect(hits / goldOfShape.length).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('also aligns without a lexicon (names, numbers, cognates, learned words)', () => {
    const plain = alignDocuments(src, tgt);
    expectCoverage(plain.pairs, src.sentences.length, tgt.sentences.length);
    const counts = emptyCounts();
    addCase(counts, plain.pairs, gold);
    expect(strictScores(counts).f).toBeGreaterThanOrEqual(0.85);
  });

  it('gives wrong beads lower confidence than right ones (without a lexicon, where there are errors)', () => {
    const right: number[] = [];
    const wrong: number[] = [];
    const cases = [{ src, tgt, gold }, wmtCase('000'), wmtCase('003'), wmtCase('007')];
    for (const item of cases) {
      const goldKeys = new Set(item.gold.map(key));
      for (const pair of alignDocuments(item.src, item.tgt).pairs) (goldKeys.has(key(pair)) ? right : wrong).push(pair.score);
    }
    const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
    expect(wrong.length).toBeGreaterThan(3);
    expect(mean(wrong)).toBeLessThan(mean(right) - 0.1);
  });
});

describe('alignDocuments with anchors', () => {
  const { src, tgt, gold } = samplePair();

  it('keeps confirmed beads as they are, even wrong ones, and aligns around them', () => {
    const wrongAnchor: AlignedPair = { src: [40], tgt: [47, 48], score: 1 };
    const goldAnchors = [gold[10], gold[100], gold[150]].map((bead) => ({ src: bead!.src, tgt: bead!.tgt, score: 1 }));
    const anchors = [goldAnchors[0]!, wrongAnchor, goldAnchors[1]!, goldAnchors[2]!];
    const alignment = alignDocuments(src, tgt, { lexicon: ruEn, anchors });
    expectCoverage(alignment.pairs, src.sentences.length, tgt.sentences.length);
    const found = new Map(alignment.pairs.map((pair) => [key(pair), pair]));
    for (const anchor of anchors) expect(found.get(key(anchor))).toBe(anchor);
  });

  it('accepts anchors with an empty side and anchors at the ends', () => {
    const anchors: AlignedPair[] = [{ src: [], tgt: [0], score: 1 }, { src: [182], tgt: [206], score: 1 }];
    const alignment = alignDocuments(src, tgt, { lexicon: ruEn, anchors });
    expectCoverage(alignment.pairs, src.sentences.length, tgt.sentences.length);
    expect(alignment.pairs[0]).toBe(anchors[0]);
    expect(alignment.pairs[alignment.pairs.length - 1]).toBe(anchors[1]);
  });

  it('sorts anchors given out of order and keeps an empty-sided anchor in the middle', () => {
    const later: AlignedPair = { src: [120], tgt: [140], score: 1 };
    const earlier: AlignedPair = { src: [30], tgt: [35], score: 1 };
    const sorted = alignDocuments(src, tgt, { lexicon: ruEn, anchors: [later, earlier] });
    expectCoverage(sorted.pairs, src.sentences.length, tgt.sentences.length);
    expect(sorted.pairs.indexOf(earlier)).toBeLessThan(sorted.pairs.indexOf(later));
    const deletion: AlignedPair = { src: [], tgt: [100], score: 1 };
    const withDeletion = alignDocuments(src, tgt, { lexicon: ruEn, anchors: [{ src: [80], tgt: [90], score: 1 }, deletion] });
    expectCoverage(withDeletion.pairs, src.sentences.length, tgt.sentences.length);
    expect(withDeletion.pairs).toContain(deletion);
  });

  it('rejects crossing anchors', () => {
    const anchors: AlignedPair[] = [{ src: [10], tgt: [20], score: 1 }, { src: [11], tgt: [5], score: 1 }];
    expect(() => alignDocuments(src, tgt, { anchors })).toThrow();
  });
});

describe('alignDocuments on small real texts', () => {
  const { srcLines, tgtLines, gold } = samplePair();
  const srcRaw = readFileSync(join(FIXTURES, 'sample', 'ru.txt'), 'utf8');
  const tgtRaw = readFileSync(join(FIXTURES, 'sample', 'en.txt'), 'utf8');
  /** The sample cut to the gold beads first..last (re-indexed from 0). */
  const slice = (first: number, last: number) => {
    const beads = gold.slice(first, last + 1);
    const s0 = Math.min(...beads.flatMap((bead) => bead.src));
    const t0 = Math.min(...beads.flatMap((bead) => bead.tgt));
    const s1 = Math.max(...beads.flatMap((bead) => bead.src));
    const t1 = Math.max(...beads.flatMap((bead) => bead.tgt));
    return {
      src: documentFromLines(srcLines.slice(s0, s1 + 1), 'ru', srcRaw),
      tgt: documentFromLines(tgtLines.slice(t0, t1 + 1), 'en', tgtRaw),
      gold: beads.map((bead) => ({ src: bead.src.map((s) => s - s0), tgt: bead.tgt.map((t) => t - t0) })),
    };
  };

  it('aligns the first 30 beads of the sample on their own (0-1, 1-2, 1-0 among them)', () => {
    const { src, tgt, gold: expected } = slice(0, 29);
    expect(expected.slice(0, 5).map((bead) => `${bead.src.length}-${bead.tgt.length}`)).toEqual(['0-1', '1-2', '1-0', '1-1', '1-2']);
    const alignment = alignDocuments(src, tgt, { lexicon: ruEn });
    expectCoverage(alignment.pairs, src.sentences.length, tgt.sentences.length);
    const counts = emptyCounts();
    addCase(counts, alignment.pairs, expected);
    expect(strictScores(counts).f).toBeGreaterThanOrEqual(0.9);
    const found = new Set(alignment.pairs.map(key));
    expect(found.has('3:4,5')).toBe(true);
    expect(found.has(':0')).toBe(true);
  });

  it('aligns a stretch with 2-1 beads', () => {
    const start = gold.findIndex((bead) => bead.src.length === 2 && bead.tgt.length === 1);
    const { src, tgt, gold: expected } = slice(Math.max(0, start - 3), start + 3);
    const alignment = alignDocuments(src, tgt, { lexicon: ruEn });
    expectCoverage(alignment.pairs, src.sentences.length, tgt.sentences.length);
    const found = new Set(alignment.pairs.map(key));
    expect(found.has(key(expected[start - Math.max(0, start - 3)]!))).toBe(true);
  });

  it('aligns two versions of one text in the same language (deleted and merged sentences)', () => {
    const revised: string[] = [];
    const expected: { src: number[]; tgt: number[] }[] = [];
    for (let k = 0; k < tgtLines.length; k++) {
      if (k % 17 === 5) {
        expected.push({ src: [k], tgt: [] });
      } else if (k % 11 === 3 && k + 1 < tgtLines.length) {
        expected.push({ src: [k, k + 1], tgt: [revised.length] });
        revised.push(`${tgtLines[k]} ${tgtLines[k + 1]}`);
        k++;
      } else {
        expected.push({ src: [k], tgt: [revised.length] });
        revised.push(tgtLines[k]!);
      }
    }
    const alignment = alignDocuments(documentFromLines(tgtLines, 'en'), documentFromLines(revised, 'en'), { lexicon: enRu });
    expectCoverage(alignment.pairs, tgtLines.length, revised.length);
    expect(alignment.pairs.map(key)).toEqual(expected.map(key));
  });

  it('finds a long passage that only the translation has (60 inserted sentences → 0-1 beads)', () => {
    const inserted = wmtCase('000').src.sentences.slice(0, 60).map((sentence) => sentence.text);
    const at = 100;
    const tgt = documentFromLines([...tgtLines.slice(0, at), ...inserted, ...tgtLines.slice(at)], 'en');
    const src = documentFromLines(srcLines, 'ru');
    const alignment = alignDocuments(src, tgt, { lexicon: ruEn });
    expectCoverage(alignment.pairs, src.sentences.length, tgt.sentences.length);
    const shifted = gold.map((bead) => ({ src: bead.src, tgt: bead.tgt.map((t) => (t >= at ? t + inserted.length : t)) }));
    const counts = emptyCounts();
    addCase(counts, alignment.pairs, [...shifted, ...inserted.map((_, k) => ({ src: [], tgt: [at + k] }))]);
    expect(strictScores(counts).f).toBeGreaterThanOrEqual(0.93);
    const insertedAlone = alignment.pairs.filter((pair) => pair.src.length === 0 && pair.tgt.every((t) => t >= at && t < at + inserted.length));
    expect(insertedAlone.length).toBeGreaterThanOrEqual(55);
  });

  it('handles empty documents and one empty side', () => {
    const empty = documentFromLines([], 'ru');
    const one = documentFromLines(['Photo: MFA', 'Moscow, February 6, 2026'], 'en');
    expect(alignDocuments(empty, documentFromLines([], 'en')).pairs).toEqual([]);
    const pairs = alignDocuments(empty, one).pairs;
    expectCoverage(pairs, 0, 2);
    expect(pairs.map(key)).toEqual([':0', ':1']);
  });

  it('reports progress from 0 to 1', () => {
    const { src, tgt } = slice(0, 20);
    const seen: number[] = [];
    alignDocuments(src, tgt, { onProgress: (fraction) => seen.push(fraction) });
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('alignDocuments on wmt22 news (en → ru, merged and dropped sentences)', () => {
  it('keeps strict F1 ≥ 0.95 over three cases', () => {
    const counts = emptyCounts();
    for (const stem of ['000', '003', '007']) {
      const { src, tgt, gold } = wmtCase(stem);
      const alignment = alignDocuments(src, tgt, { lexicon: enRu });
      expectCoverage(alignment.pairs, src.sentences.length, tgt.sentences.length);
      addCase(counts, alignment.pairs, gold);
    }
    expect(strictScores(counts).f).toBeGreaterThanOrEqual(0.95);
  });

  it('parses gold files as written', () => {
    expect(parseBeads('[3, 4]:[5]\n[7]:[]\n[]:[9]\n')).toEqual([{ src: [3, 4], tgt: [5] }, { src: [7], tgt: [] }, { src: [], tgt: [9] }]);
  });
});
