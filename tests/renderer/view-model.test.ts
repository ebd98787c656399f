// The alignment view's pure logic: filters and search, flag spans and matches cut into text runs, navigation.
import { describe, expect, it } from 'vitest';
import type { FlagRecord, PairRecord, ProjectSnapshot } from '../../shared/project';
import { beadLabel, confidenceBand, findNext, NO_FILTERS, sentenceRuns, visiblePairs } from '../../renderer/src/alignment/view-model';
import { shortcutFor, type KeyPress } from '../../renderer/src/alignment/shortcuts';

const flag = (id: number, start: number | undefined, end: number | undefined, status: FlagRecord['status'] = 'open'): FlagRecord => ({
  id,
  kind: 'gloss',
  severity: 'warning',
  pair: 0,
  side: 'tgt',
  sentence: 0,
  ...(start === undefined ? {} : { start, end }),
  messageKey: 'gloss.marker',
  params: {},
  status,
  notes: [],
});

const sentence = (index: number, text: string) => ({ index, text, paragraph: 0, start: 0, end: text.length });
const pair = (id: number, src: number[], tgt: number[], extra: Partial<PairRecord> = {}): PairRecord => ({
  id,
  src,
  tgt,
  score: 0.9,
  origin: 'auto',
  changedSinceReview: false,
  notes: [],
  flags: [],
  ...extra,
});

const info = (side: 'src' | 'tgt', lang: string) => ({ side, lang, fileName: 'x', sha256: '', importedAt: '', revision: 1 });
const snapshot: ProjectSnapshot = {
  name: 'test',
  source: { info: info('src', 'ru'), paragraphs: [], sentences: [sentence(0, 'Подняли бучу.'), sentence(1, 'Это было в апреле.'), sentence(2, 'Вопрос простой.')] },
  target: { info: info('tgt', 'en'), paragraphs: [], sentences: [sentence(0, 'A bucha was stirred up.'), sentence(1, 'That was April.'), sentence(2, 'The question is simple.')] },
  pairs: [
    pair(1, [0], [0], { flags: [flag(10, 2, 7)] }),
    pair(2, [1], [1], { score: 0.2, origin: 'confirmed' }),
    pair(3, [2], [2], { notes: [{ id: 5, text: 'n', created: '', updated: '' }], changedSinceReview: true }),
  ],
};

describe('filters and search', () => {
  it('shows every pair without filters', () => {
    expect(visiblePairs(snapshot, NO_FILTERS)).toEqual([0, 1, 2]);
  });

  it('filters by confidence, review, notes, change and flag kind', () => {
    expect(visiblePairs(snapshot, { ...NO_FILTERS, lowConfidence: true })).toEqual([1]);
    expect(visiblePairs(snapshot, { ...NO_FILTERS, unreviewed: true })).toEqual([0, 2]);
    expect(visiblePairs(snapshot, { ...NO_FILTERS, withNotes: true })).toEqual([2]);
    expect(visiblePairs(snapshot, { ...NO_FILTERS, changed: true })).toEqual([2]);
    expect(visiblePairs(snapshot, { ...NO_FILTERS, flagged: 'any' })).toEqual([0]);
    expect(visiblePairs(snapshot, { ...NO_FILTERS, flagged: 'gloss' })).toEqual([0]);
    expect(visiblePairs(snapshot, { ...NO_FILTERS, flagged: 'number' })).toEqual([]);
  });

  it('searches either language, case-insensitively, or one side only', () => {
    expect(visiblePairs(snapshot, { ...NO_FILTERS, search: 'БУЧУ' })).toEqual([0]);
    expect(visiblePairs(snapshot, { ...NO_FILTERS, search: 'april' })).toEqual([1]);
    expect(visiblePairs(snapshot, { ...NO_FILTERS, search: 'april', searchSide: 'src' })).toEqual([]);
    expect(visiblePairs(snapshot, { ...NO_FILTERS, search: 'april', searchSide: 'tgt' })).toEqual([1]);
  });
});

describe('text runs', () => {
  it('cuts a sentence at flag spans and search matches', () => {
    const runs = sentenceRuns('A bucha was stirred up.', [flag(1, 2, 7)], 'was');
    expect(runs.map((run) => [run.text, run.flags.length, run.match])).toEqual([
      ['A ', 0, false],
      ['bucha', 1, false],
      [' ', 0, false],
      ['was', 0, true],
      [' stirred up.', 0, false],
    ]);
    expect(runs.map((run) => run.text).join('')).toBe('A bucha was stirred up.');
  });

  it('covers the whole sentence with a flag without a span, and clamps spans to the text', () => {
    expect(sentenceRuns('Short.', [flag(1, undefined, undefined)], '')).toEqual([{ text: 'Short.', flags: [flag(1, undefined, undefined)], match: false }]);
    expect(sentenceRuns('Short.', [flag(1, 3, 99)], '').map((run) => run.text)).toEqual(['Sho', 'rt.']);
  });

  it('handles overlapping flags', () => {
    const runs = sentenceRuns('abcdef', [flag(1, 0, 4), flag(2, 2, 6)], '');
    expect(runs.map((run) => [run.text, run.flags.map((item) => item.id)])).toEqual([
      ['ab', [1]],
      ['cd', [1, 2]],
      ['ef', [2]],
    ]);
  });
});

describe('marks and navigation', () => {
  it('labels beads and confidence', () => {
    expect(beadLabel(snapshot.pairs[0])).toBeNull();
    expect(beadLabel(pair(9, [1, 2], []))).toBe('2:0');
    expect([confidenceBand(0.95), confidenceBand(0.6), confidenceBand(0.1)]).toEqual(['high', 'medium', 'low']);
  });

  it('finds the next matching pair, wrapping around', () => {
    const flagged = (item: PairRecord) => item.flags.length > 0;
    expect(findNext(snapshot.pairs, 0, 1, flagged)).toBe(0);
    expect(findNext(snapshot.pairs, 1, 1, flagged)).toBe(0);
    expect(findNext(snapshot.pairs, 2, -1, (item) => item.origin === 'confirmed')).toBe(1);
    expect(findNext(snapshot.pairs, 0, 1, () => false)).toBe(-1);
  });

  it('maps keys to shortcuts by physical key, in any keyboard layout', () => {
    const key = (code: string, keyValue: string, modifiers: Partial<KeyPress> = {}) =>
      ({ code, key: keyValue, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers }) satisfies KeyPress;
    expect(shortcutFor(key('KeyF', 'а'))).toBe('nextFlag');
    expect(shortcutFor(key('KeyF', 'F', { shiftKey: true }))).toBe('previousFlag');
    expect(shortcutFor(key('KeyM', 'ь'))).toBe('mergeNext');
    expect(shortcutFor(key('KeyZ', 'я', { ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(key('KeyZ', 'Я', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(key('KeyQ', 'q'))).toBeUndefined();
  });
});
