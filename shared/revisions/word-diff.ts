/**
 * Word-by-word differences for display, like tracked changes. jsdiff's own word tokenizer only knows Latin
 * letters (it would diff Russian letter by letter), so words are cut here with Unicode classes and compared
 * with jsdiff's array diff; scripts written without spaces (Chinese, Japanese, Thai...) are compared by character.
 */
import { diffArrays } from 'diff';

/** A piece of the compared text: kept, inserted in the new text, or deleted from the old one. */
export interface DiffSegment {
  readonly kind: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/** Words (letters, marks, digits, inner apostrophes), runs of whitespace, and single other characters. */
const TOKEN = /[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}\p{N}_]+)*|\s+|./gsu;
/** Scripts written without spaces between words: compared character by character. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const UNSPACED_PIECES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]+/gu;

/** Cut a text into diff tokens; joining them gives the text back. */
export function tokenizeForDiff(text: string): string[] {
  const tokens: string[] = [];
  for (const token of text.match(TOKEN) ?? []) {
    if (token.length > 1 && UNSPACED.test(token)) tokens.push(...(token.match(UNSPACED_PIECES) ?? []));
    else tokens.push(token);
  }
  return tokens;
}

/** Word-level difference of two texts: joining the equal and delete segments gives `before`, equal and insert `after`. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ kind: 'equal', text: before }] : [];
  const changes = diffArrays(tokenizeForDiff(before), tokenizeForDiff(after));
  const raw = changes.map((change): DiffSegment => ({
    kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value.join(''),
  }));
  return regroup(absorbLoneSpaces(raw));
}

/**
 * A space kept between two changes reads as noise ("~~the~~ a ~~quick~~ slow"): fold it into the change on
 * both sides, so the reader sees one deletion and one insertion.
 */
function absorbLoneSpaces(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  segments.forEach((segment, i) => {
    const before = segments[i - 1];
    const after = segments[i + 1];
    const lone = segment.kind === 'equal' && /^\s+$/u.test(segment.text) && before && after && before.kind !== 'equal' && after.kind !== 'equal';
    if (lone) out.push({ kind: 'delete', text: segment.text }, { kind: 'insert', text: segment.text });
    else out.push(segment);
  });
  return out;
}

/** Within each run of changes put the deletions first, then the insertions, each joined into one segment. */
function regroup(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted) out.push({ kind: 'delete', text: deleted });
    if (inserted) out.push({ kind: 'insert', text: inserted });
    deleted = inserted = '';
  };
  for (const segment of segments) {
    if (segment.kind === 'delete') deleted += segment.text;
    else if (segment.kind === 'insert') inserted += segment.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.kind === 'equal') out[out.length - 1] = { kind: 'equal', text: last.text + segment.text };
      else if (segment.text) out.push(segment);
    }
  }
  flush();
  return out;
}

/** The old text of a diff (equal + deleted segments). */
export function oldTextOf(segments: readonly DiffSegment[]): string {
  return segments.filter((segment) => segment.kind !== 'insert').map((segment) => segment.text).join('');
}

/** The new text of a diff (equal + inserted segments). */
export function newTextOf(segments: readonly DiffSegment[]): string {
  return segments.filter((segment) => segment.kind !== 'delete').map((segment) => segment.text).join('');
}
