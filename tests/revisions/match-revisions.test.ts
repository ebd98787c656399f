import { describe, expect, it } from 'vitest';
import { matchRevisions, type SentenceMatch } from '../../shared/revisions/match-revisions';
import { documentOf, loadSentenceFixture } from './sentence-docs';

const base = loadSentenceFixture('en.base.txt', 'en');
const textOf = (i: number): string => base.sentences[i].text;
const indexOf = (prefix: string): number => base.sentences.findIndex((s) => s.text.startsWith(prefix));

function matchWith(name: string): SentenceMatch {
  return matchRevisions(base, loadSentenceFixture(name, 'en'));
}

/** Every old sentence maps somewhere consistent with the new side's view, and vice versa. */
function expectConsistent(match: SentenceMatch): void {
  match.old.forEach((fate, i) => {
    if (fate.kind === 'unchanged') expect(match.new[fate.to]).toMatchObject({ kind: 'unchanged', from: i });
    if (fate.kind === 'modified') for (const j of fate.to) expect(match.new[j]).toMatchObject({ kind: 'modified' });
  });
  match.new.forEach((source, j) => {
    if (source.kind === 'unchanged') expect(match.old[source.from]).toMatchObject({ kind: 'unchanged', to: j });
    if (source.kind === 'modified') for (const i of source.from) expect((match.old[i] as { to?: readonly number[] }).to).toContain(j);
  });
}

describe('matchRevisions', () => {
  it('maps an identical revision one to one', () => {
    const match = matchRevisions(base, base);
    expect(match.stats).toMatchObject({ unchanged: base.sentences.length, modified: 0, deleted: 0, inserted: 0, moved: 0 });
    expect(match.changes).toEqual([]);
  });

  it('ignores whitespace-only and Unicode-composition changes but reports them', () => {
    const paragraphs = [base.sentences.slice(0, 3).map((s) => s.text)];
    const edited = paragraphs.map((p) => p.map((t, i) => (i === 1 ? `  ${t.replace(/ /g, '\u00a0 ')} ` : t)));
    const match = matchRevisions(documentOf(paragraphs, 'en'), documentOf(edited, 'en'));
    expect(match.stats.unchanged).toBe(3);
    expect(match.old[1]).toMatchObject({ kind: 'unchanged', to: 1, whitespaceOnly: true });
    expect(match.old[0]).toMatchObject({ whitespaceOnly: false });
    const composed = documentOf([['Café crème.']], 'fr');
    const decomposed = documentOf([['Cafe\u0301 cre\u0300me.']], 'fr');
    expect(matchRevisions(composed, decomposed).old[0]).toMatchObject({ kind: 'unchanged', whitespaceOnly: true });
  });

  it('finds an inserted sentence', () => {
    const match = matchWith('en.inserted.txt');
    const at = indexOf('A vacuum has emerged.') + 1;
    expect(match.changes).toEqual([{ kind: 'inserted', old: [], new: [at] }]);
    expect(match.new[at]).toEqual({ kind: 'inserted' });
    expect(match.old[at]).toMatchObject({ kind: 'unchanged', to: at + 1, moved: false });
    expectConsistent(match);
  });

  it('finds a deleted sentence', () => {
    const match = matchWith('en.deleted.txt');
    const gone = indexOf('Such quartets and trios');
    expect(match.changes).toEqual([{ kind: 'deleted', old: [gone], new: [] }]);
    expect(match.old[gone]).toEqual({ kind: 'deleted' });
    expect(match.old[gone + 1]).toMatchObject({ kind: 'unchanged', to: gone });
    expectConsistent(match);
  });

  it('recognises a fixed typo as the same sentence modified', () => {
    const match = matchWith('en.typo.txt');
    const at = indexOf('I have outlines');
    expect(match.changes).toEqual([{ kind: 'modified', old: [at], new: [at] }]);
    expect(match.old[at]).toMatchObject({ kind: 'modified', to: [at] });
    expect((match.old[at] as { similarity: number }).similarity).toBeGreaterThan(0.9);
    expect(match.stats).toMatchObject({ modified: 1, deleted: 0, inserted: 0 });
  });

  it('recognises a sentence split in two', () => {
    const match = matchWith('en.split.txt');
    const at = indexOf('We do not want NATO');
    expect(match.changes).toEqual([{ kind: 'modified', old: [at], new: [at, at + 1] }]);
    expect(match.old[at + 1]).toMatchObject({ kind: 'unchanged', to: at + 2 });
    expectConsistent(match);
  });

  it('recognises two sentences merged into one', () => {
    const match = matchWith('en.merged.txt');
    const at = indexOf('A vacuum has emerged.');
    expect(match.changes).toEqual([{ kind: 'modified', old: [at, at + 1], new: [at] }]);
    expectConsistent(match);
  });

  it('sees a rewritten sentence as deleted and inserted', () => {
    const match = matchWith('en.rewritten.txt');
    const at = indexOf('Nuclear components');
    expect(match.old[at]).toEqual({ kind: 'deleted' });
    expect(match.new[at]).toEqual({ kind: 'inserted' });
  });

  it('maps a moved paragraph as unchanged but moved', () => {
    const match = matchWith('en.reordered.txt');
    const first = indexOf('NATO engages precisely');
    const moved = match.changes.filter((change) => change.kind === 'moved');
    expect(match.changes).toHaveLength(1);
    expect(moved[0].old).toEqual([first, first + 1, first + 2]);
    for (const i of moved[0].old) expect(match.old[i]).toMatchObject({ kind: 'unchanged', moved: true });
    expect(match.stats).toMatchObject({ moved: 3, modified: 0, deleted: 0, inserted: 0 });
    for (let k = 0; k < 3; k++) expect(textOf(first + k)).toBe(loadSentenceFixture('en.reordered.txt', 'en').sentences[moved[0].new[k]].text);
    expectConsistent(match);
  });

  it('recognises an edit inside a moved paragraph', () => {
    const match = matchWith('en.reordered-edited.txt');
    const first = indexOf('NATO engages precisely');
    expect(match.old[first]).toMatchObject({ kind: 'unchanged', moved: true });
    expect(match.old[first + 1]).toMatchObject({ kind: 'modified' });
    expect(match.old[first + 2]).toMatchObject({ kind: 'unchanged', moved: true });
    expect(match.stats).toMatchObject({ moved: 2, modified: 1, deleted: 0, inserted: 0 });
    expect(match.changes.map((change) => change.kind).sort()).toEqual(['modified', 'moved', 'moved']);
    expectConsistent(match);
  });

  it('stays correct and quick on two unrelated documents (fallback diff)', () => {
    const other = loadSentenceFixture('ru.base.txt', 'ru');
    const match = matchRevisions(base, other, { maxEditLength: 10 });
    expect(match.stats.fallback).toBe(true);
    expect(match.stats.unchanged).toBe(0);
    expect(match.stats.deleted + match.stats.modified).toBe(base.sentences.length);
    expectConsistent(match);
  });

  it('still recognises edits when a heavily revised file takes the fallback diff', () => {
    const texts = base.sentences.map((s) => s.text);
    const edited = texts.map((t, i) => (i % 3 === 0 ? t.replace(/(\p{L})(\p{L})(\p{L}{3,})/u, '$2$1$3') : t));
    const changed = edited.filter((t, i) => t !== texts[i]).length;
    const match = matchRevisions(documentOf([texts], 'en'), documentOf([edited], 'en'), { maxEditLength: 5 });
    expect(match.stats).toMatchObject({ fallback: true, modified: changed, unchanged: texts.length - changed, deleted: 0, inserted: 0 });
    expectConsistent(match);
  });

  it('keeps the order-preserving part when the fallback runs on a reordered file', () => {
    const reordered = loadSentenceFixture('en.reordered.txt', 'en');
    const match = matchRevisions(base, reordered, { maxEditLength: 1 });
    expect(match.stats.fallback).toBe(true);
    expect(match.stats.unchanged + match.stats.moved).toBe(base.sentences.length);
    expectConsistent(match);
  });
});
