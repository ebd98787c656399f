/**
 * Quotations in a text: each opening quotation mark with the closing mark that answers it. « closes with », “ with ”,
 * „ with “ or ” (German and Russian low-high quotes), and straight quotes pair in turn, but for inch marks. A quotation
 * may hold another («… „…“ …»); a mark that answers none is left alone (an unclosed quotation runs on past the text).
 */

/** A quotation: the offsets of its opening and its closing mark. */
export interface Quotation {
  readonly open: number;
  readonly close: number;
}

const OPENING = /[«“„"]/u;

/** The closing marks that answer an opening one. */
function closersOf(opening: string): string {
  switch (opening) {
    case '«':
      return '»';
    case '“':
      return '”';
    case '„':
      return '“”';
    default:
      return '"';
  }
}

/** A straight double quote right after a digit: an inch or a second (20x16", 5'11"), no quotation mark. */
export function isInchMark(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return text.charCodeAt(at) === 34 && before >= 48 && before <= 57;
}

/** Where the first of `closers` after `from` stands, inch marks passed over (-1 when none does). */
function nextOf(text: string, closers: string, from: number): number {
  let first = -1;
  for (const closer of closers) {
    let at = text.indexOf(closer, from);
    while (at >= 0 && isInchMark(text, at)) at = text.indexOf(closer, at + 1);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** The closed quotations of a text, by their opening marks' order. */
export function quotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  // Nothing to scan in most sentences.
  if (!OPENING.test(text)) return found;
  // Marks already taken as closers (“ closes „ but opens otherwise; a straight quote closes the one before it).
  const closing = new Set<number>();
  for (let at = 0; at < text.length; at++) {
    const mark = text[at] as string;
    if ((mark !== '«' && mark !== '“' && mark !== '„' && mark !== '"') || closing.has(at) || isInchMark(text, at)) continue;
    const close = nextOf(text, closersOf(mark), at + 1);
    if (close < 0) continue;
    closing.add(close);
    found.push({ open: at, close });
  }
  return found;
}
