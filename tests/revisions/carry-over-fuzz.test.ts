import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../shared/align/align-documents';
import type { CarryPairInput, UpdatedPair } from '../../shared/revisions/carry-over-alignment';
import { carryOverAlignment } from '../../shared/revisions/carry-over-merge';
import { matchRevisions } from '../../shared/revisions/match-revisions';
import type { SegmentedDocument, Side } from '../../shared/types';
import { documentOf, loadGoldBeads, loadSentenceFixture } from './sentence-docs';
import { seededRandom } from '../../scripts/bench/seeded-random';

const docs = { src: loadSentenceFixture('ru.base.txt', 'ru'), tgt: loadSentenceFixture('en.base.txt', 'en') };
const oldPairs: CarryPairInput[] = loadGoldBeads().map((bead, i) => ({
  id: i + 1,
  src: bead.src,
  tgt: bead.tgt,
  score: 0.9,
  origin: i % 2 ? 'confirmed' : 'auto',
  changedSinceReview: false,
  notes: i % 3 ? [] : [{}],
}));

function paragraphsOf(doc: SegmentedDocument): string[][] {
  const paragraphs: string[][] = [];
  for (const sentence of doc.sentences) (paragraphs[sentence.paragraph] ??= []).push(sentence.text);
  return paragraphs.filter(Boolean);
}

/** One to four random edits of the kinds a reviser makes. */
function revise(doc: SegmentedDocument, next: () => number, edits: string[]): SegmentedDocument {
  const paragraphs = paragraphsOf(doc);
  const pick = <T>(list: readonly T[]): number => Math.floor(next() * list.length);
  const count = 1 + Math.floor(next() * 4);
  for (let e = 0; e < count; e++) {
    const p = paragraphs[pick(paragraphs)];
    const k = pick(p);
    switch (Math.floor(next() * 6)) {
      case 0:
        edits.push('insert');
        p.splice(k, 0, `Inserted sentence number ${Math.floor(next() * 1e6)} about nothing in particular.`);
        break;
      case 1:
        if (p.length > 1) {
          edits.push('delete');
          p.splice(k, 1);
        }
        break;
      case 2:
        edits.push('typo');
        p[k] = p[k].replace(/(\p{L})(\p{L})(\p{L}{3,})/u, '$2$1$3');
        break;
      case 3: {
        const space = p[k].indexOf(' ', Math.floor(p[k].length / 2));
        if (space > 0) {
          edits.push('split');
          p.splice(k, 1, `${p[k].slice(0, space)}.`, p[k].slice(space + 1));
        }
        break;
      }
      case 4:
        if (k + 1 < p.length) {
          edits.push('merge');
          p.splice(k, 2, `${p[k]} ${p[k + 1]}`);
        }
        break;
      default: {
        const from = pick(paragraphs);
        const [moved] = paragraphs.splice(from, 1);
        paragraphs.splice(pick(paragraphs), 0, moved);
        edits.push('move');
      }
    }
  }
  return documentOf(paragraphs.filter((p) => p.length > 0), doc.lang);
}

function check(pairs: readonly UpdatedPair[], dropped: readonly number[], src: SegmentedDocument, tgt: SegmentedDocument, tiling: boolean): void {
  for (const [side, doc] of [['src', src], ['tgt', tgt]] as const) {
    expect(pairs.flatMap((pair) => pair[side]).sort((a, b) => a - b)).toEqual(doc.sentences.map((_, i) => i));
  }
  for (const pair of pairs) expect(pair.src.length + pair.tgt.length).toBeGreaterThan(0);
  const homes = pairs.flatMap((pair) => [...(pair.id === undefined ? [] : [pair.id]), ...pair.inherits]);
  expect(new Set(homes).size).toBe(homes.length);
  expect([...homes, ...dropped].sort((a, b) => a - b)).toEqual(oldPairs.map((p) => p.id));
  if (!tiling) return;
  const next = { src: 0, tgt: 0 };
  for (const pair of pairs) {
    for (const side of ['src', 'tgt'] as const) {
      expect(pair[side]).toEqual(pair[side].map((_, k) => next[side] + k));
      next[side] += pair[side].length;
    }
  }
}

describe('carry-over under random revisions', () => {
  for (const monotonic of [true, false]) {
    it(`keeps coverage, ${monotonic ? 'tiling, ' : ''}and a home for every note (${monotonic ? 'monotone' : 'crossing allowed'})`, () => {
      const next = seededRandom(monotonic ? 7 : 11);
      for (let round = 0; round < 60; round++) {
        const side: Side = next() < 0.5 ? 'src' : 'tgt';
        const edits: string[] = [];
        const revised = revise(docs[side], next, edits);
        const documents = { ...docs, [side]: revised };
        const match = matchRevisions(docs[side], revised);
        const { pairs, plan } = carryOverAlignment(oldPairs, match, side, documents, (s, t) => alignDocuments(s, t), { monotonic });
        try {
          check(pairs, plan.dropped, documents.src, documents.tgt, monotonic);
        } catch (error) {
          throw new Error(`round ${round}, ${side}: ${edits.join(', ')}: ${(error as Error).message}`);
        }
      }
    });
  }
});
