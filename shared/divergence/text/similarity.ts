/**
 * Spelling similarity of two words across scripts, for names (Синирлиоглу ↔ Sinirlioğlu, Алексеева ↔ Alexeyev)
 * and cognates (президент ↔ president). Both words are written in plain Latin, spelling variants are merged, and
 * the Russian case ending is allowed to differ.
 */
import { distance } from 'fastest-levenshtein';
import { nameKey, toLatin } from '../../align/transliterate';

const memo = new Map<string, string>();
const plainMemo = new Map<string, string>();

function remember(table: Map<string, string>, word: string, make: () => string): string {
  let key = table.get(word);
  if (key === undefined) {
    key = make();
    if (table.size > 200_000) table.clear();
    table.set(word, key);
  }
  return key;
}

/** The plain Latin key: transliterated, spelling variants merged, no possessive; «Дж» read as j (Джонсон ↔ Johnson). */
export function plainKey(word: string): string {
  return remember(plainMemo, word, () => nameKey(toLatin(word.toLowerCase().replace(/['’ʼ]s$/u, '').replace(/дж/gu, 'j'))));
}

/**
 * The spelling-normalised Latin form of a word as it sounds across the two scripts (memoised): «Уо», «Уэ», «Уи»
 * at the start write an English w (Уолт ↔ Walt), an English g before e, i, y sounds j (George ↔ Джордж), and a
 * Russian Г often writes an h (Гебриды ↔ Hebrides, Тегеран ↔ Tehran), and so does Х (Ханна ↔ Hannah); an English ow
 * that is not before a vowel sounds like ау or оу (Downing ↔ Даунинг, Brown ↔ Браун, Fellowes ↔ Феллоуз), both keyed
 * ou, and an i or y before a consonant and a silent e sounds like ай (Mike ↔ Майк, Kyle ↔ Кайл, White ↔ Уайт; Michael
 * ↔ Майкл). Names that do not follow these habits still meet through the plain key (Гиоргадес ↔ Georgiadis,
 * Ходорковский ↔ Khodorkovsky).
 */
export function latinKey(word: string): string {
  return remember(memo, word, () => {
    const spelled = word
      .toLowerCase()
      .replace(/['’ʼ]s$/u, '')
      .replace(/дж/gu, 'j')
      .replace(/^у(?=[оэиа])/u, 'w')
      .replace(/г/gu, 'h')
      .replace(/х/gu, 'h')
      .replace(/[ао]у(?![аеёиоуыэюяй])/gu, 'оу')
      .replace(/g(?=[eiy])/gu, 'j')
      .replace(/ow(?=$|[^aeiouy]|es?$)/gu, 'ou')
      .replace(/ichael/gu, 'aikl')
      .replace(/([^aeiouy])[iy]([^aeiouy])e$/u, '$1ai$2');
    return nameKey(toLatin(spelled));
  });
}

// Endings of Russian (and English possessive/plural) forms, in Latin after `latinKey`, longest first.
const ENDINGS = ['iami', 'ogo', 'omu', 'emu', 'ami', 'oiu', 'uiu', 'aia', 'iak', 'iam', 'ak', 'ik', 'im', 'ov', 'ev', 'oi', 'ei', 'om', 'am', 'em', 'ie', 'iu', 'ia', 'a', 'u', 'e', 'i', 'o', 's'];

/** The Latin key without a case or plural ending (Синирлиоглу, Алексеева → aleksee…). */
export function withoutEnding(key: string): string {
  let stripped = endingMemo.get(key);
  if (stripped === undefined) {
    stripped = stripEnding(key);
    if (endingMemo.size > 200_000) endingMemo.clear();
    endingMemo.set(key, stripped);
  }
  return stripped;
}

const endingMemo = new Map<string, string>();

function stripEnding(key: string): string {
  const stem = stripInflection(key);
  // Adjectives made from names: «Стамбульском» → stambul, «Кембриджской» → kembridj.
  return stem.length >= 6 && stem.endsWith('sk') ? stem.slice(0, -2) : stem;
}

function stripInflection(key: string): string {
  if (key.length < 5) return key;
  for (const ending of ENDINGS) if (key.endsWith(ending) && key.length - ending.length >= 4) return key.slice(0, -ending.length);
  return key;
}

/** A consonant skeleton of a word: its Latin key without vowels after the first letter, without h. */
export function skeletonKey(word: string): string {
  return skeletonOf(withoutEnding(latinKey(word)));
}

/**
 * The first letter of a key, then its other letters without vowels and h, each run of one letter written once (what
 * `key.slice(1).replace(/[aeiouh]/gu, '').replace(/(.)\1+/gu, '$1')` gives after the first letter: keys are a–z).
 */
function skeletonOf(key: string): string {
  let out = key.length > 0 ? (key[0] as string) : '';
  let last = -1;
  for (let k = 1; k < key.length; k++) {
    const code = key.charCodeAt(k);
    // a e i o u h
    if (code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 104 || code === last) continue;
    out += key[k] as string;
    last = code;
  }
  return out;
}

/** True when two names share their consonant skeleton (Джеймса ↔ James, Райс ↔ Rice, Дейта ↔ Data). */
export function sameSkeleton(a: string, b: string): boolean {
  const forms = (word: string): string[] => [skeletonKey(word), skeletonOf(latinKey(word))];
  const x = forms(a);
  return forms(b).some((y) => y.length >= 2 && x.includes(y));
}

/**
 * Similarity in 0..1 of two words written in any scripts (1 = the same spelling after normalisation). Scores below
 * `atLeast` may come back as 0: callers that only compare with a threshold pass it to skip hopeless pairs.
 */
export function spellingSimilarity(a: string, b: string, atLeast = 0): number {
  let best = 0;
  for (const x of [latinKey(a), plainKey(a)]) {
    for (const y of [latinKey(b), plainKey(b)]) {
      if (x.length === 0 || y.length === 0) continue;
      if (x === y) return 1;
      best = Math.max(best, score(x, y, Math.max(best, atLeast)), score(withoutEnding(x), withoutEnding(y), Math.max(best, atLeast)));
    }
  }
  return best;
}

/**
 * The spelling keys of one word, computed once (memoised by the word): what `spellingSimilarity` and
 * `sameSkeleton` compare. Checks that compare every word of a pair with every word of the other side take these
 * from each token once instead of deriving them again for each combination.
 */
export interface SpellingForms {
  /** The distinct non-empty keys of `latinKey` and `plainKey`, each with its key without ending. */
  readonly keys: readonly (readonly [full: string, stripped: string])[];
  /** Shortest and longest length of any of those keys (for a quick length bound). */
  readonly minLength: number;
  readonly maxLength: number;
  /** The consonant skeletons `sameSkeleton` compares. */
  readonly skeletons: readonly [string, string];
  /**
   * Letters (in 32 buckets) present in every key, and in any key: a letter bucket every key of one word has and
   * no key of the other has costs an edit in every combination, which bounds the similarity from above.
   */
  readonly everyMask: number;
  readonly anyMask: number;
}

/** The letter buckets of a key: a–z one bit each, other characters share the remaining six. */
function letterMask(key: string): number {
  let mask = 0;
  for (let k = 0; k < key.length; k++) {
    const code = key.charCodeAt(k);
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return mask;
}

function bitCount(mask: number): number {
  let bits = mask - ((mask >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const formsMemo = new Map<string, SpellingForms>();

/** The spelling keys of a word (memoised). */
export function spellingForms(word: string): SpellingForms {
  let forms = formsMemo.get(word);
  if (forms === undefined) {
    const latin = latinKey(word);
    const plain = plainKey(word);
    const keys: (readonly [string, string])[] = [];
    if (latin.length > 0) keys.push([latin, withoutEnding(latin)]);
    if (plain !== latin && plain.length > 0) keys.push([plain, withoutEnding(plain)]);
    // Over every key and its key without ending: the shortest and longest, the letters all have and any has.
    let minLength = Infinity;
    let maxLength = 0;
    let everyMask = -1;
    let anyMask = 0;
    for (const pair of keys) {
      for (const key of pair) {
        minLength = Math.min(minLength, key.length);
        maxLength = Math.max(maxLength, key.length);
        const mask = letterMask(key);
        everyMask &= mask;
        anyMask |= mask;
      }
    }
    forms = {
      keys,
      minLength: keys.length > 0 ? minLength : 0,
      maxLength,
      skeletons: [skeletonOf(withoutEnding(latin)), skeletonOf(latin)],
      everyMask: keys.length > 0 ? everyMask : 0,
      anyMask,
    };
    if (formsMemo.size > 200_000) formsMemo.clear();
    formsMemo.set(word, forms);
  }
  return forms;
}

/** `sameSkeleton` on precomputed forms. */
export function sameSkeletonForms(a: SpellingForms, b: SpellingForms): boolean {
  return b.skeletons.some((y) => y.length >= 2 && a.skeletons.includes(y));
}

/**
 * Exactly `spellingSimilarity(a, b, atLeast) >= atLeast` for `atLeast` > 0, on precomputed forms: stops at the
 * first combination of keys that reaches the threshold and skips words whose key lengths alone keep every
 * combination below it. Small enough for V8 to inline where every word of a pair meets every word of the other
 * (most pairs end at the quick test, `mayBeSimilar`; the keys are compared in a function of their own).
 */
export function similarAtLeast(a: SpellingForms, b: SpellingForms, atLeast: number): boolean {
  return mayBeSimilar(a, b, atLeast) && someKeysReach(a, b, atLeast);
}

/** False when the key lengths or letters of two words alone keep every combination of their keys below `atLeast`. */
function mayBeSimilar(a: SpellingForms, b: SpellingForms, atLeast: number): boolean {
  if (a.keys.length === 0 || b.keys.length === 0) return false;
  // The best length ratio any two keys can have; a little slack so rounding never skips a pair that reaches it.
  const bound = a.maxLength < b.minLength ? a.maxLength / b.minLength : b.maxLength < a.minLength ? b.maxLength / a.minLength : 1;
  if (bound < atLeast - 1e-9) return false;
  // Letters one word always has and the other never has each cost an edit, whichever keys are compared.
  const edits = Math.max(bitCount(a.everyMask & ~b.anyMask), bitCount(b.everyMask & ~a.anyMask));
  return edits === 0 || 1 - edits / Math.max(a.maxLength, b.maxLength) >= atLeast - 1e-9;
}

/** Whether some combination of the two words' keys (or of their keys without ending) reaches `atLeast`. */
function someKeysReach(a: SpellingForms, b: SpellingForms, atLeast: number): boolean {
  for (let i = 0; i < a.keys.length; i++) {
    const [x, wx] = a.keys[i] as readonly [string, string];
    for (let j = 0; j < b.keys.length; j++) {
      const [y, wy] = b.keys[j] as readonly [string, string];
      if (x === y || score(x, y, atLeast) >= atLeast || score(wx, wy, atLeast) >= atLeast) return true;
    }
  }
  return false;
}

/** 1 − edit distance / longer length; 0 without computing when the lengths alone keep it below `atLeast`. */
function score(p: string, q: string, atLeast: number): number {
  const longer = Math.max(p.length, q.length);
  if (1 - Math.abs(p.length - q.length) / longer < atLeast) return 0;
  return 1 - distance(p, q) / longer;
}
