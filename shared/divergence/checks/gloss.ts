/**
 * `gloss`: an explanation the translator inserted. Found four ways, all on the target side: a bracket or dash
 * aside with no counterpart in the source or carrying a gloss marker; a gloss marker ("which means", "literally",
 * "in Russian", «так называемый») whose idea the source does not express; a source word kept in transliteration
 * (bucha ↔ «буча», kompromat, subbotnik); an acronym spelled out next to itself ("FSB (Federal Security Service)").
 */
import { GLOSS_CONCEPTS, markersFor, WEAK_GLOSS_CONCEPTS, type GlossConcept, type LanguageMarkers } from '../markers/index';
import type { Flag, Severity } from '../../types';
import { flagAt, quote, type PairContext } from '../pair-context';
import { findAsides, type Aside } from '../text/asides';
import { findPhrasesInLists } from '../text/phrases';
import { isContent, type SideText, type Token } from '../text/side-text';
import { counterpartCandidates } from './unmatched-spans';
import { spellingSimilarity } from '../text/similarity';

interface GlossSpan {
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
}

interface MarkerHit {
  readonly concept: GlossConcept;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

// Latin and Greek derivational endings: a word ending so is a cognate of the source word, not a transliteration.
const LEARNED_SUFFIX = /(?:tion|sion|ture|sure|ism|ist|ity|ic|ics|ical|al|ment|ance|ence|ive|ize|ise|ology|graphy|ous|ary|ory|ant|ent|ure|ate|ation|isation|ization)s?$/u;

// A romanised Russian word is written in plain letters; w, x, q, c outside ch, ph, th, oo, ee, digits and a silent
// final e, and English inflections mark an English word instead (photos, google, motocross, online, mobilised).
const ROMANISATION_LIKE = /^[a-z'’]+$/u;
const ENGLISH_SPELLING = /[wxq]|c(?!h)|ph|th|oo|ee|[^aeiouy]e$|(?:ed|ing|ised|ized|ness|less|ful|ly)$/u;

const CLAUSE_END = /[,;:.!?()[\]–—]|\s-\s/u;

// The gloss marker lists and the gloss evidence lists of each language, one array each (in concept order).
const markerLists = new WeakMap<LanguageMarkers, { readonly gloss: readonly (readonly string[])[]; readonly evidence: readonly (readonly string[])[] }>();

function listsOf(markers: LanguageMarkers): { readonly gloss: readonly (readonly string[])[]; readonly evidence: readonly (readonly string[])[] } {
  let lists = markerLists.get(markers);
  if (!lists) {
    lists = {
      gloss: GLOSS_CONCEPTS.map((concept) => markers.gloss[concept]),
      evidence: GLOSS_CONCEPTS.map((concept) => markers.glossEvidence[concept] ?? []),
    };
    markerLists.set(markers, lists);
  }
  return lists;
}

/** The phrases of the given lists (one per gloss concept) in a side, concept by concept. */
function conceptHits(side: SideText, which: 'gloss' | 'evidence'): MarkerHit[] {
  const markers = markersFor(side.lang);
  const found = findPhrasesInLists(side.tokens, listsOf(markers)[which], side.lang, markers.matchBy);
  const hits: MarkerHit[] = [];
  for (const [n, concept] of GLOSS_CONCEPTS.entries()) {
    for (const match of found[n] ?? []) {
      const first = side.tokens[match.first] as Token;
      const last = side.tokens[match.last] as Token;
      hits.push({ concept, phrase: match.phrase, start: first.start, end: last.end });
    }
  }
  return hits;
}

function markerHits(side: SideText): MarkerHit[] {
  return conceptHits(side, 'gloss');
}

/** Plain words that express a concept in running text: on the source side they too mean "not a gloss". */
function evidenceHits(side: SideText): MarkerHit[] {
  return conceptHits(side, 'evidence');
}

function inside(aside: Aside, start: number, end: number): boolean {
  return start >= aside.innerStart && end <= aside.innerEnd;
}

/** The position of a span's centre as a share of its text's length. */
function centre(from: number, to: number, length: number): number {
  return (from + to) / 2 / Math.max(1, length);
}

/**
 * Whether the source may hold the aside's counterpart: unmatched source words where the aside stands (a loose
 * rendering), or an aside of the same kind at about the same place («(но я не уверен)»).
 */
function sourceMayHaveIt(context: PairContext, aside: Aside, unmatched: readonly Token[]): boolean {
  const { src, tgt, match } = context;
  const here = centre(aside.start, aside.end, tgt.text.length);
  const twin = findAsides(src.text).some((other) => other.type === aside.type && Math.abs(centre(other.start, other.end, src.text.length) - here) <= 0.25);
  if (twin) return true;
  const candidates = counterpartCandidates(tgt, unmatched, match.tgtLinks, { side: src, via: match.src, links: match.srcLinks });
  return candidates * 2 >= unmatched.length;
}

function asideGlosses(context: PairContext, asides: readonly Aside[], targetHits: readonly MarkerHit[], sourceConcepts: ReadonlySet<GlossConcept>): GlossSpan[] {
  const { tgt, match, settings } = context;
  const spans: GlossSpan[] = [];
  for (const aside of asides) {
    const content = tgt.tokens.filter((token) => isContent(token) && token.start >= aside.innerStart && token.end <= aside.innerEnd);
    const unmatched = content.filter((token) => match.tgt[token.index] === undefined);
    const newContent = content.length > 0 && unmatched.length * 2 >= content.length;
    // "i.e." or «то есть» in brackets that restate the source are no gloss; with new words they are.
    const hit = targetHits.find(
      (candidate) => inside(aside, candidate.start, candidate.end) && !sourceConcepts.has(candidate.concept) && (newContent || !WEAK_GLOSS_CONCEPTS.has(candidate.concept)),
    );
    const text = quote(tgt.text.slice(aside.innerStart, aside.innerEnd));
    if (hit) {
      spans.push({ start: aside.start, end: aside.end, severity: 'warning', messageKey: 'gloss.marker', params: { marker: hit.phrase, text } });
      continue;
    }
    if (!aside.closed || !context.lexicon || content.length < settings.gloss.minAsideContentWords) continue;
    if (unmatched.length / content.length < settings.gloss.minUnmatchedShare) continue;
    const severity = sourceMayHaveIt(context, aside, unmatched) ? 'info' : 'warning';
    spans.push({ start: aside.start, end: aside.end, severity, messageKey: 'gloss.aside', params: { text } });
  }
  return spans;
}

// What follows "literally" when it introduces a gloss: a quotation («буквально «бешенство»», "literally ‘square’").
const QUOTATION_NEXT = /^[\s:,–—-]*["'«“„‘]/u;

/**
 * Whether a marker outside brackets and dashes glosses: "literally" and «буквально» do only before a quotation;
 * otherwise they intensify ("virtually no time" = «буквально нет времени»).
 */
function glossesHere(tgt: SideText, hit: MarkerHit): boolean {
  return hit.concept !== 'literally' || QUOTATION_NEXT.test(tgt.text.slice(hit.end, hit.end + 8));
}

function markerGlosses(tgt: SideText, hits: readonly MarkerHit[], sourceConcepts: ReadonlySet<GlossConcept>): GlossSpan[] {
  return hits
    .filter((hit) => !WEAK_GLOSS_CONCEPTS.has(hit.concept) && !sourceConcepts.has(hit.concept) && glossesHere(tgt, hit))
    .map((hit) => {
      const rest = tgt.text.slice(hit.end);
      const stop = rest.search(CLAUSE_END);
      const end = stop < 0 ? tgt.text.trimEnd().length : hit.end + stop;
      return { start: hit.start, end, severity: 'warning', messageKey: 'gloss.marker', params: { marker: hit.phrase, text: quote(tgt.text.slice(hit.start, end)) } };
    });
}

/** Target words that transliterate a common source word the lexicon does not know as a target-language word. */
function transliterationGlosses(context: PairContext): GlossSpan[] {
  const { src, tgt, lexicon, settings } = context;
  if (!lexicon) return [];
  const reverse = lexicon.reversed();
  const spans: GlossSpan[] = [];
  for (const t of tgt.tokens) {
    if (!isContent(t) || t.kind !== 'word' || t.script !== 'latin' || t.capitalized || t.text.length < 4) continue;
    if (reverse.translationsOf(t.key) || LEARNED_SUFFIX.test(t.text) || !ROMANISATION_LIKE.test(t.text) || ENGLISH_SPELLING.test(t.text)) continue;
    const s = src.tokens.find(
      (candidate) => candidate.script === 'cyrillic' && isContent(candidate) && (!candidate.capitalized || candidate.initial) &&
        spellingSimilarity(candidate.text, t.text, settings.names.minSimilarity) >= settings.names.minSimilarity,
    );
    if (!s) continue;
    spans.push({ start: t.start, end: t.end, severity: 'warning', messageKey: 'gloss.transliteration', params: { word: t.text, source: s.text } });
  }
  return spans;
}

/**
 * An acronym of the target spelled out next to it, where the source has no such expansion: by initials
 * ("FSB (Federal Security Service)", "Central Election Commission (CEC)"), or an acronym kept from the source in
 * brackets after capitalised words the source does not have ("the Investigative Committee (SK)"). Most targets have
 * neither brackets nor acronyms: the searches are functions of their own, so that this one stays small for V8 to
 * optimise once (with the searches in it, it was recompiled four or five times per run, each time an array it had
 * seen only empty came with words in it).
 */
function acronymGlosses(context: PairContext): readonly GlossSpan[] {
  const { tgt } = context;
  const bracketed = tgt.text.includes('(') ? bracketedAcronymGlosses(context) : NO_SPANS;
  const expanded = tgt.tokens.some(isShortAcronym) ? expandedAcronymGlosses(context) : NO_SPANS;
  return bracketed.length === 0 ? expanded : expanded.length === 0 ? bracketed : [...bracketed, ...expanded];
}

const NO_SPANS: readonly GlossSpan[] = [];

function isShortAcronym(token: Token): boolean {
  return token.acronym && token.text.length <= 6;
}

/** "Central Election Commission (CEC)", "the Investigative Committee (SK)": capitalised words before an acronym in brackets. */
function bracketedAcronymGlosses(context: PairContext): GlossSpan[] {
  const { tgt, match } = context;
  const spans: GlossSpan[] = [];
  for (const bracket of tgt.text.matchAll(/\((\p{Lu}[\p{Lu}\p{Ll}]{1,5})\)/gu)) {
    const acronym = tgt.tokens.find((token) => token.start === (bracket.index ?? 0) + 1);
    if (!acronym || match.tgt[acronym.index] === undefined) continue;
    const before: Token[] = [];
    for (let k = acronym.index - 1; k >= 0; k--) {
      const token = tgt.tokens[k] as Token;
      if (!token.capitalized && !token.stop) break;
      before.unshift(token);
    }
    while (before[0]?.stop) before.shift();
    const words = before.filter((token) => !token.stop);
    if (words.length < 2 || words.some((token) => match.tgt[token.index] !== undefined)) continue;
    const first = before[0] as Token;
    const end = (bracket.index ?? 0) + bracket[0].length;
    spans.push({ start: first.start, end, severity: 'warning', messageKey: 'gloss.acronym', params: { acronym: acronym.text, text: quote(tgt.text.slice(first.start, acronym.start - 2)) } });
  }
  return spans;
}

/** "FSB (Federal Security Service)": words near an acronym whose initials spell it, mostly unmatched. */
function expandedAcronymGlosses(context: PairContext): GlossSpan[] {
  const { tgt, match } = context;
  const spans: GlossSpan[] = [];
  // Arrays filled from literals rather than by filter and map: an empty array from a builtin is of another kind to
  // V8 than one holding words (its optimised code was thrown away each time the other kind came), while a literal
  // remembers the kind its arrays grew into.
  const acronyms: Token[] = [];
  const words: Token[] = [];
  // Each word's first letter in lower case, once (every acronym tries every window of words).
  const heads: string[] = [];
  for (const token of tgt.tokens) {
    if (isShortAcronym(token)) acronyms.push(token);
    if (token.kind !== 'word' || token.stop) continue;
    words.push(token);
    heads.push(token.text.charAt(0).toLowerCase());
  }
  for (const acronym of acronyms) {
    const letters = acronym.text.toLowerCase();
    for (let k = 0; k + letters.length <= words.length; k++) {
      // The initials first: most windows fail there, before a copy of the window is made.
      let initialsAgree = true;
      for (let n = 0; n < letters.length && initialsAgree; n++) initialsAgree = heads[k + n] === letters[n];
      if (!initialsAgree) continue;
      const run = words.slice(k, k + letters.length);
      if (run.includes(acronym)) continue;
      const first = run[0] as Token;
      const last = run[run.length - 1] as Token;
      const near = Math.min(Math.abs(acronym.start - last.end), Math.abs(first.start - acronym.end)) <= 4;
      const unmatched = run.filter((word) => match.tgt[word.index] === undefined).length;
      if (!near || unmatched * 2 < run.length) continue;
      spans.push({ start: Math.min(first.start, acronym.start), end: Math.max(last.end, acronym.end), severity: 'warning', messageKey: 'gloss.acronym', params: { acronym: acronym.text, text: quote(tgt.text.slice(first.start, last.end)) } });
    }
  }
  return spans;
}

/** Keeps the first of overlapping spans, widened to cover the others, with the highest severity. */
function merge(spans: readonly GlossSpan[]): GlossSpan[] {
  const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
  const merged: GlossSpan[] = [];
  for (const span of spans) {
    const slot = merged.findIndex((other) => span.start < other.end && other.start < span.end);
    const other = merged[slot];
    if (!other) {
      merged.push(span);
      continue;
    }
    merged[slot] = {
      ...other,
      start: Math.min(other.start, span.start),
      end: Math.max(other.end, span.end),
      severity: rank[span.severity] > rank[other.severity] ? span.severity : other.severity,
    };
  }
  return merged;
}

const NO_CONCEPTS: ReadonlySet<GlossConcept> = new Set();

/** Flags explanatory insertions in the target. */
export function checkGloss(context: PairContext): Flag[] {
  const { src, tgt, index } = context;
  if (src.sentences.length === 0 || tgt.sentences.length === 0) return [];
  const targetHits = markerHits(tgt);
  // The source's concepts only matter against the target's markers (most targets have none).
  const sourceConcepts: ReadonlySet<GlossConcept> =
    targetHits.length === 0 ? NO_CONCEPTS : new Set([...markerHits(src), ...evidenceHits(src)].map((hit) => hit.concept));
  const asides = findAsides(tgt.text);
  const outside = targetHits.filter((hit) => !asides.some((aside) => inside(aside, hit.start, hit.end)));
  const spans = merge([
    ...asideGlosses(context, asides, targetHits, sourceConcepts),
    ...markerGlosses(tgt, outside, sourceConcepts),
    ...acronymGlosses(context),
    ...transliterationGlosses(context),
  ]);
  return spans.map((span) => flagAt(index, tgt, span.start, span.end, { kind: 'gloss', severity: span.severity, messageKey: span.messageKey, params: span.params }));
}
