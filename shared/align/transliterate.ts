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

/** Lower-cases a word and writes it in plain Latin letters (a–z), dropping diacritics. */
export function toLatin(word: string): string {
  const lower = word.toLowerCase().normalize('NFD');
  let out = '';
  for (const ch of lower) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks
    if (code < 0x80) {
      out += ch;
      continue;
    }
    out += CYRILLIC[ch] ?? GREEK[ch] ?? LATIN_EXTRA[ch] ?? ch;
  }
  return out.replace(/[^a-z]/g, '');
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Spelling-normalised Latin form used to match proper names (vowels kept, doubles collapsed). */
export function nameKey(latin: string): string {
  return nameKeyOfSpelling(normalizeSpelling(latin));
}

/** nameKey of a spelling already normalised by normalizeSpelling. */
export function nameKeyOfSpelling(spelling: string): string {
  return spelling.replace(/(.)\1+/g, '$1');
}

/** Merges the letters transliterations confuse (the common first step of nameKey and consonantSkeleton). */
export function normalizeSpelling(latin: string): string {
  return latin
    .replace(/shch|sch/g, 's')
    .replace(/ph/g, 'f')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ts|tz|dz/g, 's')
    .replace(/[ckq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/j/g, 'i')
    .replace(/y/g, 'i')
    .replace(/([^aeiou])h/g, '$1');
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
