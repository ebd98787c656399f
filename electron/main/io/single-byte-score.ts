/**
 * How plausible a decoding of 8-bit text is, from its non-ASCII characters: Cyrillic letters are scored by
 * Russian/Ukrainian letter frequency and by case (KOI8-R read as Windows-1251 turns lower case into upper case
 * and the other way round), accented Latin letters by sitting inside ASCII words, letters of other alphabets by
 * sitting among their own kind, everything else is suspect. This, not a detector's guess, tells Windows-1251 from
 * KOI8-R, IBM866 and Windows-1252.
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
/** Of those, the ones that may stand inside a word. */
const INSIDE_WORD = new Set([...'’·']);

type CharClass = 'ascii-letter' | 'ascii' | 'neutral' | 'cyrillic' | 'latin' | 'greek' | 'hebrew' | 'arabic' | 'thai' | 'letter' | 'other';

interface CharInfo {
  readonly kind: CharClass;
  readonly upper: boolean;
  /** Frequency bonus of a Cyrillic letter. */
  readonly bonus: number;
}

const SCRIPTS: readonly (readonly [CharClass, RegExp])[] = [
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['latin', /\p{Script=Latin}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['thai', /\p{Script=Thai}/u],
];

const infoCache = new Map<string, CharInfo>();

function classify(char: string): CharInfo {
  let info = infoCache.get(char);
  if (info !== undefined) return info;
  const code = char.charCodeAt(0);
  let kind: CharClass;
  if (code < 0x80) kind = /[A-Za-z]/.test(char) ? 'ascii-letter' : 'ascii';
  else if (NEUTRAL.has(char)) kind = 'neutral';
  else if (!/\p{L}/u.test(char)) kind = 'other';
  else kind = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'letter';
  info = { kind, upper: /\p{Lu}/u.test(char), bonus: CYRILLIC_BONUS.get(char.toLowerCase()) ?? -2 };
  infoCache.set(char, info);
  return info;
}

const isLetter = (info: CharInfo | undefined): boolean =>
  info !== undefined && info.kind !== 'ascii' && info.kind !== 'neutral' && info.kind !== 'other';

function cyrillicScore(previous: CharInfo | undefined, char: CharInfo, next: CharInfo | undefined): number {
  if (previous?.kind === 'ascii-letter' || next?.kind === 'ascii-letter') return -3;
  let score = 1 + char.bonus;
  if (char.upper && isLetter(previous)) score -= previous?.upper === true ? 0.3 : 3;
  return score;
}

function latinScore(previous: CharInfo | undefined, next: CharInfo | undefined): number {
  if (previous?.kind === 'cyrillic' || next?.kind === 'cyrillic') return -3;
  return previous?.kind === 'ascii-letter' || next?.kind === 'ascii-letter' ? 1 : -1;
}

/** Letters of other alphabets (Greek, Hebrew…) are plausible among letters of their own script only. */
function otherScriptScore(previous: CharInfo | undefined, char: CharInfo, next: CharInfo | undefined): number {
  if (char.kind === 'letter') return -2;
  const neighbours = [previous, next].filter(isLetter);
  if (neighbours.length === 0) return 0;
  // Less than a Cyrillic or Latin letter earns: these alphabets only enter when jschardet proposes them.
  return neighbours.every((neighbour) => neighbour?.kind === char.kind) ? 0.5 : -3;
}

/** Average plausibility per non-ASCII character of a decoded text (higher is better; below zero is implausible). */
export function singleByteScore(text: string): number {
  let total = 0;
  let counted = 0;
  const infos = Array.from(text, classify);
  const chars = Array.from(text);
  for (let index = 0; index < infos.length; index++) {
    const info = infos[index];
    if (info === undefined || info.kind === 'ascii' || info.kind === 'ascii-letter') continue;
    counted++;
    const previous = infos[index - 1];
    const next = infos[index + 1];
    switch (info.kind) {
      case 'neutral':
        // Quotes, dashes and spaces do not sit inside words (apostrophes and the Catalan middle dot do).
        if (isLetter(previous) && isLetter(next) && !INSIDE_WORD.has(chars[index] ?? '')) total -= 2;
        break;
      case 'cyrillic':
        total += cyrillicScore(previous, info, next);
        break;
      case 'latin':
        total += latinScore(previous, next);
        break;
      case 'other':
        total -= 2;
        break;
      default:
        total += otherScriptScore(previous, info, next);
    }
  }
  return counted === 0 ? 0 : total / counted;
}
