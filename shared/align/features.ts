/**
 * Turns both documents into integer "match keys" per token. A source token and a target token match when they
 * share a key: the same number, the same punctuation mark, the same transliterated name, the same cognate
 * skeleton, or a dictionary translation (source keys carry the target-language keys of their translations).
 */
import { tokenizeSentence, type Token } from './tokens';
import { consonantSkeleton, nameKey, toLatin } from './transliterate';

/** Evidence classes; each has its own hit rate between true translations. */
export const TOKEN_CLASSES = ['number', 'punct', 'name', 'lexicon', 'cognate'] as const;
/** Index into TOKEN_CLASSES. */
export type TokenClass = 0 | 1 | 2 | 3 | 4;
/** Number of token classes. */
export const CLASS_COUNT = TOKEN_CLASSES.length;

/** One side's tokens with the spelling-derived keys computed once. */
export interface SideTokens {
  readonly lang: string;
  /** Token range of sentence s: sentStart[s] .. sentStart[s + 1]. */
  readonly sentStart: Int32Array;
  readonly tokens: readonly Token[];
  /** Dictionary key (wordKey) of word tokens, '' for numbers and punctuation. */
  readonly wordKeys: readonly string[];
  /** Keys that do not depend on the dictionary (number, punctuation, name, cognate). */
  readonly baseKeys: readonly (readonly string[])[];
  /** Length of each sentence in characters (without spaces). */
  readonly chars: Float64Array;
}

/** Normalises a word to its dictionary key. */
export type WordKeyFn = (word: string, lang: string) => string;

const SPACES = /\s+/gu;

/** Tokenises one side and derives its dictionary-independent keys. */
export function tokenizeSide(sentences: readonly string[], lang: string, keyOf: WordKeyFn): SideTokens {
  const sentStart = new Int32Array(sentences.length + 1);
  const tokens: Token[] = [];
  const wordKeys: string[] = [];
  const baseKeys: string[][] = [];
  const chars = new Float64Array(sentences.length);
  const keyCache = new Map<string, string>();
  for (let s = 0; s < sentences.length; s++) {
    const text = sentences[s] as string;
    chars[s] = Math.max(1, text.replace(SPACES, '').length);
    for (const token of tokenizeSentence(text, lang)) {
      tokens.push(token);
      if (token.kind === 'word') {
        let key = keyCache.get(token.text);
        if (key === undefined) {
          key = keyOf(token.text, lang);
          keyCache.set(token.text, key);
        }
        wordKeys.push(key);
        baseKeys.push(spellingKeys(token));
      } else {
        wordKeys.push('');
        baseKeys.push([token.kind === 'number' ? `#${token.text}` : `!${token.text}`]);
      }
    }
    sentStart[s + 1] = tokens.length;
  }
  return { lang, sentStart, tokens, wordKeys, baseKeys, chars };
}

function spellingKeys(token: Token): string[] {
  const latin = toLatin(token.text);
  const keys: string[] = [];
  if (token.capitalized && latin.length >= 4) keys.push(`N${nameKey(latin)}`);
  if (latin.length >= 5) {
    const skeleton = consonantSkeleton(latin);
    if (skeleton.length >= 3) keys.push(`C${skeleton.slice(0, 4)}`);
  }
  return keys;
}

/** Word translations: source dictionary key → target dictionary keys. */
export interface Translator {
  /** Target keys that translate a source key. */
  forward(srcKey: string): Iterable<string> | undefined;
  /** True when a target key has at least one source translation. */
  hasBackward(tgtKey: string): boolean;
}

/** Both sides' tokens as integer keys, with the class of each token (-1: no usable key). */
export interface KeyedSide {
  readonly sentStart: Int32Array;
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

/** Interns the keys of both sides under the given translator. */
export function keyTokens(src: SideTokens, tgt: SideTokens, translator: Translator): KeyedPair {
  const ids = new Map<string, number>();
  const intern = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const keySide = (side: SideTokens, isSource: boolean): KeyedSide => {
    const count = side.tokens.length;
    const keyStart = new Int32Array(count + 1);
    const classes = new Int8Array(count);
    const keys: number[] = [];
    for (let t = 0; t < count; t++) {
      const token = side.tokens[t] as Token;
      const base = side.baseKeys[t] as readonly string[];
      let cls = -1;
      if (token.kind === 'number') cls = 0;
      else if (token.kind === 'punct') cls = 1;
      else {
        const wordKey = side.wordKeys[t] as string;
        let lexical = false;
        if (isSource) {
          const translations = translator.forward(wordKey);
          if (translations !== undefined) {
            for (const translation of translations) {
              keys.push(intern(`L${translation}`));
              lexical = true;
            }
          }
        } else if (translator.hasBackward(wordKey)) {
          keys.push(intern(`L${wordKey}`));
          lexical = true;
        }
        if (lexical) cls = 3;
        else if (base.some((key) => key.startsWith('N'))) cls = 2;
        else if (base.length > 0) cls = 4;
      }
      for (const key of base) keys.push(intern(key));
      classes[t] = cls;
      keyStart[t + 1] = keys.length;
    }
    return { sentStart: side.sentStart, keyStart, keys: Int32Array.from(keys), classes };
  };
  const srcSide = keySide(src, true);
  const tgtSide = keySide(tgt, false);
  return { src: srcSide, tgt: tgtSide, keyCount: ids.size };
}
