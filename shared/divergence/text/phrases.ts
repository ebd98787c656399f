/**
 * Finds marker phrases in a token list word by word: by lexicon key for inflected languages (so «так
 * называемые» matches «так называемый»), by lower-case form otherwise (so "namely" does not match "names").
 * Punctuation is ignored ("so called" matches "so-called").
 */
import { normalizeWord, tokenizeWords, wordKey } from '../../lexicon/word-key';
import type { LangCode } from '../../types';
import type { Token } from './side-text';

/** A phrase found in a token list: the phrase as listed and the tokens it covers (inclusive). */
export interface PhraseMatch {
  readonly phrase: string;
  readonly first: number;
  readonly last: number;
}

/** How phrase words are compared with text words. */
export type PhraseMatchMode = 'word' | 'stem';

const compiled = new Map<string, readonly string[]>();

function formOf(word: string, lang: LangCode, mode: PhraseMatchMode): string {
  return mode === 'stem' ? wordKey(word, lang) : normalizeWord(word, lang);
}

function phraseForms(phrase: string, lang: LangCode, mode: PhraseMatchMode): readonly string[] {
  const id = `${lang}\u0000${mode}\u0000${phrase}`;
  let forms = compiled.get(id);
  if (!forms) {
    forms = tokenizeWords(phrase, lang).map((token) => formOf(token.text, lang, mode));
    compiled.set(id, forms);
  }
  return forms;
}

interface CompiledPhrase {
  readonly phrase: string;
  readonly forms: readonly string[];
}

const orderedMemo = new WeakMap<readonly string[], Map<string, ReadonlyMap<string, readonly CompiledPhrase[]>>>();

/**
 * The phrases with their word forms, longest first, grouped by their first form (compiled once per list,
 * language and mode): a position is only tried against the phrases that start with its word.
 */
function orderedPhrases(phrases: readonly string[], lang: LangCode, mode: PhraseMatchMode): ReadonlyMap<string, readonly CompiledPhrase[]> {
  let byLang = orderedMemo.get(phrases);
  if (!byLang) {
    byLang = new Map();
    orderedMemo.set(phrases, byLang);
  }
  const id = `${lang}\u0000${mode}`;
  let ordered = byLang.get(id);
  if (!ordered) {
    const groups = new Map<string, CompiledPhrase[]>();
    const sorted = phrases
      .map((phrase) => ({ phrase, forms: phraseForms(phrase, lang, mode) }))
      .filter((entry) => entry.forms.length > 0)
      .sort((a, b) => b.forms.length - a.forms.length);
    for (const entry of sorted) {
      const head = entry.forms[0] as string;
      const group = groups.get(head);
      if (group) group.push(entry);
      else groups.set(head, [entry]);
    }
    ordered = groups;
    byLang.set(id, ordered);
  }
  return ordered;
}

const lowerMemo = new WeakMap<readonly Token[], readonly string[]>();

/** The normalised lower-case forms of a token list (computed once per list: every marker list reads them). */
function lowerForms(tokens: readonly Token[], lang: LangCode): readonly string[] {
  let forms = lowerMemo.get(tokens);
  if (!forms) {
    forms = tokens.map((token) => normalizeWord(token.text, lang));
    lowerMemo.set(tokens, forms);
  }
  return forms;
}

const keyMemo = new WeakMap<readonly Token[], readonly string[]>();

/** The lexicon keys of a token list (computed once per list). */
function keyForms(tokens: readonly Token[]): readonly string[] {
  let forms = keyMemo.get(tokens);
  if (!forms) {
    forms = tokens.map((token) => token.key);
    keyMemo.set(tokens, forms);
  }
  return forms;
}

/** Every occurrence of any of the phrases in the tokens (longest phrase first at a position, no overlaps). */
export function findPhrases(tokens: readonly Token[], phrases: readonly string[], lang: LangCode, mode: PhraseMatchMode = 'stem'): PhraseMatch[] {
  const ordered = orderedPhrases(phrases, lang, mode);
  const matches: PhraseMatch[] = [];
  if (ordered.size === 0) return matches;
  const textForms = mode === 'stem' ? keyForms(tokens) : lowerForms(tokens, lang);
  let position = 0;
  while (position < tokens.length) {
    const hit = ordered.get(textForms[position] as string)?.find((entry) => entry.forms.every((form, k) => textForms[position + k] === form));
    if (hit) {
      matches.push({ phrase: hit.phrase, first: position, last: position + hit.forms.length - 1 });
      position += hit.forms.length;
    } else {
      position += 1;
    }
  }
  return matches;
}
