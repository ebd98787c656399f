/**
 * Script-neutral spelling keys for matching names and cognates across languages: Cyrillic (Russian,
 * Ukrainian, Belarusian, Bulgarian, Serbian) and Greek are transliterated to Latin, diacritics are dropped,
 * and a consonant skeleton absorbs the usual spelling differences (Кассис ↔ Cassis, Синирлиоглу ↔ Sinirlioğlu).
 */

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
};

const GREEK: Readonly<Record<string, string>> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

const LATIN_EXTRA: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };

/** Latin spelling of each Cyrillic, Greek and special Latin letter, by UTF-16 code. */
const LATIN_OF = new Map<number, string>(
  [CYRILLIC, GREEK, LATIN_EXTRA].flatMap((table) => Object.entries(table).map(([letter, latin]) => [letter.charCodeAt(0), latin] as const)),
);

const NON_ASCII = /[\u0080-\uffff]/;
const LATIN_LETTERS = /^[a-z]*$/;

/**
 * The Latin letters of one UTF-16 unit at or above 0x80 (lower case already): its canonical decomposition, each part
 * written by the tables (combining marks 0x300–0x36f dropped), only a–z kept; '' for anything else, a surrogate
 * half included. Remembered per unit: the aligner and the checks transliterate every distinct word of both documents.
 */
const latinOfUnit = new Array<string | undefined>(0x10000);

function unitLatin(code: number): string {
  let latin = latinOfUnit[code];
  if (latin === undefined) {
    const parts = String.fromCharCode(code).normalize('NFD');
    let out = '';
    for (let k = 0; k < parts.length; k++) {
      const part = parts.charCodeAt(k);
      if (part < 0x80) out += parts.charAt(k);
      else if (part < 0x300 || part > 0x36f) out += LATIN_OF.get(part) ?? '';
    }
    latin = out.replace(/[^a-z]/g, '');
    latinOfUnit[code] = latin;
  }
  return latin;
}

/**
 * Lower-cases a word and writes it in plain Latin letters (a–z), dropping diacritics: the word's canonical
 * decomposition with each letter written by the tables and everything else dropped. Decomposing a word is
 * decomposing each of its characters (reordering moves combining marks only, and they are dropped), so it is done
 * per unit, remembered.
 */
export function toLatin(word: string): string {
  const lowerCase = word.toLowerCase();
  if (!NON_ASCII.test(lowerCase)) return LATIN_LETTERS.test(lowerCase) ? lowerCase : lowerCase.replace(/[^a-z]/g, '');
  let out = '';
  for (let k = 0; k < lowerCase.length; k++) {
    const code = lowerCase.charCodeAt(k);
    if (code >= 0x80) out += unitLatin(code);
    else if (code >= 97 && code <= 122) out += lowerCase.charAt(k);
  }
  return out;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Spelling-normalised Latin form used to match proper names (vowels kept, doubles collapsed). */
export function nameKey(latin: string): string {
  return nameKeyOfSpelling(normalizeSpelling(latin));
}

/** nameKey of a spelling already normalised by normalizeSpelling. */
export function nameKeyOfSpelling(spelling: string): string {
  let out = '';
  for (let k = 0; k < spelling.length; k++) if (k === 0 || spelling.charCodeAt(k) !== spelling.charCodeAt(k - 1)) out += spelling.charAt(k);
  return out;
}

/**
 * Merges the letters transliterations confuse (the common first step of nameKey and consonantSkeleton). Each
 * rule runs only when its letters occur: this is asked for every distinct word of both documents, and most words
 * have none of them.
 */
export function normalizeSpelling(latin: string): string {
  let s = latin;
  if (s.includes('sch') || s.includes('shch')) s = s.replace(/shch|sch/g, 's');
  if (s.includes('ph')) s = s.replaceAll('ph', 'f');
  if (s.includes('c')) s = s.replace(/c(?=[eiy])/g, 's');
  if (s.includes('ts') || s.includes('tz') || s.includes('dz')) s = s.replace(/ts|tz|dz/g, 's');
  if (s.includes('c') || s.includes('q')) s = s.replace(/[cq]/g, 'k');
  if (s.includes('x')) s = s.replaceAll('x', 'ks');
  if (s.includes('z')) s = s.replaceAll('z', 's');
  if (s.includes('w')) s = s.replaceAll('w', 'v');
  if (s.includes('j')) s = s.replaceAll('j', 'i');
  if (s.includes('y')) s = s.replaceAll('y', 'i');
  if (s.includes('h')) s = s.replace(/([^aeiou])h/g, '$1');
  return s;
}

/**
 * A consonant skeleton of a Latin spelling: merges letters that transliterations confuse (c/k/q, s/z,
 * ph/f, w/v, x/ks), drops h after consonants and vowels after the first letter, and collapses doubles.
 */
export function consonantSkeleton(latin: string): string {
  return skeletonOfSpelling(normalizeSpelling(latin));
}

/** consonantSkeleton of a spelling already normalised by normalizeSpelling. */
export function skeletonOfSpelling(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const ch = s[k] as string;
    if (k > 0 && VOWELS.has(ch)) continue;
    if (out.length > 0 && out[out.length - 1] === ch) continue;
    out += ch;
  }
  return out;
}
