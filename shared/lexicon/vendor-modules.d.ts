// Type declarations for the small untyped npm packages the word normaliser uses.

declare module 'snowball-stemmers' {
  /** A Snowball stemmer for one language; expects lower-case input. */
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  /** Creates the stemmer for a Snowball algorithm name ("russian", "english", ...). */
  export function newStemmer(algorithm: string): SnowballStemmer;
  /** Names of the available algorithms. */
  export function algorithms(): string[];
}

declare module 'stopword' {
  /** Lower-case stopword lists, one export per ISO 639-3 code. */
  export const eng: readonly string[];
  export const rus: readonly string[];
  export const ukr: readonly string[];
  export const bul: readonly string[];
  export const deu: readonly string[];
  export const fra: readonly string[];
  export const spa: readonly string[];
  export const ita: readonly string[];
  export const nld: readonly string[];
  export const por: readonly string[];
  export const pol: readonly string[];
  export const ces: readonly string[];
  export const swe: readonly string[];
  export const dan: readonly string[];
  export const fin: readonly string[];
  export const tur: readonly string[];
  export const zho: readonly string[];
  export const jpn: readonly string[];
  export const kor: readonly string[];
}

declare module '@nlpjs/lang-ru/src/stemmer-ru' {
  /** A Snowball stemmer generated as a class: set the word, run the algorithm, read the stem. */
  export interface NlpjsStemmer {
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
  const StemmerRu: new () => NlpjsStemmer;
  export default StemmerRu;
}

declare module '@nlpjs/lang-en-min/src/stemmer-en' {
  import type { NlpjsStemmer } from '@nlpjs/lang-ru/src/stemmer-ru';
  const StemmerEn: new () => NlpjsStemmer;
  export default StemmerEn;
}
