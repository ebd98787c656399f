/**
 * `terminology`: a glossary term not translated as the glossary says; and, without a glossary, a source acronym
 * rendered as a spelled-out phrase («СВО» → "special military operation"), a terminology choice worth a look.
 */
import type { Lexicon } from '../../lexicon/lexicon';
import type { Flag } from '../../types';
import { flagAt, quote, type PairContext } from '../pair-context';
import { findPhrases } from '../text/phrases';
import { isContent, type SideText, type Token } from '../text/side-text';
import { latinKey } from '../text/similarity';

/** A one-word term written in capitals (СВО, ДСНВ, NATO): an acronym, matched by its exact form. */
function isAcronymTerm(term: string): boolean {
  return /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(term);
}

/** Flags source glossary terms whose target terms are all absent from the target. */
export function checkGlossaryTerms(context: PairContext): Flag[] {
  const { src, tgt, glossary, index } = context;
  if (!glossary || src.sentences.length === 0 || tgt.sentences.length === 0) return [];
  const flags: Flag[] = [];
  for (const entry of glossary.entries) {
    // Stemming an acronym would make «СВО» meet «свою», «свои»: acronyms match only as written.
    const occurrences = findPhrases(src.tokens, [entry.source], src.lang).filter(
      (occurrence) => !isAcronymTerm(entry.source) || src.tokens[occurrence.first]?.text === entry.source,
    );
    if (occurrences.length === 0) continue;
    if (findPhrases(tgt.tokens, entry.targets, tgt.lang).length >= occurrences.length) continue;
    const first = src.tokens[(occurrences[0] as { first: number }).first] as Token;
    const last = src.tokens[(occurrences[0] as { last: number }).last] as Token;
    flags.push(flagAt(index, src, first.start, last.end, {
      kind: 'terminology',
      severity: 'warning',
      messageKey: 'terminology.glossary',
      params: { term: entry.source, expected: entry.targets.join(' / ') },
    }));
  }
  return flags;
}

// Per lexicon and word key: the first letters of the word's translations (a window of target words is tried
// against every acronym of the source, so each word is asked many times).
const initialsMemo = new WeakMap<Lexicon, Map<string, ReadonlySet<string | undefined>>>();

function initialsOf(lexicon: Lexicon, key: string): ReadonlySet<string | undefined> {
  let table = initialsMemo.get(lexicon);
  if (!table) {
    table = new Map();
    initialsMemo.set(lexicon, table);
  }
  let initials = table.get(key);
  if (!initials) {
    initials = new Set([...(lexicon.translationsOf(key) ?? [])].map((translation) => translation[0]));
    if (table.size > 100_000) table.clear();
    table.set(key, initials);
  }
  return initials;
}

// What stands between two words of one name and never inside it: a clause or sentence break, a quotation, a bracket.
const BREAK_IN_NAME = /[,;:!?.«»"“”„()[\]—–]/u;

/** True when the text between two words of a side holds a break (see BREAK_IN_NAME). */
function brokenRun(side: SideText, first: Token, last: Token): boolean {
  return BREAK_IN_NAME.test(side.text.slice(first.end, last.start));
}

/**
 * Flags a source acronym with no counterpart that the target spells out: a run of as many unmatched target words
 * as the acronym has letters, each of which translates (through the lexicon) to a source word with that initial
 * letter, in order, with no comma, full stop, dash, quotation mark or bracket among them. Acronyms of four letters or
 * more may take the words in any order and miss one letter.
 */
export function checkExpandedAcronyms(context: PairContext): Flag[] {
  const { src, tgt, match, lexicon, index } = context;
  if (!lexicon || src.sentences.length === 0 || tgt.sentences.length === 0) return [];
  // Most sources hold no acronym of three to six letters: nothing to look for then.
  if (!src.tokens.some((token) => token.acronym && token.text.length >= 3 && token.text.length <= 6)) return [];
  const reverse = lexicon.reversed();
  const flags: Flag[] = [];
  // Arrays filled from literals rather than by filter: an empty array from a builtin is another kind of array to V8
  // than one holding tokens, and its optimised code was thrown away each time the other kind came (three compiles
  // per run of the 20k pair); a literal's arrays keep the kind they grew into.
  const words: Token[] = [];
  for (const token of tgt.tokens) if (isContent(token) && token.kind === 'word') words.push(token);
  // An acronym matched only through the document's own word pairs is still rendered in full.
  const unmatched = (via: string | undefined): boolean => via === undefined || via === 'learned';
  // Capitals in a sentence set in capitals (ALL RETURNS ARE …) are no acronyms; an acronym left in the target
  // (ПЦР for PCR) is its rendering.
  const shouting = (side: typeof src): boolean => {
    let wordCount = 0;
    let acronymCount = 0;
    for (const token of side.tokens) {
      if (token.kind !== 'word' || token.text.length <= 1) continue;
      wordCount += 1;
      if (token.acronym) acronymCount += 1;
    }
    return acronymCount * 2 >= wordCount;
  };
  if (shouting(src)) return [];
  const rendered = (acronym: Token): boolean =>
    tgt.tokens.some((token) => token.acronym && unmatched(match.tgt[token.index]) && latinKey(token.text)[0] === latinKey(acronym.text)[0]);
  // Two-letter acronyms (US, PM) meet two-word phrases by chance too often.
  const acronyms: Token[] = [];
  for (const token of src.tokens) if (token.acronym && token.text.length >= 3 && token.text.length <= 6 && unmatched(match.src[token.index]) && !rendered(token)) acronyms.push(token);
  for (const acronym of acronyms) {
    const letters = [...acronym.text.toLowerCase()];
    const allowedMisses = letters.length >= 4 ? 1 : 0;
    for (let k = 0; k + letters.length <= words.length; k++) {
      // One word of the expansion may have met a stray translation elsewhere in the source.
      let strays = 0;
      let strayElsewhere = false;
      for (let n = k; n < k + letters.length; n++) {
        const via = match.tgt[(words[n] as Token).index];
        if (unmatched(via)) continue;
        strays += 1;
        if (via !== 'lexicon') strayElsewhere = true;
      }
      if (strays > 1 || strayElsewhere) continue;
      // A word's translations start with many letters: across a break, a run spells the acronym by chance («лет», —
      // и, возможно, самой большой» for CEO).
      if (brokenRun(tgt, words[k] as Token, words[k + letters.length - 1] as Token)) continue;
      const run = words.slice(k, k + letters.length);
      const initials = run.map((word) => initialsOf(reverse, word.key));
      // Letters in order, or in any order when the languages order the words differently.
      let inOrder = 0;
      for (let n = 0; n < letters.length; n++) if (!initials[n]?.has(letters[n] as string)) inOrder += 1;
      const pool = [...initials];
      let anyOrder = 0;
      for (const letter of letters) {
        const slot = pool.findIndex((set) => set.has(letter));
        if (slot < 0) anyOrder += 1;
        else pool.splice(slot, 1);
      }
      if ((letters.length >= 4 ? Math.min(inOrder, anyOrder) : inOrder) > allowedMisses) continue;
      const first = run[0] as Token;
      const last = run[run.length - 1] as Token;
      flags.push(flagAt(index, tgt, first.start, last.end, {
        kind: 'terminology',
        severity: 'info',
        messageKey: 'terminology.acronymExpanded',
        params: { acronym: acronym.text, text: quote(tgt.text.slice(first.start, last.end)) },
      }));
      break;
    }
  }
  return flags;
}
