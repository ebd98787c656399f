/**
 * Quotations in a text: each opening quotation mark with the closing mark that answers it. « closes with », “ with ”,
 * „ with “ or ” (German and Russian low-high quotes), and straight quotes pair in turn. A quotation may hold another
 * («… „…“ …»); a mark that answers none is left alone (an unclosed quotation runs on past the text).
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

/** Where the first of `closers` after `from` stands (-1 when none does). */
function nextOf(text: string, closers: string, from: number): number {
  let first = -1;
  for (const closer of closers) {
    const at = text.indexOf(closer, from);
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
    if ((mark !== '«' && mark !== '“' && mark !== '„' && mark !== '"') || closing.has(at)) continue;
    const close = nextOf(text, closersOf(mark), at + 1);
    if (close < 0) continue;
    closing.add(close);
    found.push({ open: at, close });
  }
  return found;
}
