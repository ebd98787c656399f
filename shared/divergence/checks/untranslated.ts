/**
 * `untranslated`: a target sentence identical to its source, or words left in the source language or script.
 * Between languages of the same script, a run of the source's own words that the lexicon knows only in the source
 * language counts.
 * Latin words inside a Cyrillic (or other non-Latin) translation are normal for brand and product names, so
 * there a run counts only when it holds ordinary lower-case words copied from the source.
 */
import { emptyPackedList } from '../empty-lists';
import type { Lexicon } from '../../lexicon/lexicon';
import { wordKey } from '../../lexicon/word-key';
import type { Flag } from '../../types';
import { flagAt, flagSentence, quote, type PairContext } from '../pair-context';
import { scriptOfLanguage, type Script, type Token } from '../text/side-text';

const LETTER = /\p{L}/u;
const MIXED_CASE = /\p{Lu}/u;
// Web addresses, e-mail addresses and domain names stay as they are in any language.
const LINK = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|ru|io|uk|de|gov|edu|info)\b\S*/gu;

// What every link above contains; a text without any of these has no link (most sentences).
const MAY_LINK = /:\/\/|www\.|@|\.(?:com|org|net|ru|io|uk|de|gov|edu|info)\b/u;

// Of the kind of the lists linkSpans pushes into (see empty-lists.ts): most texts hold no link and share it.
const NO_LINKS: readonly (readonly [number, number])[] = emptyPackedList();

/** The spans of the links and addresses in a text (pushed into a literal, not made by map: see empty-lists.ts). */
function linkSpans(text: string): readonly (readonly [number, number])[] {
  if (!MAY_LINK.test(text)) return NO_LINKS;
  const spans: (readonly [number, number])[] = [];
  for (const match of text.matchAll(LINK)) spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  return spans.length > 0 ? spans : NO_LINKS;
}

const SPACE = /^\s$/u;

/** The first character of a text that is not white space (a UTF-16 code unit; -1 when there is none). */
function firstCode(text: string): number {
  for (let k = 0; k < text.length; k++) if (!SPACE.test(text[k] as string)) return text.charCodeAt(k);
  return -1;
}

/**
 * True when two texts cannot be equal after `normalise` because one starts with an ASCII letter or digit and the
 * other with a Cyrillic letter (lower case keeps each in its script): the usual case between English and Russian.
 */
function startsApart(a: string, b: string): boolean {
  const x = firstCode(a);
  const y = firstCode(b);
  return (isAsciiLetterOrDigit(x) && isCyrillic(y)) || (isCyrillic(x) && isAsciiLetterOrDigit(y));
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[«»“”„"]/g, '"').trim();
}

/** Flags identical sentences and runs of source-script words in the target. */
export function checkUntranslated(context: PairContext): Flag[] {
  const { src, tgt, index } = context;
  if (src.sentences.length === 0 || tgt.sentences.length === 0) return [];
  const similarLength = Math.abs(src.text.length - tgt.text.length) <= 0.2 * Math.max(src.text.length, tgt.text.length);
  if (similarLength && !startsApart(src.text, tgt.text) && normalise(src.text) === normalise(tgt.text) && LETTER.test(tgt.text)) {
    // Names, codes and numbers are the same in both languages; a sentence of ordinary words is not.
    const words = tgt.tokens.filter((token) => token.kind === 'word');
    const ordinary = words.filter((token) => !token.capitalized || token.initial).length;
    if (ordinary > 0 && src.lang !== tgt.lang) {
      return tgt.sentences.map((sentence) =>
        flagSentence(index, tgt, sentence, { kind: 'untranslated', severity: 'error', messageKey: 'untranslated.identical' }),
      );
    }
    return [];
  }
  const srcScript = scriptOfLanguage(src.lang);
  const tgtScript = scriptOfLanguage(tgt.lang);
  const flags: Flag[] = [];
  const foreignInLatin = tgtScript === 'latin' && srcScript !== 'latin';
  // Between languages of one script, a source word is one the source has, spelled alike, that the lexicon knows
  // in the source language but not in the target language ("Die Konferenz beginnt morgen" left in English).
  const sourceWords = srcScript === tgtScript ? new Set(src.tokens.filter((token) => token.kind === 'word').map((token) => token.text.toLowerCase())) : new Set<string>();
  const scope: WordScope = { context, srcScript, tgtScript, sourceWords, reverse: context.lexicon?.reversed(), foreignInLatin, flags };
  let run: Token[] = [];
  const links = linkSpans(tgt.text);
  for (const token of tgt.tokens) {
    if (token.kind === 'number' || (links.length > 0 && links.some(([from, to]) => token.start >= from && token.end <= to))) continue;
    if (isSourceWord(scope, token)) run.push(token);
    else if (!(token.stop && run.length > 0 && srcScript === tgtScript && sourceWords.has(token.text.toLowerCase()))) run = closeRun(scope, run);
  }
  closeRun(scope, run);
  return flags;
}

/** What the run of source words in a target is judged by (one object per pair, where closures would be two). */
interface WordScope {
  readonly context: PairContext;
  readonly srcScript: Script;
  readonly tgtScript: Script;
  readonly sourceWords: ReadonlySet<string>;
  readonly reverse: Lexicon | undefined;
  readonly foreignInLatin: boolean;
  readonly flags: Flag[];
}

/** Whether a target token is a source-language word (see `checkUntranslated`). */
function isSourceWord(scope: WordScope, token: Token): boolean {
  const { context, srcScript, tgtScript, sourceWords, reverse } = scope;
  return srcScript !== tgtScript
    ? token.script === srcScript
    : reverse !== undefined && sourceWords.has(token.text.toLowerCase()) && !token.capitalized &&
      context.lexicon?.translationsOf(wordKey(token.text, context.src.lang)) !== undefined && reverse.translationsOf(token.key) === undefined;
}

/** Ends a run of source words: flags it when it is long enough; returns the run to go on with. */
function closeRun(scope: WordScope, run: Token[]): Token[] {
  if (run.length === 0) return run;
  const { context, foreignInLatin, flags } = scope;
  const { tgt, index, settings } = context;
  const ordinary = run.filter((token) => !MIXED_CASE.test(token.text) && token.text.length > 1 && !token.stop);
  const enough = foreignInLatin ? run.length >= 1 : ordinary.length >= settings.untranslated.minWords;
  const first = run[0];
  const last = run[run.length - 1];
  if (enough && first && last) {
    flags.push(flagAt(index, tgt, first.start, last.end, {
      kind: 'untranslated',
      severity: 'warning',
      messageKey: 'untranslated.words',
      params: { text: quote(tgt.text.slice(first.start, last.end)) },
    }));
  }
  return [];
}
