/**
 * How plausible a decoding of 8-bit text is, from its non-ASCII characters: Cyrillic letters are scored by
 * Russian/Ukrainian letter frequency and by case (KOI8-R read as Windows-1251 turns lower case into upper case
 * and the other way round), accented Latin letters by sitting inside ASCII words, everything else is suspect.
 * This, not a detector's guess, tells Windows-1251 from KOI8-R, IBM866 and Windows-1252.
 */

/** Relative frequency (per cent) of Cyrillic letters in Russian and Ukrainian prose. */
const CYRILLIC_FREQUENCY: Readonly<Record<string, number>> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49, м: 3.21, д: 2.98,
  п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44, й: 1.21, х: 0.97, ж: 0.94, ш: 0.73,
  ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.2, і: 2.5, ї: 0.6, є: 0.4, ґ: 0.05, ў: 0.3,
};

/** Log-likelihood ratio of each letter against a uniform choice among 33 letters. */
const CYRILLIC_BONUS = new Map(Object.entries(CYRILLIC_FREQUENCY).map(([letter, percent]) => [letter, Math.log((percent / 100) * 33)]));

/** Non-ASCII characters that are ordinary in text: typographic punctuation and spaces. */
const NEUTRAL = new Set([...'«»—–“”„‘’‚…№•·°§\u00a0\u2009\u202f']);

const isAsciiLetter = (char: string | undefined): boolean => char !== undefined && /[A-Za-z]/.test(char);
const isCyrillic = (char: string | undefined): boolean => char !== undefined && /\p{Script=Cyrillic}/u.test(char);
const isLetter = (char: string | undefined): boolean => char !== undefined && /\p{L}/u.test(char);
const isUpper = (char: string | undefined): boolean => char !== undefined && /\p{Lu}/u.test(char);

function cyrillicScore(previous: string | undefined, char: string, next: string | undefined): number {
  if (isAsciiLetter(previous) || isAsciiLetter(next)) return -3;
  let score = 1 + (CYRILLIC_BONUS.get(char.toLowerCase()) ?? -2);
  if (isUpper(char) && isLetter(previous)) score -= isUpper(previous) ? 0.5 : 3;
  return score;
}

function latinScore(previous: string | undefined, next: string | undefined): number {
  if (isCyrillic(previous) || isCyrillic(next)) return -3;
  return isAsciiLetter(previous) || isAsciiLetter(next) ? 1 : -1;
}

/** Average plausibility per non-ASCII character of a decoded text (higher is better; below zero is implausible). */
export function singleByteScore(text: string): number {
  let total = 0;
  let counted = 0;
  const chars = [...text];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] ?? '';
    if (char.charCodeAt(0) < 0x80) continue;
    counted++;
    if (NEUTRAL.has(char)) continue;
    const previous = chars[index - 1];
    const next = chars[index + 1];
    if (isCyrillic(char) && isLetter(char)) total += cyrillicScore(previous, char, next);
    else if (/\p{Script=Latin}/u.test(char)) total += latinScore(previous, next);
    else total -= 2;
  }
  return counted === 0 ? 0 : total / counted;
}
