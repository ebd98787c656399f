/**
 * German stemming: Snowball's German algorithm plus a repair for stems in -t. Snowball keeps the -t of the third
 * person, the past tense and the participle (zeigt, zeigte, gezeigt → "zeigt", "gezeigt") while the infinitive
 * loses -en (zeigen → "zeig"); and it cannot tell a root in -t (arbeiten → "arbeit") from that ending. For words
 * written in lower case — verbs, adjectives; German nouns are capitalised, so "Macht" is not taken for "macht" —
 * the repair removes a final -et and -t from the stem, and the ge- of a participle: zeigen, zeigt, zeigte, gezeigt
 * meet on "zeig", arbeiten, arbeitet, gearbeitet on "arbei", kalt, kalte, kälter on "kal". Keys are made the same
 * way for the dictionaries and for the texts, so this only merges forms (at the price of a few collisions).
 */
import type { SnowballStemmer } from 'snowball-stemmers';

const MIN_STEM = 3;

function stripT(stem: string): string {
  let result = stem;
  if (result.endsWith('et') && result.length - 2 >= MIN_STEM) result = result.slice(0, -2);
  if (result.endsWith('t') && result.length - 1 >= MIN_STEM) result = result.slice(0, -1);
  return result;
}

/** Stems a German word (as written, for its capitalisation) given its lower-case form. */
export function stemGerman(written: string, lower: string, snowball: SnowballStemmer): string {
  const stem = snowball.stem(lower);
  const first = written.charAt(0);
  if (first === first.toUpperCase() || !stem.endsWith('t')) return stem;
  // A participle "ge…t": the word itself ends in -t (a past form would end in -te, -ten, -test, -tet).
  if (lower.startsWith('ge') && lower.endsWith('t') && stem.length - 3 >= MIN_STEM) return stripT(stem.slice(2));
  return stripT(stem);
}
