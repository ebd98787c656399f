/**
 * Finds marker phrases in a token list word by word: by lexicon key for inflected languages (so «так
 * называемые» matches «так называемый»), by lower-case form otherwise (so "namely" does not match "names").
 * Punctuation is ignored ("so called" matches "so-called").
 */
import { normalizeWord, tokenizeWords, wordKey } from '../../lexicon/word-key';
import type { LangCode } from '../../types';
import { emptyPackedList, pushedList } from '../empty-lists';
import { RecentCache } from './recent-cache';
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

const orderedMemo = new WeakMap<readonly string[], Record<PhraseMatchMode, Map<LangCode, ReadonlyMap<string, readonly CompiledPhrase[]>>>>();

/**
 * The phrases with their word forms, longest first, grouped by their first form (compiled once per list,
 * language and mode): a position is only tried against the phrases that start with its word.
 */
function orderedPhrases(phrases: readonly string[], lang: LangCode, mode: PhraseMatchMode): ReadonlyMap<string, readonly CompiledPhrase[]> {
  let byMode = orderedMemo.get(phrases);
  if (!byMode) {
    byMode = { stem: new Map(), word: new Map() };
    orderedMemo.set(phrases, byMode);
  }
  const byLang = byMode[mode];
  let ordered = byLang.get(lang);
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
    byLang.set(lang, ordered);
    const known = headsOf(lang, mode);
    for (const head of groups.keys()) {
      if (known.forms.has(head)) continue;
      known.forms.add(head);
      known.version += 1;
    }
  }
  return ordered;
}

const lowerMemo = new RecentCache<readonly Token[], readonly string[]>();
const normalizedMemo = new Map<LangCode, Map<string, string>>();

function normalized(word: string, lang: LangCode): string {
  let table = normalizedMemo.get(lang);
  if (!table) {
    table = new Map();
    normalizedMemo.set(lang, table);
  }
  let form = table.get(word);
  if (form === undefined) {
    form = normalizeWord(word, lang);
    if (table.size > 200_000) table.clear();
    table.set(word, form);
  }
  return form;
}

/**
 * The normalised lower-case forms of a token list (computed once per list: every marker list reads them), each
 * kept with its word's facts when asked in the word's language.
 */
function lowerForms(tokens: readonly Token[], lang: LangCode): readonly string[] {
  let forms = lowerMemo.get(tokens);
  if (!forms) {
    const list = pushedList<string>(tokens.length);
    for (const token of tokens) {
      const word = token.word;
      list.push(word.lang === lang ? (word.normal ??= normalized(word.text, lang)) : normalized(token.text, lang));
    }
    forms = list;
    lowerMemo.set(tokens, forms);
  }
  return forms;
}

/**
 * The first forms of every phrase list compiled so far, per language and mode, with a version that changes when
 * a list adds new ones; and per token list the positions whose form starts some phrase. A phrase can only match
 * at such a position, so each list is tried there alone rather than at every token.
 */
interface Heads {
  readonly forms: Set<string>;
  version: number;
}

const heads: Record<PhraseMatchMode, Map<LangCode, Heads>> = { stem: new Map(), word: new Map() };
const startsMemo = new RecentCache<readonly string[], { readonly heads: Heads; readonly version: number; readonly positions: readonly number[] }>();

function headsOf(lang: LangCode, mode: PhraseMatchMode): Heads {
  let entry = heads[mode].get(lang);
  if (!entry) {
    entry = { forms: new Set(), version: 0 };
    heads[mode].set(lang, entry);
  }
  return entry;
}

function phraseStarts(textForms: readonly string[], lang: LangCode, mode: PhraseMatchMode): readonly number[] {
  const known = headsOf(lang, mode);
  const cached = startsMemo.get(textForms);
  if (cached && cached.heads === known && cached.version === known.version) return cached.positions;
  const positions: number[] = [];
  for (let k = 0; k < textForms.length; k++) if (known.forms.has(textForms[k] as string)) positions.push(k);
  startsMemo.set(textForms, { heads: known, version: known.version, positions });
  return positions;
}

const keyMemo = new RecentCache<readonly Token[], readonly string[]>();

/** The lexicon keys of a token list (computed once per list). */
function keyForms(tokens: readonly Token[]): readonly string[] {
  let forms = keyMemo.get(tokens);
  if (!forms) {
    const list = pushedList<string>(tokens.length);
    for (const token of tokens) list.push(token.key);
    forms = list;
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
  // Left to right, longest phrase first, no overlaps: after a match the scan resumes behind it.
  let position = 0;
  for (const start of phraseStarts(textForms, lang, mode)) {
    if (start < position) continue;
    const hit = ordered.get(textForms[start] as string)?.find((entry) => entry.forms.every((form, k) => textForms[start + k] === form));
    if (!hit) continue;
    matches.push({ phrase: hit.phrase, first: start, last: start + hit.forms.length - 1 });
    position = start + hit.forms.length;
  }
  return matches;
}

/** Several phrase lists merged by first form: for each form, the lists (by position) with phrases starting so. */
type MergedLists = ReadonlyMap<string, readonly (readonly [number, readonly CompiledPhrase[]])[]>;

const mergedMemo = new WeakMap<readonly (readonly string[])[], Record<PhraseMatchMode, Map<LangCode, MergedLists>>>();

function mergedLists(lists: readonly (readonly string[])[], lang: LangCode, mode: PhraseMatchMode): MergedLists {
  let byMode = mergedMemo.get(lists);
  if (!byMode) {
    byMode = { stem: new Map(), word: new Map() };
    mergedMemo.set(lists, byMode);
  }
  let merged = byMode[mode].get(lang);
  if (!merged) {
    const groups = new Map<string, (readonly [number, readonly CompiledPhrase[]])[]>();
    for (const [n, list] of lists.entries()) {
      for (const [head, entries] of orderedPhrases(list, lang, mode)) {
        const group = groups.get(head);
        if (group) group.push([n, entries]);
        else groups.set(head, [[n, entries]]);
      }
    }
    merged = groups;
    byMode[mode].set(lang, merged);
  }
  return merged;
}

/**
 * `findPhrases` for several lists at once (one result per list, each exactly as `findPhrases` gives it), in one
 * scan of the tokens. `lists` should be the same array from call to call: what is compiled from it is kept.
 */
export function findPhrasesInLists(
  tokens: readonly Token[],
  lists: readonly (readonly string[])[],
  lang: LangCode,
  mode: PhraseMatchMode = 'stem',
): readonly (readonly PhraseMatch[])[] {
  const merged = mergedLists(lists, lang, mode);
  // A list without a match shares one empty result (most texts hold none of most lists).
  const results = pushedList<readonly PhraseMatch[]>(lists.length);
  for (let n = 0; n < lists.length; n++) results.push(NO_PHRASE_MATCHES);
  if (merged.size === 0) return results;
  const textForms = mode === 'stem' ? keyForms(tokens) : lowerForms(tokens, lang);
  // Each list keeps its own scan position, as if it were scanned alone.
  // Pushed, not made by map: map's list has holes or not depending on whether V8 inlined it (see empty-lists.ts).
  const positions: number[] = [];
  for (let n = 0; n < lists.length; n++) positions.push(0);
  for (const start of phraseStarts(textForms, lang, mode)) {
    for (const [n, entries] of merged.get(textForms[start] as string) ?? []) {
      if (start < (positions[n] as number)) continue;
      const hit = entries.find((entry) => entry.forms.every((form, k) => textForms[start + k] === form));
      if (!hit) continue;
      const match = { phrase: hit.phrase, first: start, last: start + hit.forms.length - 1 };
      const found = results[n];
      if (found === NO_PHRASE_MATCHES || found === undefined) results[n] = [match];
      else (found as PhraseMatch[]).push(match);
      positions[n] = start + hit.forms.length;
    }
  }
  return results;
}

// Of the kind of the lists of matches found (see empty-lists.ts).
const NO_PHRASE_MATCHES: readonly PhraseMatch[] = emptyPackedList();
