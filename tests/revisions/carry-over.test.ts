import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../shared/align/align-documents';
import { type CarryOverOptions, type CarryPairInput, type UpdatedPair } from '../../shared/revisions/carry-over-alignment';
import { carryOverAlignment, subDocument, type CarryOverResult } from '../../shared/revisions/carry-over-merge';
import { matchRevisions } from '../../shared/revisions/match-revisions';
import type { SegmentedDocument, Side } from '../../shared/types';
import { loadGoldBeads, loadSentenceFixture } from './sentence-docs';

const ru = loadSentenceFixture('ru.base.txt', 'ru');
const en = loadSentenceFixture('en.base.txt', 'en');

/** The gold alignment as a reviewed project: every third pair confirmed, every other pair with a note. */
const oldPairs: CarryPairInput[] = loadGoldBeads().map((bead, i) => ({
  id: 100 + i,
  src: bead.src,
  tgt: bead.tgt,
  score: 0.9,
  origin: i % 3 === 0 ? 'confirmed' : 'auto',
  changedSinceReview: false,
  notes: i % 2 === 0 ? [{ text: `note ${i}` }] : [],
  flags: [],
}));
const reviewed = (id: number): boolean => (id - 100) % 3 === 0 || (id - 100) % 2 === 0;

function update(
  side: Side,
  fixture: string,
  options: CarryOverOptions = {},
): { result: CarryOverResult; src: SegmentedDocument; tgt: SegmentedDocument } {
  const revised = loadSentenceFixture(fixture, side === 'src' ? 'ru' : 'en');
  const src = side === 'src' ? revised : ru;
  const tgt = side === 'tgt' ? revised : en;
  const match = matchRevisions(side === 'src' ? ru : en, revised);
  const result = carryOverAlignment(oldPairs, match, side, { src, tgt }, (s, t) => alignDocuments(s, t), options);
  return { result, src, tgt };
}

const pairHolding = (pairs: readonly CarryPairInput[], side: Side, index: number): CarryPairInput =>
  pairs.find((pair) => pair[side].includes(index)) as CarryPairInput;
const findIn = (doc: SegmentedDocument, prefix: string): number => doc.sentences.findIndex((s) => s.text.startsWith(prefix));
const textsOf = (doc: SegmentedDocument, indices: readonly number[]): string[] => indices.map((i) => doc.sentences[i].text);

/** The invariants every update must keep. */
function expectSound(result: CarryOverResult, src: SegmentedDocument, tgt: SegmentedDocument): void {
  const { pairs } = result;
  for (const [side, doc] of [['src', src], ['tgt', tgt]] as const) {
    const covered = pairs.flatMap((pair) => pair[side]).sort((a, b) => a - b);
    expect(covered).toEqual(doc.sentences.map((_, i) => i));
  }
  // Every note and confirmation has a home: each old pair is kept (same id) or inherited by a new one.
  const homes = new Map<number, UpdatedPair>();
  for (const pair of pairs) for (const id of [...(pair.id === undefined ? [] : [pair.id]), ...pair.inherits]) {
    expect(homes.has(id)).toBe(false);
    homes.set(id, pair);
  }
  for (const old of oldPairs) if (!result.plan.dropped.includes(old.id)) expect(homes.has(old.id)).toBe(true);
  // Pairs reported unchanged read exactly as before and keep what the translator did.
  for (const pair of pairs) {
    if (pair.change !== 'unchanged' && pair.change !== 'moved') continue;
    const old = oldPairs.find((o) => o.id === pair.id) as CarryPairInput;
    expect(textsOf(src, pair.src)).toEqual(textsOf(ru, old.src));
    expect(textsOf(tgt, pair.tgt)).toEqual(textsOf(en, old.tgt));
    expect(pair.origin).toBe(old.origin);
    expect(pair.changedSinceReview).toBe(false);
  }
  // Source order is kept (crossing pairs of a moved paragraph included).
  const firsts = pairs.filter((pair) => pair.src.length).map((pair) => pair.src[0]);
  expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  if (result.plan.crossing.length === 0) expectTiling(pairs);
}

/** What the project store needs: pairs of contiguous ranges that tile both documents in order. */
function expectTiling(pairs: readonly UpdatedPair[]): void {
  const next = { src: 0, tgt: 0 };
  for (const pair of pairs) {
    for (const side of ['src', 'tgt'] as const) {
      expect(pair[side]).toEqual(pair[side].map((_, k) => next[side] + k));
      next[side] += pair[side].length;
    }
  }
}

const count = (pairs: readonly UpdatedPair[], change: UpdatedPair['change']): number => pairs.filter((p) => p.change === change).length;

describe('carryOverAlignment', () => {
  it('keeps everything when nothing changed', () => {
    const { result, src, tgt } = update('tgt', 'en.base.txt');
    expectSound(result, src, tgt);
    expect(result.plan.gaps).toEqual([]);
    expect(result.pairs.map((p) => [p.id, p.src, p.tgt])).toEqual(oldPairs.map((p) => [p.id, p.src, p.tgt]));
  });

  it('fixed typo: the pair keeps its id, note and confirmation and is marked changed since review', () => {
    const { result, src, tgt } = update('tgt', 'en.typo.txt');
    expectSound(result, src, tgt);
    const at = findIn(en, 'I have outlines');
    const old = pairHolding(oldPairs, 'tgt', at);
    const pair = result.pairs.find((p) => p.id === old.id) as UpdatedPair;
    expect(pair).toMatchObject({ src: old.src, tgt: old.tgt, origin: old.origin, change: 'modified', recheck: true });
    expect(pair.changedSinceReview).toBe(reviewed(old.id));
    expect(count(result.pairs, 'unchanged')).toBe(oldPairs.length - 1);
    expect(result.plan.gaps).toEqual([]);
  });

  it('inserted sentence: only the new sentence is aligned, every other pair keeps its id with indices renumbered', () => {
    const { result, src, tgt } = update('tgt', 'en.inserted.txt');
    expectSound(result, src, tgt);
    const at = findIn(tgt, 'The consequences for strategic stability');
    expect(result.plan.gaps).toHaveLength(1);
    expect(result.plan.gaps[0].tgt).toEqual([at]);
    const after = pairHolding(oldPairs, 'tgt', at);
    expect(result.pairs.find((p) => p.id === after.id)?.tgt).toEqual(after.tgt.map((j) => j + 1));
    expect(count(result.pairs, 'unchanged')).toBe(oldPairs.length);
  });

  it('deleted sentence: its pair keeps its id and note with one sentence fewer', () => {
    const { result, src, tgt } = update('tgt', 'en.deleted.txt');
    expectSound(result, src, tgt);
    const gone = findIn(en, 'Such quartets and trios');
    const old = pairHolding(oldPairs, 'tgt', gone);
    expect(old.tgt.length).toBeGreaterThan(1);
    const pair = result.pairs.find((p) => p.id === old.id) as UpdatedPair;
    expect(pair).toMatchObject({ src: old.src, tgt: old.tgt.filter((j) => j !== gone), change: 'modified' });
    expect(pair.changedSinceReview).toBe(reviewed(old.id));
    expect(result.plan.gaps).toEqual([]);
  });

  it('deleted translation of a whole pair: the original sentence stays with its id and note, unpaired', () => {
    const { result, src, tgt } = update('tgt', 'en.rewritten.txt');
    expectSound(result, src, tgt);
    const at = findIn(en, 'Nuclear components');
    const old = pairHolding(oldPairs, 'tgt', at);
    // The rewritten translation is realigned with the original sentence, which lends the new pair its id.
    const pair = result.pairs.find((p) => p.id === old.id || p.inherits.includes(old.id)) as UpdatedPair;
    expect(pair.src).toEqual(old.src);
    expect(textsOf(tgt, pair.tgt)).toEqual(['Military drills in the region now include a nuclear element.']);
    expect(pair.id).toBe(old.id);
    expect(pair.change).toBe('realigned');
    expect(pair.changedSinceReview).toBe(reviewed(old.id));
  });

  it('sentence split in two: the pair keeps its id and now holds both halves', () => {
    const { result, src, tgt } = update('tgt', 'en.split.txt');
    expectSound(result, src, tgt);
    const at = findIn(en, 'We do not want NATO');
    const old = pairHolding(oldPairs, 'tgt', at);
    const pair = result.pairs.find((p) => p.id === old.id) as UpdatedPair;
    expect(textsOf(tgt, pair.tgt).join(' ')).toContain('Yet this is');
    expect(pair.tgt).toHaveLength(old.tgt.length + 1);
    expect(pair.change).toBe('modified');
  });

  it('two sentences merged across pairs: the pairs become one, keeping the first id and inheriting the second', () => {
    const { result, src, tgt } = update('tgt', 'en.merged.txt');
    expectSound(result, src, tgt);
    const first = pairHolding(oldPairs, 'tgt', findIn(en, 'A vacuum has emerged.'));
    const second = pairHolding(oldPairs, 'tgt', findIn(en, 'Our position was articulated'));
    expect(first.id).not.toBe(second.id);
    const pair = result.pairs.find((p) => p.id === first.id) as UpdatedPair;
    expect(pair.inherits).toEqual([second.id]);
    expect(pair.src).toEqual([...first.src, ...second.src]);
    expect(pair.origin).toBe(first.origin === 'confirmed' || second.origin === 'confirmed' ? 'confirmed' : 'auto');
    expect(pair.changedSinceReview).toBe(reviewed(first.id) || reviewed(second.id));
  });

  it('reordered paragraph: the moved pairs stay with the original, notes and confirmations with them', () => {
    const { result, src, tgt } = update('tgt', 'en.reordered.txt');
    expectSound(result, src, tgt);
    expect(result.plan.crossing).toEqual([]);
    const first = findIn(en, 'NATO engages precisely');
    const movedOld = oldPairs.filter((p) => p.tgt.some((j) => j >= first && j < first + 3));
    for (const old of movedOld) {
      // A monotone alignment cannot pair them across the move: the original sentences keep the pair's id and
      // notes (now without a translation, changed since review); the moved translation stands alone where it is.
      const pair = result.pairs.find((p) => p.id === old.id) as UpdatedPair;
      expect(pair.src).toEqual(old.src);
      expect(pair.tgt).toEqual([]);
      expect(pair.changedSinceReview).toBe(reviewed(old.id));
    }
    const movedText = textsOf(en, movedOld.flatMap((p) => p.tgt));
    const standing = result.pairs.filter((p) => p.src.length === 0 && p.change === 'realigned');
    expect(textsOf(tgt, standing.flatMap((p) => p.tgt))).toEqual(movedText);
    expect(count(result.pairs, 'unchanged')).toBe(oldPairs.length - movedOld.length);
  });

  it('reordered paragraph, crossing pairs allowed: its pairs are kept as they were, placed by the original', () => {
    const { result, src, tgt } = update('tgt', 'en.reordered.txt', { monotonic: false });
    expectSound(result, src, tgt);
    const moved = result.pairs.filter((p) => p.change === 'moved');
    expect(moved.length).toBeGreaterThan(0);
    expect(textsOf(tgt, moved.flatMap((p) => p.tgt))[0]).toBe('NATO engages precisely in illegal matters.');
    expect(count(result.pairs, 'unchanged') + moved.length).toBe(oldPairs.length);
    expect(result.plan.gaps).toEqual([]);
  });

  it('reordered and edited paragraph, crossing pairs allowed: the edited pair moves along, changed since review', () => {
    const { result, src, tgt } = update('tgt', 'en.reordered-edited.txt', { monotonic: false });
    expectSound(result, src, tgt);
    const old = pairHolding(oldPairs, 'tgt', findIn(en, 'It strives to dominate'));
    const pair = result.pairs.find((p) => p.id === old.id) as UpdatedPair;
    expect(textsOf(tgt, pair.tgt).join(' ')).toContain('not only to dominate');
    expect(pair).toMatchObject({ src: old.src, change: 'modified', changedSinceReview: reviewed(old.id) });
    expect(result.plan.crossing.map((p) => p.id)).toContain(old.id);
    expect(result.plan.gaps).toEqual([]);
  });

  it('revised original: typo, split and inserted sentence on the source side', () => {
    const { result, src, tgt } = update('src', 'ru.edited.txt');
    expectSound(result, src, tgt);
    const split = pairHolding(oldPairs, 'src', findIn(ru, 'Как вы знаете, вчера истёк'));
    const pair = result.pairs.find((p) => p.id === split.id) as UpdatedPair;
    expect(textsOf(src, pair.src)).toEqual(['Как вы знаете, вчера истёк срок действия ДСНВ.', 'Образовался вакуум.']);
    expect(pair.tgt).toEqual(split.tgt.map((j) => j));
    const typo = pairHolding(oldPairs, 'src', findIn(ru, 'Партнёры признают'));
    expect(result.pairs.find((p) => p.id === typo.id)?.change).toBe('modified');
    const inserted = findIn(src, 'Последствия для стратегической');
    expect(result.plan.gaps.map((gap) => gap.src)).toEqual([[inserted]]);
    expect(count(result.pairs, 'modified')).toBe(2);
  });

  it('realigns released one-sided pairs with new material: a missing translation added', () => {
    const timestamp = oldPairs.find((p) => p.tgt.length === 0) as CarryPairInput;
    const at = timestamp.src[0];
    const before = oldPairs.filter((p) => p.src.length && p.src[0] < at).pop() as CarryPairInput;
    const paragraphs = [en.sentences.map((s) => s.text)];
    paragraphs[0].splice(before.tgt[before.tgt.length - 1] + 1, 0, '06.02.2026 16:47');
    const revised = { ...en, sentences: paragraphs[0].map((text, index) => ({ index, text, paragraph: 0, start: 0, end: 0 })) };
    const match = matchRevisions(en, revised);
    const result = carryOverAlignment(oldPairs, match, 'tgt', { src: ru, tgt: revised }, (s, t) => alignDocuments(s, t));
    expectSound(result, ru, revised);
    const pair = result.pairs.find((p) => p.src.includes(at)) as UpdatedPair;
    expect(textsOf(revised, pair.tgt)).toEqual(['06.02.2026 16:47']);
    expect(pair.id).toBe(timestamp.id);
  });
});

describe('subDocument', () => {
  it('holds only the chosen sentences, renumbered, with offsets into its own text', () => {
    const doc = loadSentenceFixture('en.base.txt', 'en');
    const picked = [3, 4, 5, 9];
    const sub = subDocument(doc, picked);
    expect(sub.sentences.map((s) => s.text)).toEqual(picked.map((i) => doc.sentences[i].text));
    for (const sentence of sub.sentences) expect(sub.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sub.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    const paragraphsBefore = new Set(picked.map((i) => doc.sentences[i].paragraph)).size;
    expect(sub.paragraphs).toHaveLength(paragraphsBefore);
    for (const sentence of sub.sentences) {
      const paragraph = sub.paragraphs[sentence.paragraph];
      expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start);
      expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
    }
  });
});
