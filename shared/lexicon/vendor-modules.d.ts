// Type declarations for the two small untyped npm packages the word normaliser uses.

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
