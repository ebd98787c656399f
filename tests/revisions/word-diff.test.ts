import { describe, expect, it } from 'vitest';
import { compareRevisions, diffSentences } from '../../shared/revisions/compare-revisions';
import { matchRevisions } from '../../shared/revisions/match-revisions';
import { diffTranslations } from '../../shared/revisions/diff-translations';
import { newTextOf, oldTextOf, tokenizeForDiff, wordDiff } from '../../shared/revisions/word-diff';
import { documentOf, loadSentenceFixture } from './sentence-docs';

describe('wordDiff', () => {
  it('diffs English by whole words and keeps both texts recoverable', () => {
    const before = 'I have outlines the main topics.';
    const after = 'I have outlined the two main topics.';
    const segments = wordDiff(before, after);
    expect(segments).toEqual([
      { kind: 'equal', text: 'I have ' },
      { kind: 'delete', text: 'outlines' },
      { kind: 'insert', text: 'outlined' },
      { kind: 'equal', text: ' the ' },
      { kind: 'insert', text: 'two ' },
      { kind: 'equal', text: 'main topics.' },
    ]);
    expect(oldTextOf(segments)).toBe(before);
    expect(newTextOf(segments)).toBe(after);
  });

  it('diffs Russian by whole words, not letters', () => {
    const segments = wordDiff('Мы общаемся достаточно регулярно.', 'Мы общались достаточно регулярно.');
    expect(segments).toEqual([
      { kind: 'equal', text: 'Мы ' },
      { kind: 'delete', text: 'общаемся' },
      { kind: 'insert', text: 'общались' },
      { kind: 'equal', text: ' достаточно регулярно.' },
    ]);
  });

  it('folds a lone space between two changes into one deletion and one insertion', () => {
    const segments = wordDiff('the quick fox', 'a slow fox');
    expect(segments).toEqual([
      { kind: 'delete', text: 'the quick' },
      { kind: 'insert', text: 'a slow' },
      { kind: 'equal', text: ' fox' },
    ]);
  });

  it('diffs Chinese and Japanese character by character', () => {
    expect(tokenizeForDiff('我们今天见面了。')).toEqual(['我', '们', '今', '天', '见', '面', '了', '。']);
    expect(tokenizeForDiff('東京へ行きます abc')).toEqual(['東', '京', 'へ', '行', 'き', 'ま', 'す', ' ', 'abc']);
    const segments = wordDiff('我们今天见面了。', '我们明天见面了。');
    expect(segments).toEqual([
      { kind: 'equal', text: '我们' },
      { kind: 'delete', text: '今' },
      { kind: 'insert', text: '明' },
      { kind: 'equal', text: '天见面了。' },
    ]);
  });

  it('keeps apostrophes inside words and handles empty sides', () => {
    expect(tokenizeForDiff("Russia’s don't")).toEqual(['Russia’s', ' ', "don't"]);
    expect(wordDiff('', 'New text.')).toEqual([{ kind: 'insert', text: 'New text.' }]);
    expect(wordDiff('Old text.', '')).toEqual([{ kind: 'delete', text: 'Old text.' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});

describe('compareRevisions', () => {
  it('lists each change of a revision with its word diff', () => {
    const base = loadSentenceFixture('ru.base.txt', 'ru');
    const edited = loadSentenceFixture('ru.edited.txt', 'ru');
    const { changes } = compareRevisions(base, edited);
    expect(changes.map((change) => change.kind)).toEqual(['modified', 'inserted', 'modified']);
    expect(changes[0].segments).toEqual([
      { kind: 'equal', text: 'Как вы знаете, вчера истёк срок действия ДСНВ' },
      { kind: 'delete', text: ', образовался' },
      { kind: 'insert', text: '. Образовался' },
      { kind: 'equal', text: ' вакуум.' },
    ]);
    expect(changes[1].segments).toEqual([{ kind: 'insert', text: 'Последствия для стратегической стабильности могут быть серьёзными.' }]);
    expect(changes[2].segments.filter((s) => s.kind !== 'equal')).toEqual([
      { kind: 'delete', text: 'будут' },
      { kind: 'insert', text: 'окажутся' },
    ]);
  });

  it('shows deletions and moves', () => {
    const base = loadSentenceFixture('en.base.txt', 'en');
    expect(compareRevisions(base, loadSentenceFixture('en.deleted.txt', 'en')).changes).toMatchObject([
      { kind: 'deleted', segments: [{ kind: 'delete', text: 'Such quartets and trios are being actively developed.' }] },
    ]);
    const moved = compareRevisions(base, loadSentenceFixture('en.reordered.txt', 'en')).changes;
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ kind: 'moved', segments: [{ kind: 'equal' }] });
  });
});

describe('diffSentences', () => {
  it('shows the tracked changes of one row against the sentences it came from', () => {
    const base = loadSentenceFixture('en.base.txt', 'en');
    const split = loadSentenceFixture('en.split.txt', 'en');
    const match = matchRevisions(base, split);
    const at = split.sentences.findIndex((s) => s.text.startsWith('We do not want NATO'));
    const segments = diffSentences(match, base, split, [at, at + 1]);
    expect(segments.filter((s) => s.kind !== 'equal')).toEqual([
      { kind: 'delete', text: '; yet' },
      { kind: 'insert', text: '. Yet' },
    ]);
    expect(diffSentences(match, base, split, [at + 2])).toEqual([{ kind: 'equal', text: split.sentences[at + 2].text }]);
    const inserted = loadSentenceFixture('en.inserted.txt', 'en');
    const added = inserted.sentences.findIndex((s) => s.text.startsWith('The consequences'));
    expect(diffSentences(matchRevisions(base, inserted), base, inserted, [added])).toEqual([
      { kind: 'insert', text: 'The consequences for strategic stability could be serious.' },
    ]);
  });
});

describe('diffTranslations', () => {
  it('compares two translations row by row, cutting the original where both alignments allow', () => {
    const first = documentOf([['One.', 'Two.', 'Three and four.'], ['Five.']], 'en');
    const second = documentOf([['One.', 'Second.', 'Three.', 'Four.'], ['Five!', 'Extra.']], 'en');
    const rows = diffTranslations(
      5,
      { document: first, pairs: [{ src: [0], tgt: [0] }, { src: [1], tgt: [1] }, { src: [2, 3], tgt: [2] }, { src: [4], tgt: [3] }] },
      {
        document: second,
        pairs: [{ src: [0], tgt: [0] }, { src: [1], tgt: [1] }, { src: [2], tgt: [2] }, { src: [3], tgt: [3] }, { src: [4], tgt: [4] }, { src: [], tgt: [5] }],
      },
    );
    expect(rows.map((row) => [row.src, row.first, row.second, row.identical])).toEqual([
      [[0], [0], [0], true],
      [[1], [1], [1], false],
      [[2, 3], [2], [2, 3], false],
      [[4], [3], [4, 5], false],
    ]);
    expect(rows[1].segments).toEqual([{ kind: 'delete', text: 'Two' }, { kind: 'insert', text: 'Second' }, { kind: 'equal', text: '.' }]);
    expect(rows[2].segments).toEqual([
      { kind: 'equal', text: 'Three' },
      { kind: 'delete', text: ' and four' },
      { kind: 'insert', text: '. Four' },
      { kind: 'equal', text: '.' },
    ]);
  });
});
