// A band widened in some rows is scored again only where the widening changed something; the scores must be
// exactly those of scoring the widened band from scratch.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { bandAroundPath, bandThroughAnchors, type Band } from '../../shared/align/band';
import { firstRescoredRow, scoreBand, type SideFacts } from '../../shared/align/bead-scorer';
import { buildEvidence } from '../../shared/align/evidence';
import { keyTokens, tokenizeSide } from '../../shared/align/features';
import { initialLengthModel } from '../../shared/align/length-model';
import { initialParams } from '../../shared/align/model-params';
import { viterbi } from '../../shared/align/search';
import { seededRandom } from '../../scripts/bench/seeded-random';
import { samplePair } from './helpers';

function facts(chars: Float64Array, paragraphs: readonly number[]): SideFacts {
  const paragraphEnd = Uint8Array.from(paragraphs, (paragraph, s) => (paragraphs[s + 1] !== paragraph ? 1 : 0));
  return { chars, paragraphEnd };
}

/** The band with `extra` more columns on both sides in rows from..to − 1. */
function widened(band: Band, from: number, to: number, extra: number): Band {
  const lo = Int32Array.from(band.lo, (value, r) => (r >= from && r < to ? value - extra : value));
  const hi = Int32Array.from(band.hi, (value, r) => (r >= from && r < to ? value + extra : value));
  return bandAroundPath(band.rect, lo, hi, 0);
}

/** The sample pair's evidence and starting parameters, as the first pass scores them. */
function sampleScoring() {
  const { src, tgt } = samplePair();
  const lexicon = loadLexicon('ru', 'en');
  const srcTokens = tokenizeSide(src.sentences.map((s) => s.text), src.lang, lexicon);
  const tgtTokens = tokenizeSide(tgt.sentences.map((s) => s.text), tgt.lang);
  const evidence = buildEvidence(keyTokens(srcTokens, tgtTokens, { forward: (key) => lexicon?.translationsOf(key) }));
  const srcFacts = facts(srcTokens.chars, src.sentences.map((s) => s.paragraph));
  const tgtFacts = facts(tgtTokens.chars, tgt.sentences.map((s) => s.paragraph));
  const params = initialParams(initialLengthModel(srcTokens.chars, tgtTokens.chars), true);
  const rect = { i0: 0, i1: src.sentences.length, j0: 0, j1: tgt.sentences.length };
  return { evidence, srcFacts, tgtFacts, params, rect };
}

describe('scoreBand with the scores of an earlier band', () => {
  it('gives the scores of a full scoring wherever the band was widened', () => {
    const { evidence, srcFacts, tgtFacts, params, rect } = sampleScoring();
    const narrow = bandThroughAnchors(rect, [], 2);
    const scores = scoreBand(narrow, evidence, srcFacts, tgtFacts, params);
    const rows = narrow.lo.length;
    for (const [from, to, extra] of [[0, 3, 4], [20, 40, 3], [rows - 10, rows, 5], [50, 51, 1]] as const) {
      const wide = widened(narrow, from, to, extra);
      const reused = scoreBand(wide, evidence, srcFacts, tgtFacts, params, undefined, { band: narrow, scores });
      const fresh = scoreBand(wide, evidence, srcFacts, tgtFacts, params);
      expect(reused.length).toBeGreaterThan(scores.length);
      expect(Array.from(reused)).toEqual(Array.from(fresh));
      // The search of the widened band resumed from the first rescored row finds the same path and forward sums.
      const earlier = viterbi(narrow, scores, new Float64Array(scores.length / 15), 1);
      const resumedForward = new Float64Array(fresh.length / 15);
      const resumed = viterbi(wide, reused, resumedForward, 1, { tables: earlier.tables, row: firstRescoredRow(wide, narrow) });
      const wholeForward = new Float64Array(fresh.length / 15);
      const whole = viterbi(wide, fresh, wholeForward, 1);
      expect(firstRescoredRow(wide, narrow)).toBeLessThanOrEqual(Math.max(0, from - 5));
      expect(resumed.path).toEqual(whole.path);
      expect(Array.from(resumedForward)).toEqual(Array.from(wholeForward));
    }
  });

  it('scores a cell the same however far the band reaches elsewhere', () => {
    // A cell's bead scores must not depend on the rows around it (irregular bands: widths change from row to row,
    // up and down), whatever part of the span terms scoreBand computes for them.
    const { evidence, srcFacts, tgtFacts, params, rect } = sampleScoring();
    const next = seededRandom(7);
    const base = bandThroughAnchors(rect, [], 1);
    const rows = base.lo.length;
    for (let trial = 0; trial < 6; trial++) {
      const lo = Int32Array.from(base.lo, (value) => value - Math.floor(next() * 4));
      const hi = Int32Array.from(base.hi, (value) => value + Math.floor(next() * 4));
      const band = bandAroundPath(rect, lo, hi, 0);
      const wider = bandAroundPath(rect, lo, hi, 3);
      const scores = scoreBand(band, evidence, srcFacts, tgtFacts, params);
      const widerScores = scoreBand(wider, evidence, srcFacts, tgtFacts, params);
      let compared = 0;
      const differing: string[] = [];
      for (let r = 0; r < rows; r++) {
        for (let j = band.lo[r]!; j <= band.hi[r]!; j++) {
          const cell = band.offset[r]! + j - band.lo[r]!;
          const widerCell = wider.offset[r]! + j - wider.lo[r]!;
          for (let bead = 0; bead < 15; bead++) {
            const score = scores[cell * 15 + bead]!;
            if (score === -Infinity) continue;
            if (widerScores[widerCell * 15 + bead] !== score) differing.push(`row ${r}, column ${j}, bead ${bead}`);
            compared++;
          }
        }
      }
      expect(differing.slice(0, 5)).toEqual([]);
      expect(compared).toBeGreaterThan(rows * 10);
    }
  });
});
