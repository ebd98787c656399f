// Spelling keys of names and cognates: transliteration to Latin and the spelling rules, checked against the
// plain regular-expression statement of the rules (the module runs a faster equivalent).
import { describe, expect, it } from 'vitest';
import { consonantSkeleton, nameKey, nameKeyOfSpelling, normalizeSpelling, toLatin } from '../../shared/align/transliterate';

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
