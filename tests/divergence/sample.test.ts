import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { loadSample, scoreSample } from './sample-scores';

describe('divergence checks on the Lavrov – OSCE sample with the gold alignment', () => {
  const sample = loadSample();
  const { flags, recall, otherFlaggedPairs } = scoreSample(sample, loadLexicon('ru', 'en'));

  it('flags the bucha gloss with a span covering the inserted explanation', () => {
    const sentence = sample.target.sentences.findIndex((s) => s.text.startsWith('A bucha'));
    const gloss = flags.filter((flag) => flag.kind === 'gloss' && flag.side === 'tgt' && flag.sentence === sentence);
    const text = sample.target.sentences[sentence]?.text ?? '';
    const wanted = 'which means ‘frenzy’ in Russian';
    const at = text.indexOf(wanted);
    expect(at).toBeGreaterThan(0);
    expect(gloss.some((flag) => (flag.start ?? Infinity) <= at && (flag.end ?? 0) >= at + wanted.length)).toBe(true);
    expect(gloss.find((flag) => flag.messageKey === 'gloss.marker')?.severity).toBe('warning');
  });

  it('finds the gold unaligned sentences, the gloss and both pieces of wordplay', () => {
    expect(recall.unaligned).toEqual({ found: 6, total: 6 });
    expect(recall.gloss).toEqual({ found: 1, total: 1 });
    expect(recall.wordplay).toEqual({ found: 2, total: 2 });
    expect(recall.name?.found).toBeGreaterThanOrEqual(2);
  });

  it('reports the recall per kind and keeps warnings off most faithful pairs', () => {
    const summary = Object.entries(recall).map(([kind, { found, total }]) => `${kind} ${found}/${total}`).join(', ');
    console.log(`sample recall: ${summary}; pairs outside the gold list with a warning or error: ${otherFlaggedPairs}/${sample.pairs.length}`);
    expect(otherFlaggedPairs / sample.pairs.length).toBeLessThanOrEqual(0.2);
  });
});
