/** Marker phrases by language; languages without a file simply get no marker-based flags. */
import type { LangCode } from '../../types';
import { EN_MARKERS } from './en';
import { RU_MARKERS } from './ru';
import type { GlossConcept, LanguageMarkers } from './types';

export { WEAK_GLOSS_CONCEPTS, type GlossConcept, type LanguageMarkers } from './types';

const MARKERS: Readonly<Record<LangCode, LanguageMarkers>> = { en: EN_MARKERS, ru: RU_MARKERS };

const EMPTY: LanguageMarkers = {
  matchBy: 'stem',
  functionWords: [],
  glossEvidence: {},
  gloss: { means: [], literally: [], inLanguage: [], soCalled: [], thatIs: [], knownAs: [], kindOf: [] },
  wordplay: [],
  idioms: [],
};

/** The marker phrases of a language (empty lists when Sverka has none for it). */
export function markersFor(lang: LangCode): LanguageMarkers {
  return MARKERS[lang] ?? EMPTY;
}

/** Every gloss concept, in a fixed order. */
export const GLOSS_CONCEPTS: readonly GlossConcept[] = ['means', 'literally', 'inLanguage', 'soCalled', 'thatIs', 'knownAs', 'kindOf'];

const functionWordSets = new Map<LangCode, ReadonlySet<string>>();

/** True when the word (lower case) is one of the language's extra function words. */
export function isFunctionWord(lowerWord: string, lang: LangCode): boolean {
  let set = functionWordSets.get(lang);
  if (!set) {
    set = new Set(markersFor(lang).functionWords);
    functionWordSets.set(lang, set);
  }
  return set.has(lowerWord);
}
