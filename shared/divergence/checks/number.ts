/**
 * `number`: numbers, dates, percentages and amounts that differ between the sides, after normalisation
 * ("130" = «сто тридцать», 2007 = «2007 г.», 1.5 = «1,5», 1,500 = «1 500», "ten" = «десять»).
 */
import type { Flag } from '../../types';
import { flagAt, type PairContext } from '../pair-context';
import { readsNumberWords, type NumberMention } from '../text/numbers';

function ignored(mention: NumberMention, values: readonly number[]): boolean {
  return mention.words && mention.values.every((value) => values.includes(value));
}

/** Flags numbers with no equal number on the other side; a pair of such numbers is a changed number. */
export function checkNumbers(context: PairContext): Flag[] {
  const { src, tgt, match, index, settings } = context;
  if (src.sentences.length === 0 || tgt.sentences.length === 0) return [];
  // Most pairs hold no number at all.
  if (match.srcNumbers.length === 0 && match.tgtNumbers.length === 0) return [];
  const ignoreOne = settings.number.ignoredWordValues;
  // Numbers in words compare only when both languages' number words are known.
  const words = readsNumberWords(src.lang) && readsNumberWords(tgt.lang);
  const counts = (mention: NumberMention): boolean => (words || !mention.words) && !ignored(mention, ignoreOne);
  const srcMissing = match.srcNumbers.filter((mention, k) => !match.srcNumberMatched[k] && counts(mention));
  const tgtExtra = match.tgtNumbers.filter((mention, k) => !match.tgtNumberMatched[k] && counts(mention));
  const flags: Flag[] = [];
  const changed = Math.min(srcMissing.length, tgtExtra.length);
  for (let k = 0; k < changed; k++) {
    const from = srcMissing[k] as NumberMention;
    const to = tgtExtra[k] as NumberMention;
    flags.push(flagAt(index, tgt, to.start, to.end, {
      kind: 'number',
      // Numbers in words are paraphrased more often ("a couple", «второе» as "also"): a warning, not an error.
      severity: from.words || to.words ? 'warning' : 'error',
      messageKey: 'number.changed',
      params: { source: src.text.slice(from.start, from.end), target: tgt.text.slice(to.start, to.end) },
    }));
  }
  for (const mention of srcMissing.slice(changed)) {
    flags.push(flagAt(index, src, mention.start, mention.end, {
      kind: 'number',
      severity: mention.words ? 'info' : 'warning',
      messageKey: 'number.missing',
      params: { number: src.text.slice(mention.start, mention.end) },
    }));
  }
  for (const mention of tgtExtra.slice(changed)) {
    flags.push(flagAt(index, tgt, mention.start, mention.end, {
      kind: 'number',
      severity: mention.words ? 'info' : 'warning',
      messageKey: 'number.extra',
      params: { number: tgt.text.slice(mention.start, mention.end) },
    }));
  }
  return flags;
}
