/**
 * Runs of letters in a text, found by scanning with each character's class remembered: `letterRuns` (letters and
 * digits, lower case, joined by one space: what `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives;
 * the repeated-sentence check asks it of every pair of a document) and `letterRunEnd` (the runs of `/\p{L}+/u`, read
 * by the search for numbers in words).
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// Per UTF-16 unit: 0 not asked yet, 1 a letter or digit, 2 neither.
const unitClass = new Uint8Array(0x10000);

function isLetterOrDigit(text: string, at: number, code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = unitClass[code] as number;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(text[at] as string) ? 1 : 2;
    unitClass[code] = known;
  }
  return known === 1;
}

/** The lower-case runs of letters and digits of a text, joined by one space. */
export function letterRuns(text: string): string {
  const lower = text.toLowerCase();
  // Joined at the end: one flat string, which the caller hashes as a map key.
  const runs: string[] = [];
  let start = -1;
  let k = 0;
  while (k < lower.length) {
    const code = lower.charCodeAt(k);
    let width = 1;
    let word: boolean;
    if (code >= 0xd800 && code <= 0xdbff && k + 1 < lower.length && (lower.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
      // A character outside the basic plane: asked as a whole.
      width = 2;
      word = LETTER_OR_DIGIT.test(lower.slice(k, k + 2));
    } else {
      word = isLetterOrDigit(lower, k, code);
    }
    if (word) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      runs.push(lower.slice(start, k));
      start = -1;
    }
    k += width;
  }
  if (start >= 0) runs.push(lower.slice(start));
  return runs.join(' ');
}

const LETTER = /^\p{L}$/u;

// Per UTF-16 unit: 0 not asked yet, 1 a letter, 2 not.
const letterUnit = new Uint8Array(0x10000);

/** The UTF-16 length of the letter at `at` (2 for a letter outside the basic plane), 0 when no letter starts there. */
function letterWidth(text: string, at: number, code: number): number {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) {
    return LETTER.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  let known = letterUnit[code] as number;
  if (known === 0) {
    known = LETTER.test(text[at] as string) ? 1 : 2;
    letterUnit[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/**
 * The end of the run of letters that starts at `at` (what `/\p{L}+/u` matches there), `at` when no letter starts
 * there. Reads each character's class once per process: the number scan asks it of every letter of a text.
 */
export function letterRunEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const width = letterWidth(text, end, text.charCodeAt(end));
    if (width === 0) break;
    end += width;
  }
  return end;
}
