/**
 * Word tokens with their character offsets, for the aligner and the divergence checks. A token is a run of
 * letters, combining marks and digits, with apostrophes inside words kept ("don't", "м'ясо", "aujourd'hui");
 * French and Italian elided articles and pronouns are split off ("l'homme" → "l'", "homme"). Hyphens split
 * ("vice-president" → "vice", "president") so each part can be looked up. Chinese and Japanese ideographs and
 * kana are one token per character, since those scripts do not mark word boundaries.
 */
import type { LangCode } from '../types';

/** One word or number of a text, with offsets into that text (text === source.slice(start, end)). */
export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** 'number' for runs of digits only; everything else is a 'word'. */
  readonly kind: 'word' | 'number';
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]/u;
const CJK_SPLIT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]+/gu;
const DIGITS = /^\p{Nd}+$/u;
const APOSTROPHE = /['’ʼ]/;

// Elided forms that end in an apostrophe and are separate words.
const ELISIONS: Readonly<Record<LangCode, ReadonlySet<string>>> = {
  fr: new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']),
  it: new Set(['l', 'd', 'c', 's', 'm', 't', 'v', 'un', 'dell', 'dall', 'nell', 'sull', 'all', 'quell', 'anch', 'tutt', 'com', 'dov', 'quest']),
  ca: new Set(['l', 'd', 'm', 't', 's', 'n']),
};

function push(tokens: WordToken[], text: string, start: number): void {
  tokens.push({ text, start, end: start + text.length, kind: DIGITS.test(text) ? 'number' : 'word' });
}

function pushSplittingCjk(tokens: WordToken[], text: string, start: number): void {
  if (!CJK_CHAR.test(text)) {
    push(tokens, text, start);
    return;
  }
  for (const part of text.matchAll(CJK_SPLIT)) push(tokens, part[0], start + (part.index ?? 0));
}

function pushSplittingElisions(tokens: WordToken[], text: string, start: number, elisions: ReadonlySet<string>): void {
  let offset = 0;
  for (;;) {
    const rest = text.slice(offset);
    const apostrophe = rest.search(APOSTROPHE);
    if (apostrophe <= 0 || !elisions.has(rest.slice(0, apostrophe).toLowerCase())) break;
    push(tokens, rest.slice(0, apostrophe + 1), start + offset);
    offset += apostrophe + 1;
  }
  pushSplittingCjk(tokens, text.slice(offset), start + offset);
}

/** Splits a text into word and number tokens with character offsets. */
export function tokenizeWords(text: string, lang: LangCode): WordToken[] {
  const tokens: WordToken[] = [];
  const elisions = ELISIONS[lang];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    if (elisions && APOSTROPHE.test(match[0])) pushSplittingElisions(tokens, match[0], start, elisions);
    else pushSplittingCjk(tokens, match[0], start);
  }
  return tokens;
}
