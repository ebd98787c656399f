/**
 * A light Ukrainian stemmer: Snowball has no Ukrainian algorithm, so inflectional endings are stripped by a
 * longest-match suffix list. It conflates the usual case, number, gender and tense forms of one word, which is
 * what dictionary look-up and cognate matching need; it does not attempt derivational morphology.
 */

// Longest endings first within each group; reflexive particles are removed before the inflectional ending.
const REFLEXIVE = ['ся', 'сь'];
const ENDINGS = [
  // verbs
  'уватиме', 'ювати', 'увати', 'ували', 'увала', 'увало', 'ування', 'ювання',
  'ували', 'увати', 'ують', 'юють', 'ував', 'ював', 'уєте', 'уємо', 'иться', 'ається',
  'имете', 'имуть', 'имемо', 'атиме', 'ятиме', 'итиме', 'ете', 'емо', 'ємо', 'имо', 'ите', 'ати', 'яти', 'ити',
  'ала', 'ало', 'али', 'яла', 'яло', 'яли', 'ила', 'ило', 'или', 'ають', 'яють', 'ують', 'ють', 'ять', 'уть',
  'ить', 'ать', 'ує', 'ає', 'яє', 'ти', 'ть', 'ла', 'ло', 'ли',
  // adjectives and participles
  'ого', 'ому', 'ими', 'іми', 'ого', 'ього', 'ьому', 'ій', 'ий', 'ої', 'ою', 'ею', 'их', 'іх', 'им', 'ім', 'ая',
  'яя', 'еє', 'ее', 'ую', 'юю',
  // nouns
  'ями', 'ами', 'ові', 'еві', 'єві', 'ям', 'ам', 'ях', 'ах', 'ів', 'їв', 'ом', 'ем', 'єм', 'ей',
  'а', 'я', 'у', 'ю', 'і', 'ї', 'о', 'е', 'є', 'и', 'ь', 'й',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

function stripOne(word: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Stems a lower-case Ukrainian word by stripping its reflexive particle and inflectional ending. */
export function stemUkrainian(word: string): string {
  return stripOne(stripOne(word, REFLEXIVE), ENDINGS);
}
