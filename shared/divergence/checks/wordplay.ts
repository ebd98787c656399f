/**
 * `wordplay`: a pun marker ("pardon the pun", «извините за каламбур», «как говорится») or a set idiom
 * («поживём – увидим», "time will tell") on either side, whose effect may not carry over.
 */
import type { Flag } from '../../types';
import { markersFor, type LanguageMarkers } from '../markers/index';
import { flagAt, type PairContext } from '../pair-context';
import { findPhrasesInLists } from '../text/phrases';
import type { SideText, Token } from '../text/side-text';

// The pun markers and the idioms of each language as one pair of lists (kept, so they are compiled once).
const markerLists = new WeakMap<LanguageMarkers, readonly (readonly string[])[]>();

function listsOf(markers: LanguageMarkers): readonly (readonly string[])[] {
  let lists = markerLists.get(markers);
  if (!lists) {
    lists = [markers.wordplay, markers.idioms];
    markerLists.set(markers, lists);
  }
  return lists;
}

function sideFlags(index: number, side: SideText): Flag[] {
  const markers = markersFor(side.lang);
  const [puns = [], idioms = []] = findPhrasesInLists(side.tokens, listsOf(markers), side.lang, markers.matchBy);
  if (puns.length === 0 && idioms.length === 0) return [];
  const found = [
    ...puns.map((match) => ({ match, messageKey: 'wordplay.marker' })),
    ...idioms.map((match) => ({ match, messageKey: 'wordplay.idiom' })),
  ];
  return found.map(({ match, messageKey }) => {
    const first = side.tokens[match.first] as Token;
    const last = side.tokens[match.last] as Token;
    return flagAt(index, side, first.start, last.end, {
      kind: 'wordplay',
      severity: 'info',
      messageKey,
      params: { phrase: side.text.slice(first.start, last.end) },
    });
  });
}

/** Flags pun markers and idioms on both sides of a pair. */
export function checkWordplay(context: PairContext): Flag[] {
  const src = sideFlags(context.index, context.src);
  const tgt = sideFlags(context.index, context.tgt);
  return src.length === 0 ? tgt : tgt.length === 0 ? src : [...src, ...tgt];
}
