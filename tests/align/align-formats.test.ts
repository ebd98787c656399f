import { describe, expect, it } from 'vitest';
import { alignJson, writeAlignJson } from '../../shared/formats/align-json';
import { writeAlignTsv } from '../../shared/formats/tsv';
import { formatScore, writeVecalign } from '../../shared/formats/vecalign';
import type { AlignedPair, Flag } from '../../shared/types';

const pairs: AlignedPair[] = [
  { src: [], tgt: [0], score: 0.9 },
  { src: [0], tgt: [1, 2], score: 0.93456 },
  { src: [1, 2], tgt: [3], score: 1 },
  { src: [3], tgt: [], score: 0 },
];
const source = ['Заявление министра.', 'Вопрос:\tчто дальше?', 'Ответ\nследует.', '06.02.2026 16:47'];
const target = ['Photo: MFA', 'The minister’s statement.', 'Moscow, February 6, 2026', 'Question: what next? Answer follows.'];

describe('align output formats', () => {
  it('writes vecalign lines: 0-based indices, [] for an empty side, three-decimal scores', () => {
    expect(writeVecalign(pairs)).toBe('[]:[0]:0.9\n[0]:[1,2]:0.935\n[1,2]:[3]:1\n[3]:[]:0\n');
    expect(formatScore(0.12345)).toBe('0.123');
  });

  it('writes TSV rows with tabs and line breaks inside sentences turned into spaces', () => {
    const rows = writeAlignTsv(source, target, pairs).split('\n');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toBe('\tPhoto: MFA\t0.9');
    expect(rows[1]).toBe('Заявление министра.\tThe minister’s statement. Moscow, February 6, 2026\t0.935');
    expect(rows[2]).toBe('Вопрос: что дальше? Ответ следует.\tQuestion: what next? Answer follows.\t1');
    expect(rows[3]).toBe('06.02.2026 16:47\t\t0');
    expect(rows[4]).toBe('');
  });

  it('writes JSON with the languages, the sentences and each pair’s flags', () => {
    const flag: Flag = { kind: 'unaligned', severity: 'warning', pair: 3, side: 'src', sentence: 3, messageKey: 'unaligned.source', params: {} };
    const value = alignJson({ lang: 'ru', sentences: source }, { lang: 'en', sentences: target }, pairs, [flag]);
    expect(value.version).toBe(1);
    expect(value.source).toEqual({ lang: 'ru', sentences: source });
    expect(value.pairs.map((pair) => pair.flags.length)).toEqual([0, 0, 0, 1]);
    expect(value.pairs[3]?.flags[0]).toEqual({ kind: 'unaligned', severity: 'warning', side: 'src', sentence: 3, messageKey: 'unaligned.source', params: {} });
    const parsed = JSON.parse(writeAlignJson({ lang: 'ru', sentences: source }, { lang: 'en', sentences: target }, pairs)) as typeof value;
    expect(parsed.pairs[1]).toEqual({ src: [0], tgt: [1, 2], score: 0.93456, flags: [] });
  });
});
