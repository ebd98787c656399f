// The anchor candidates (sentence pairs both sides propose through rare tokens) are accumulated in typed arrays;
// they must be exactly those of the definition: a weight per proposed pair summed over the proposing tokens.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { anchorCandidates, type AnchorCandidate } from '../../shared/align/band';
import { buildEvidence, type Evidence, type SideEvidence } from '../../shared/align/evidence';
import { keyTokens, tokenizeSide } from '../../shared/align/features';
import { samplePair } from './helpers';

/** The definition, with one map of weights per direction keyed by "s t". */
function reference(evidence: Evidence, maxHits: number): AnchorCandidate[] {
  const propose = (side: SideEvidence, transpose: boolean): Map<string, number> => {
    const weights = new Map<string, number>();
    for (let s = 0; s < side.sentenceCount; s++) {
      for (let k = side.selStart[s] as number; k < (side.selStart[s + 1] as number); k++) {
        const from = side.hitFrom[k] as number;
        const count = (side.hitTo[k] as number) - from;
        if (count > maxHits) continue;
        for (let h = from; h < from + count; h++) {
          const key = transpose ? `${side.hits[h]} ${s}` : `${s} ${side.hits[h]}`;
          weights.set(key, (weights.get(key) ?? 0) + 1 / count);
        }
      }
    }
    return weights;
  };
  const forward = propose(evidence.src, false);
  const backward = propose(evidence.tgt, true);
  const candidates: AnchorCandidate[] = [];
  for (const [key, weight] of forward) {
    const other = backward.get(key);
    if (other === undefined) continue;
    const [s, t] = key.split(' ').map(Number) as [number, number];
    candidates.push({ s, t, weight: weight + other });
  }
  return candidates;
}

const byPosition = (x: AnchorCandidate, y: AnchorCandidate): number => x.s - y.s || x.t - y.t;

describe('anchorCandidates', () => {
  it('proposes exactly the pairs and weights of the definition', () => {
    const { src, tgt } = samplePair();
    const lexicon = loadLexicon('ru', 'en');
    // The sample twice over, so that rare tokens hit two sentences and the candidates are many.
    const srcTexts = [...src.sentences, ...src.sentences].map((s) => s.text);
    const tgtTexts = [...tgt.sentences, ...tgt.sentences].map((s) => s.text);
    const evidence = buildEvidence(keyTokens(tokenizeSide(srcTexts, src.lang, lexicon), tokenizeSide(tgtTexts, tgt.lang), { forward: (key) => lexicon?.translationsOf(key) }));
    for (const maxHits of [1, 2, 3, 8]) {
      const found = anchorCandidates(evidence, maxHits).sort(byPosition);
      const expected = reference(evidence, maxHits).sort(byPosition);
      expect(found.length).toBe(expected.length);
      expect(found).toEqual(expected);
    }
    expect(anchorCandidates(evidence, 8).length).toBeGreaterThan(100);
  });
});
