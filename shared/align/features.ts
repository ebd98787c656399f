/**
 * Turns both documents into integer "match keys" per token type. A source token and a target token match when
 * they share a key: the same number, the same punctuation mark, the same transliterated name, the same cognate
 * skeleton, or a dictionary translation (source keys carry the target-language keys of their translations).
 * Everything is computed once per distinct token (type), not per occurrence.
 */
import { contentKeys } from '../lexicon/content-keys';
import type { Lexicon } from '../lexicon/lexicon';
import { wordKey } from '../lexicon/word-key';
import { SliceTable } from './slice-table';
import { isCapitalized, isCjkLanguage, scanSentence, type TokenKind, type TokenSink } from './tokens';
import { nameKeyOfSpelling, normalizeSpelling, skeletonOfSpelling, toLatin } from './transliterate';

/** Evidence classes; each has its own hit rate between true translations. */
export const TOKEN_CLASSES = ['number', 'punct', 'name', 'lexicon', 'cognate'] as const;
/** Number of token classes. */
export const CLASS_COUNT = TOKEN_CLASSES.length;

/** A distinct token of one side with its spelling-derived keys. */
export interface TokenType {
  readonly kind: TokenKind;
  readonly text: string;
  /** Dictionary key (wordKey) of a word, '' for numbers and punctuation. */
  readonly wordKey: string;
  /** Keys that do not depend on the dictionary (number, punctuation, name, cognate). */
  readonly baseKeys: readonly string[];
  /** Dictionary keys of the known parts of a compound the lexicon lacks ("Gipfelmannschaft" → gipfel, mannschaft). */
  readonly partKeys?: readonly string[];
}

/** Languages that write compounds as one word. */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'no', 'nb', 'nn']);

/** One side's tokens: per sentence, the types of its tokens. */
export interface SideTokens {
  readonly lang: string;
  /** Token range of sentence s: sentStart[s] .. sentStart[s + 1] in tokenTypes. */
  readonly sentStart: Int32Array;
  readonly tokenTypes: Int32Array;
  readonly types: readonly TokenType[];
  /** Length of each sentence in characters (without spaces). */
  readonly chars: Float64Array;
}

/** Characters that are not white space (the length Gale–Church compares). */
function visibleLength(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x3000) continue;
    count++;
  }
  return count;
}

function spellingKeys(text: string, capitalized: boolean): string[] {
  const latin = toLatin(text);
  const keys: string[] = [];
  if (latin.length < 4 || (!capitalized && latin.length < 5)) return keys;
  const spelling = normalizeSpelling(latin);
  if (capitalized) keys.push(`N${nameKeyOfSpelling(spelling)}`);
  if (latin.length >= 5) {
    const skeleton = skeletonOfSpelling(spelling);
    if (skeleton.length >= 3) keys.push(`C${skeleton.slice(0, 4)}`);
  }
  return keys;
}

/**
 * Tokenises one side and derives the dictionary-independent keys of each distinct token. Chinese and Japanese
 * words are the content words of `contentKeys` (segmented by longest match against the lexicon); other languages
 * keep every word, function words included: the hit/miss model weighs each by how often it hits at random, and
 * words such as "not" are evidence.
 */
export function tokenizeSide(sentences: readonly string[], lang: string, lexicon?: Lexicon): SideTokens {
  const sentStart = new Int32Array(sentences.length + 1);
  const tokenTypes: number[] = [];
  const types: TokenType[] = [];
  // Token types by text, one table per kind (found from the slice of the sentence, without cutting it out).
  const wordIds = new SliceTable();
  const numberIds = new SliceTable();
  const punctIds = new Map<string, number>();
  const typeIds = new Map<string, number>();
  const chars = new Float64Array(sentences.length);
  const cjk = isCjkLanguage(lang);
  const compounds = lexicon !== undefined && COMPOUNDING.has(lang);
  const newWord = (word: string): TokenType => {
    const key = wordKey(word, lang);
    const parts = compounds ? contentKeys(word, lang, lexicon).map((part) => part.key).filter((part) => part !== key) : [];
    return { kind: 'word', text: word, wordKey: key, baseKeys: spellingKeys(word, isCapitalized(word)), ...(parts.length > 0 ? { partKeys: parts } : {}) };
  };
  const sink: TokenSink = {
    token(kind, text, start, end) {
      const table = kind === 'word' ? wordIds : numberIds;
      let type = table.find(text, start, end);
      if (type < 0) {
        type = types.length;
        const token = text.slice(start, end);
        table.add(token, type);
        types.push(kind === 'word' ? newWord(token) : { kind, text: token, wordKey: '', baseKeys: [`#${token}`] });
      }
      tokenTypes.push(type);
    },
    punct(punctClass) {
      let type = punctIds.get(punctClass);
      if (type === undefined) {
        type = types.length;
        punctIds.set(punctClass, type);
        types.push({ kind: 'punct', text: punctClass, wordKey: '', baseKeys: [`!${punctClass}`] });
      }
      tokenTypes.push(type);
    },
  };
  for (let s = 0; s < sentences.length; s++) {
    const text = sentences[s] as string;
    chars[s] = Math.max(1, visibleLength(text));
    scanSentence(text, !cjk, sink);
    let previousStart = -1;
    for (const content of cjk ? contentKeys(text, lang, lexicon) : []) {
      // Parts of a split compound share the word's span: its spelling keys go with the first part only.
      const surface = content.start === previousStart ? '' : text.slice(content.start, content.end);
      previousStart = content.start;
      const id = `w${content.key}\u0000${surface}`;
      let type = typeIds.get(id);
      if (type === undefined) {
        type = types.length;
        typeIds.set(id, type);
        types.push({ kind: 'word', text: surface, wordKey: content.key, baseKeys: surface === '' ? [] : spellingKeys(surface, isCapitalized(surface)) });
      }
      tokenTypes.push(type);
    }
    sentStart[s + 1] = tokenTypes.length;
  }
  return { lang, sentStart, tokenTypes: Int32Array.from(tokenTypes), types, chars };
}

/** Word translations: source dictionary key → target dictionary keys. */
export interface Translator {
  /** Target keys that translate a source key. */
  forward(srcKey: string): Iterable<string> | undefined;
}

/** One side's token types as integer keys, with the evidence class of each type (-1: no usable key). */
export interface KeyedSide {
  readonly sentStart: Int32Array;
  readonly tokenTypes: Int32Array;
  readonly keyStart: Int32Array;
  readonly keys: Int32Array;
  readonly classes: Int8Array;
}

/** Keys of both sides in one interned key space. */
export interface KeyedPair {
  readonly src: KeyedSide;
  readonly tgt: KeyedSide;
  readonly keyCount: number;
}

/**
 * The id space of keyTokens, shared by its calls on one document pair (first and second pass): keys keep their
 * ids, and a translation set met before (the lexicon's set of a key, shared by all forms of a word) is not
 * interned again.
 */
export interface KeyContext {
  readonly ids: Map<string, number>;
  readonly lexicalIds: Map<string, number>;
  /** Ids of the keys of a translation set (by identity). */
  readonly cached: WeakMap<object, Int32Array>;
  /** Per side (its list of token types), the ids of each type's spelling keys: ids[start[t]] .. ids[start[t + 1]]. */
  readonly baseKeys: WeakMap<readonly TokenType[], { readonly start: Int32Array; readonly ids: Int32Array }>;
  /** The call in which each id was last met as a source translation. */
  readonly metIn: number[];
  keyCount: number;
  calls: number;
}

/** A fresh key id space. */
export function keyContext(): KeyContext {
  return { ids: new Map(), lexicalIds: new Map(), cached: new WeakMap(), baseKeys: new WeakMap(), metIn: [], keyCount: 0, calls: 0 };
}

/**
 * Interns the keys of both sides under the given translator. Target words are keyed only by translations that
 * source words of this call have (the ids of earlier calls in the same context stay valid but do not count).
 */
export function keyTokens(src: SideTokens, tgt: SideTokens, translator: Translator, context: KeyContext = keyContext()): KeyedPair {
  // Dictionary keys (target-language word keys) and spelling keys share one id space, in two maps so that the
  // many dictionary keys need no prefix.
  const { ids, lexicalIds, cached, metIn } = context;
  const call = ++context.calls;
  const intern = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = context.keyCount++;
      ids.set(key, id);
    }
    return id;
  };
  const internLexical = (key: string): number => {
    let id = lexicalIds.get(key);
    if (id === undefined) {
      id = context.keyCount++;
      lexicalIds.set(key, id);
    }
    return id;
  };
  const metNow = (key: string): number | undefined => {
    const id = lexicalIds.get(key);
    return id !== undefined && metIn[id] === call ? id : undefined;
  };
  const keys: number[] = [];
  /** Pushes the ids of a translation set; false when it is empty. */
  const pushTranslations = (translations: Iterable<string>): boolean => {
    const cacheable = typeof translations === 'object';
    let known = cacheable ? cached.get(translations) : undefined;
    if (known === undefined) {
      const found: number[] = [];
      for (const translation of translations) found.push(internLexical(translation));
      known = Int32Array.from(found);
      if (cacheable) cached.set(translations, known);
    }
    for (let k = 0; k < known.length; k++) {
      const id = known[k] as number;
      keys.push(id);
      metIn[id] = call;
    }
    return known.length > 0;
  };
  /** The ids of the spelling keys of every type of a side (interned once per side and context). */
  const baseKeysOf = (types: readonly TokenType[]): { readonly start: Int32Array; readonly ids: Int32Array } => {
    let base = context.baseKeys.get(types);
    if (base === undefined) {
      const start = new Int32Array(types.length + 1);
      const found: number[] = [];
      for (let t = 0; t < types.length; t++) {
        for (const key of (types[t] as TokenType).baseKeys) found.push(intern(key));
        start[t + 1] = found.length;
      }
      base = { start, ids: Int32Array.from(found) };
      context.baseKeys.set(types, base);
    }
    return base;
  };
  const keySide = (side: SideTokens, isSource: boolean): KeyedSide => {
    const count = side.types.length;
    const base = baseKeysOf(side.types);
    const keyStart = new Int32Array(count + 1);
    const classes = new Int8Array(count);
    keys.length = 0;
    for (let t = 0; t < count; t++) {
      const type = side.types[t] as TokenType;
      let cls = -1;
      if (type.kind === 'number') cls = 0;
      else if (type.kind === 'punct') cls = 1;
      else {
        let lexical = false;
        if (isSource) {
          // A compound the lexicon lacks is looked up by its parts.
          const direct = translator.forward(type.wordKey);
          if (direct !== undefined || !type.partKeys) {
            if (direct !== undefined && pushTranslations(direct)) lexical = true;
          } else {
            for (const key of type.partKeys) {
              const translations = translator.forward(key);
              if (translations !== undefined && pushTranslations(translations)) lexical = true;
            }
          }
        } else {
          // Keyed only when some source word of this document translates to it: other words cannot hit.
          const id = metNow(type.wordKey);
          if (id !== undefined) {
            keys.push(id);
            lexical = true;
          } else {
            for (const part of type.partKeys ?? []) {
              const partId = metNow(part);
              if (partId === undefined) continue;
              keys.push(partId);
              lexical = true;
            }
          }
        }
        if (lexical) cls = 3;
        else if (type.baseKeys.some((key) => key.startsWith('N'))) cls = 2;
        else if (type.baseKeys.length > 0) cls = 4;
      }
      for (let k = base.start[t] as number; k < (base.start[t + 1] as number); k++) keys.push(base.ids[k] as number);
      classes[t] = cls;
      keyStart[t + 1] = keys.length;
    }
    return { sentStart: side.sentStart, tokenTypes: side.tokenTypes, keyStart, keys: Int32Array.from(keys), classes };
  };
  const srcSide = keySide(src, true);
  const tgtSide = keySide(tgt, false);
  return { src: srcSide, tgt: tgtSide, keyCount: context.keyCount };
}
