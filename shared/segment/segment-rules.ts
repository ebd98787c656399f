/**
 * Per-language sentence-boundary rules as data, and their compiled form. The splitter (split-paragraph.ts)
 * only asks questions of the compiled rules; every language difference lives in the tables under rules/.
 */
import type { LangCode } from '../types';

/** Data describing how one language marks (or does not mark) sentence ends. Abbreviations are lower case, with dots. */
export interface LanguageSegmentRules {
  /** Abbreviations after which a sentence never ends: "т.е.", "mr.", "z.b.". */
  readonly nonTerminal: readonly string[];
  /** Abbreviations that end a sentence only right after a number ("в 2025 г.") and never otherwise ("г. Москва"). */
  readonly terminalAfterNumber: readonly string[];
  /** Abbreviations that never end a sentence when a number follows ("No. 5", "Art. 3", "стр. 7"). */
  readonly beforeNumber: readonly string[];
  /** Abbreviations that may end a sentence, listed so that the initials rule leaves them alone: "j.-c.". */
  readonly terminal: readonly string[];
  /** Words that open a speaker's turn ("Question", "Вопрос"); "Word:" or "Word (…):" starts a new sentence. */
  readonly speakerLabels: readonly string[];
  /** Month names (lower case) before which "3." is an ordinal, not a sentence end (German, Czech, Polish…). */
  readonly ordinalMonths?: readonly string[];
  /** Words (lower case) after which "3." is an ordinal: "am 3. Oktober", "der 2. Weltkrieg". */
  readonly ordinalPrecedingWords?: readonly string[];
  /** Capital letters that are words and may end a sentence, so "I." is not an initial ("…and so was I. Then"). */
  readonly sentenceFinalLetters?: readonly string[];
}

/** Rules compiled to regular expressions, once per language. */
export interface CompiledSegmentRules {
  readonly nonTerminal: RegExp | undefined;
  readonly terminalAfterNumber: RegExp | undefined;
  readonly beforeNumber: RegExp | undefined;
  readonly terminal: RegExp | undefined;
  /** Matches a speaker label at the start of a string. */
  readonly speakerLabel: RegExp;
  readonly ordinalMonth: RegExp | undefined;
  readonly ordinalPrecedingWords: ReadonlySet<string>;
  readonly sentenceFinalLetters: ReadonlySet<string>;
  /** First parts of multi-part abbreviations ("z." of "z. B.") at the end of a string, and what completes each. */
  readonly abbreviationHeads: RegExp | undefined;
  readonly abbreviationRests: ReadonlyMap<string, RegExp>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "т.е." matches "т.е." and "т. е."; the abbreviation must start a word. */
function abbreviationPattern(abbreviations: readonly string[]): string | undefined {
  if (abbreviations.length === 0) return undefined;
  const sorted = [...new Set(abbreviations)].sort((a, b) => b.length - a.length);
  return sorted.map((abbreviation) => escapeRegExp(abbreviation).replace(/\\\.(?=.)/g, '\\.\\s?')).join('|');
}

function endingRegExp(abbreviations: readonly string[], prefix = ''): RegExp | undefined {
  const pattern = abbreviationPattern(abbreviations);
  return pattern === undefined ? undefined : new RegExp(`${prefix}(?<![\\p{L}\\p{N}])(?:${pattern})$`, 'iu');
}

/** A number (Arabic or Roman) and an optional space, at the end of a string. */
const ENDS_WITH_NUMBER = /(?:\p{N}|(?<!\p{L})[IVXLCDM]+)\s?$/u;

/** Name labels: "С.В.Лавров:", "V. Putin:", "Sergey Lavrov:" (two or three capitalised words). */
const NAME_LABEL = "(?:\\p{Lu}\\.\\s?){1,3}\\p{Lu}[\\p{L}'’-]+|\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}[\\p{Ll}'’-]+){1,2}";

/** Splits "z.b." into "z." and "b."; the segmenter may break between them when they are spaced ("z. B."). */
function multiPartAbbreviations(rules: LanguageSegmentRules): Map<string, string[]> {
  const byHead = new Map<string, string[]>();
  for (const abbreviation of [...rules.nonTerminal, ...rules.terminal, ...rules.terminalAfterNumber, ...rules.beforeNumber]) {
    const dot = abbreviation.indexOf('.');
    if (dot < 0 || dot === abbreviation.length - 1) continue;
    const head = abbreviation.slice(0, dot + 1);
    const rest = abbreviation.slice(dot + 1).trim();
    byHead.set(head, [...(byHead.get(head) ?? []), rest]);
  }
  return byHead;
}

/** Compiles a rules table. */
export function compileSegmentRules(rules: LanguageSegmentRules): CompiledSegmentRules {
  const multiPart = multiPartAbbreviations(rules);
  const rests = new Map<string, RegExp>();
  for (const [head, tails] of multiPart) {
    rests.set(head, new RegExp(`^(?:${abbreviationPattern(tails) ?? ''})`, 'iu'));
  }
  const labels = rules.speakerLabels.map(escapeRegExp).join('|');
  const labelPattern = labels === '' ? NAME_LABEL : `${labels}|${NAME_LABEL}`;
  return {
    nonTerminal: endingRegExp(rules.nonTerminal),
    terminalAfterNumber: endingRegExp(rules.terminalAfterNumber),
    beforeNumber: endingRegExp(rules.beforeNumber),
    terminal: endingRegExp(rules.terminal),
    speakerLabel: new RegExp(`^(?:${labelPattern})(?:\\s*\\([^()\\n]{1,80}\\))?\\s*:`, 'u'),
    ordinalMonth:
      rules.ordinalMonths === undefined || rules.ordinalMonths.length === 0
        ? undefined
        : new RegExp(`^(?:${rules.ordinalMonths.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'),
    ordinalPrecedingWords: new Set(rules.ordinalPrecedingWords ?? []),
    sentenceFinalLetters: new Set(rules.sentenceFinalLetters ?? []),
    abbreviationHeads: endingRegExp([...multiPart.keys()]),
    abbreviationRests: rests,
  };
}

/** True when `left` ends with the first part of a multi-part abbreviation that `right` completes ("z." + "B. Makalu"). */
export function continuesAbbreviation(rules: CompiledSegmentRules, left: string, right: string): boolean {
  const head = rules.abbreviationHeads?.exec(left)?.[0];
  if (head === undefined) return false;
  return rules.abbreviationRests.get(head.toLowerCase())?.test(right) ?? false;
}

/** Tests whether a string ends with an abbreviation that follows a number. */
export function endsWithAbbreviationAfterNumber(rules: CompiledSegmentRules, text: string): 'after-number' | 'other' | 'none' {
  const match = rules.terminalAfterNumber?.exec(text);
  if (!match) return 'none';
  return ENDS_WITH_NUMBER.test(text.slice(0, match.index)) ? 'after-number' : 'other';
}

/** Merges tables (later ones add to earlier ones). */
export function mergeSegmentRules(...tables: readonly LanguageSegmentRules[]): LanguageSegmentRules {
  const join = (pick: (table: LanguageSegmentRules) => readonly string[] | undefined): string[] =>
    tables.flatMap((table) => pick(table) ?? []);
  return {
    nonTerminal: join((table) => table.nonTerminal),
    terminalAfterNumber: join((table) => table.terminalAfterNumber),
    beforeNumber: join((table) => table.beforeNumber),
    terminal: join((table) => table.terminal),
    speakerLabels: join((table) => table.speakerLabels),
    ordinalMonths: join((table) => table.ordinalMonths),
    ordinalPrecedingWords: join((table) => table.ordinalPrecedingWords),
    sentenceFinalLetters: join((table) => table.sentenceFinalLetters),
  };
}

/** A language code's primary subtag, lower case. */
export function primaryLanguage(lang: LangCode): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}
