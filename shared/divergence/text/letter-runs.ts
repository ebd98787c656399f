/**
 * A text as its runs of letters and digits in lower case, joined by one space: what
 * `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives, in one scan with what each character is
 * remembered (the repeated-sentence check asks it of every pair of a document).
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
