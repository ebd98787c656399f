// Parses articles of FreeDict dictionaries in their dictd rendering. Two layouts occur:
// - "wiktionary" (deu-fra, fra-deu and the small older ones: eng-rus, eng-fra, fra-eng): the headword line
//   (`Berg /bɛʁk/ <n, masc>`), then per sense a translation line (`1. montagne, mont`, unnumbered when there is one
//   sense) followed by a definition in the source language, which must not be taken for a translation;
// - "ding" (deu-eng, eng-deu): the headword line, then translation lines (`Krieg <masc> [mil.]`), then indented
//   notes, quoted examples, `see:` and `Synonyms:` lines.
import type { ParsedArticle } from './parse-mueller7';

/** Which rendering a FreeDict database uses. */
export type FreedictLayout = 'wiktionary' | 'ding';

const NUMBERED = /^\d+\.\s/;
const NOISE = [/<[^>]*>/g, /\[[^\]]*\]/g, /\{[^}]*\}/g, /\/[^/]*\//g, /\([^()]*\)/g, /\s\d+\.(?=\s|$)/g];

function cleanTranslationLine(line: string): string[] {
  let text = line.replace(NUMBERED, ' ');
  for (const pattern of NOISE) text = text.replace(pattern, ' ');
  return text
    .split(/[,;]/)
    .map((item) => item.replace(/[.!?"«»„“”…#]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((item) => item.length > 0);
}

function headwordOf(line: string): string {
  // The headword runs up to its transcription (`/.../`), grammar (`<...>`) or a parenthesis.
  return line.split(/\s[/<(]/)[0].trim();
}

function translationLines(lines: readonly string[], layout: FreedictLayout): string[] {
  const result: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim().length === 0) continue;
    if (layout === 'wiktionary') {
      if ((i === 1 && !/^\s/.test(line)) || NUMBERED.test(line)) result.push(line);
    } else if (!/^\s/.test(line) || /^ \[/.test(line)) {
      result.push(line);
    }
  }
  return result;
}

/** Extracts the headword and translation phrases from one FreeDict article. */
export function parseFreedictArticle(body: string, layout: FreedictLayout): ParsedArticle {
  const lines = body.split('\n');
  const headword = headwordOf(lines[0] ?? '');
  const translations = translationLines(lines, layout).flatMap(cleanTranslationLine);
  return { headwords: headword ? [headword] : [], translations };
}
