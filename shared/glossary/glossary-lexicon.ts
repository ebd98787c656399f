/**
 * A glossary as a lexicon: every word of a source term maps to every word of its target terms. Passed to the
 * aligner next to the general lexicon, the glossary's terms become evidence that two sentences correspond.
 */
import type { Lexicon } from '../lexicon/lexicon';
import { createLexicon, isStopword, tokenizeWords, wordKey } from '../lexicon/word-key';
import type { LangCode } from '../types';
import type { Glossary } from './glossary';

function keys(term: string, lang: LangCode): string[] {
  return tokenizeWords(term, lang)
    .filter((token) => token.kind === 'number' || !isStopword(token.text, lang))
    .map((token) => wordKey(token.text, lang));
}

/** The glossary's term words as a lexicon from its source language to its target language. */
export function glossaryLexicon(glossary: Glossary): Lexicon {
  const entries: [string, string[]][] = [];
  for (const entry of glossary.entries) {
    const targets = entry.targets.flatMap((term) => keys(term, glossary.tgtLang));
    for (const key of keys(entry.source, glossary.srcLang)) entries.push([key, targets]);
  }
  return createLexicon(glossary.srcLang, glossary.tgtLang, entries);
}
