// Spelling keys of names and cognates: transliteration to Latin and the spelling rules, checked against the
// plain regular-expression statement of the rules (the module runs a faster equivalent).
import { describe, expect, it } from 'vitest';
import { consonantSkeleton, nameKey, nameKeyOfSpelling, normalizeSpelling, toLatin } from '../../shared/align/transliterate';

const TABLES: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th',
};

/** Transliteration as defined: the whole word lower-cased and decomposed, letters written by the tables, marks dropped, only a–z kept. */
function specLatin(word: string): string {
  const lower = word.toLowerCase().normalize('NFD');
  let out = '';
  for (const char of lower) {
    const code = char.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += TABLES[char] ?? char;
  }
  return out.replace(/[^a-z]/g, '');
}

/** The rules as regular expressions, applied in order. */
function specSpelling(latin: string): string {
  return latin
    .replace(/shch|sch/g, 's').replace(/ph/g, 'f').replace(/c(?=[eiy])/g, 's').replace(/ts|tz|dz/g, 's').replace(/[ckq]/g, 'k')
    .replace(/x/g, 'ks').replace(/z/g, 's').replace(/w/g, 'v').replace(/j/g, 'i').replace(/y/g, 'i').replace(/([^aeiou])h/g, '$1');
}

describe('transliteration and spelling keys', () => {
  it('meets names across scripts', () => {
    expect(nameKey(toLatin('Лавров'))).toBe(nameKey(toLatin('Lavrov')));
    expect(nameKey(toLatin('Кассис'))).toBe(nameKey(toLatin('Cassis')));
    expect(consonantSkeleton(toLatin('Синирлиоглу'))).toBe(consonantSkeleton(toLatin('Sinirlioğlu')));
    expect(toLatin('Щукин')).toBe('shchukin');
    expect(toLatin('Ελλάδα')).toBe('ellada');
    expect(toLatin('Straße')).toBe('strasse');
    expect(toLatin("O'Neil-Smith")).toBe('oneilsmith');
  });

  it('transliterates as the definition does, around every character of the basic plane and some beyond', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      for (const word of [char, `Ж${char}a`, `${char}\u0301b${char}`, `Σ${char}Σ`]) if (toLatin(word) !== specLatin(word)) differing.push(word);
    }
    for (let code = 0x10000; code < 0x30000; code += 13) {
      const char = String.fromCodePoint(code);
      if (toLatin(`я${char}z`) !== specLatin(`я${char}z`)) differing.push(char);
    }
    expect(differing).toEqual([]);
    expect(toLatin('Йошкар-Ола Ёлка')).toBe('ioshkarolaelka');
  });

  it('applies the spelling rules exactly as the regular expressions do, on every short string of their letters', () => {
    const letters = 'schptzdkqxwjyaeiouhb';
    const strings: string[] = [''];
    for (let length = 0, from = 0; length < 4; length++) {
      const to = strings.length;
      for (let k = from; k < to; k++) for (const letter of letters) strings.push(`${strings[k] as string}${letter}`);
      from = to;
    }
    const differing = strings.filter((latin) => normalizeSpelling(latin) !== specSpelling(latin));
    expect(strings.length).toBeGreaterThan(160_000);
    expect(differing).toEqual([]);
    const doubles = strings.filter((latin) => nameKeyOfSpelling(latin) !== latin.replace(/(.)\1+/g, '$1'));
    expect(doubles).toEqual([]);
  });
});
