/** `unaligned`: a sentence with no counterpart at all (photo captions, footers, a dropped paragraph). */
import type { Flag } from '../../types';
import { flagSentence, quote, type PairContext } from '../pair-context';

/** Flags every sentence of a pair whose other side is empty. */
export function checkUnaligned(context: PairContext): Flag[] {
  const { src, tgt, index } = context;
  if (src.sentences.length > 0 && tgt.sentences.length > 0) return [];
  const side = src.sentences.length > 0 ? src : tgt;
  return side.sentences.map((sentence, slot) => {
    const start = side.offsets[slot] ?? 0;
    const end = side.offsets[slot + 1] === undefined ? side.text.length : (side.offsets[slot + 1] ?? 0) - 1;
    return flagSentence(index, side, sentence, {
      kind: 'unaligned',
      severity: 'warning',
      messageKey: side.side === 'src' ? 'unaligned.source' : 'unaligned.target',
      params: { text: quote(side.text.slice(start, end)) },
    });
  });
}
