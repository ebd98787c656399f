/**
 * Asides: text set off by brackets or by a pair of dashes ("A bucha – which means ‘frenzy’ in Russian – was
 * stirred up"), and a trailing dash clause ("… in the village – a place of summer houses."). Translators put
 * their explanations there.
 */

/** One aside: the whole span with its delimiters, and the inner text. */
export interface Aside {
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly type: 'bracket' | 'dash';
  /** False for a dash clause that runs to the end of the sentence. */
  readonly closed: boolean;
}

const BRACKETS = /\(([^()]{1,300})\)|\[([^[\]]{1,300})\]/gu;
const DASH_PAIR = /\s([–—]|--?)\s+([^–—]{1,300}?)\s+([–—]|--?)(?=[\s.,;:!?…]|$)/gu;
const DASH = /[–—-]/u;
const DASH_TAIL = /\s([–—]|--?)\s+([^–—]{1,300}?)\s*[.!?…]*["»”’]*\s*$/u;

/** Every aside of a text, in order. */
export function findAsides(text: string): Aside[] {
  const asides: Aside[] = [];
  // Most sentences have neither brackets nor dashes: nothing to scan for then.
  const brackets = text.includes('(') || text.includes('[');
  if (!brackets && !DASH.test(text)) return asides;
  for (const match of brackets ? text.matchAll(BRACKETS) : []) {
    const start = match.index ?? 0;
    asides.push({ start, end: start + match[0].length, innerStart: start + 1, innerEnd: start + match[0].length - 1, type: 'bracket', closed: true });
  }
  let lastDashEnd = -1;
  for (const match of text.matchAll(DASH_PAIR)) {
    const start = (match.index ?? 0) + 1;
    const end = (match.index ?? 0) + match[0].length;
    const inner = match[2] ?? '';
    const innerStart = text.indexOf(inner, start);
    asides.push({ start, end, innerStart, innerEnd: innerStart + inner.length, type: 'dash', closed: true });
    lastDashEnd = end;
  }
  const tail = DASH_TAIL.exec(text);
  if (tail && (tail.index ?? 0) + 1 >= lastDashEnd) {
    const start = tail.index + 1;
    const inner = tail[2] ?? '';
    const innerStart = text.indexOf(inner, start);
    asides.push({ start, end: innerStart + inner.length, innerStart, innerEnd: innerStart + inner.length, type: 'dash', closed: false });
  }
  return asides.sort((a, b) => a.start - b.start);
}
