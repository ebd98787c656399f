/**
 * The divergence checks over a document as three steps, so a long document can be checked in ranges of pairs (in
 * separate threads) with the same flags as in one go: a first pass over each range (tokens and word-level
 * correspondence of every pair, and what the document-wide steps need from it, as plain data), the document's
 * facts from all ranges (learned word pairs, typical length ratio, quoted terms), then a second pass over each
 * range (the per-pair checks), and the flags assembled from all ranges. `checkDivergences` runs them in one range.
 */
import { orientGlossary, type Glossary } from '../glossary/glossary';
import { groupBy } from '../group-by';
import type { Lexicon } from '../lexicon/lexicon';
import { assertNever, FLAG_KINDS, type AlignedPair, type Flag, type FlagKind, type SegmentedDocument } from '../types';
import { checkGloss } from './checks/gloss';
import {
  addQuotedTerms,
  repeatedSentenceFlags,
  repeatKey,
  termOccurrences,
  termRenderingFlags,
  termVariantFlags,
  termVariantHits,
  type TermOccurrence,
  type TermVariantHit,
} from './checks/inconsistency';
import { checkNames, nameRenderings, nameVariantFlags, type NameRendering } from './checks/names';
import { checkNumbers } from './checks/number';
import { checkPunctuation } from './checks/punctuation';
import { checkExpandedAcronyms, checkGlossaryTerms } from './checks/terminology';
import { checkAddition, checkLength, checkOmission, typicalLengthRatio } from './checks/unmatched-spans';
import { checkUnaligned } from './checks/unaligned';
import { checkUntranslated } from './checks/untranslated';
import { checkWordplay } from './checks/wordplay';
import { orientLexicon, taughtOf, wordPassOf, type WordPass } from './correspondence';
import { nameLexicon } from './data/name-lexicon';
import { learnedEntries, learnedLexicon, unmatchedKeys, type LearnedEntries, type UnmatchedKeys } from './learn-word-pairs';
import { buildPairContext, pairContextOf, type PairContext } from './pair-context';
import { reserveInts } from './text/int-pool';
import type { SideText, Token } from './text/side-text';
import { resolveDivergenceSettings, type DivergenceSettings, type DivergenceSettingsOverride } from './settings';
import { unitedLexicon } from './united-lexicon';

/** What the checks need: both documents, the alignment's pairs, and optionally a lexicon and a glossary. */
export interface DivergenceInput {
  readonly source: SegmentedDocument;
  readonly target: SegmentedDocument;
  readonly pairs: readonly AlignedPair[];
  /** A lexicon for the language pair, in either direction. */
  readonly lexicon?: Lexicon;
  /** A glossary for the language pair, in either direction. */
  readonly glossary?: Glossary;
  readonly settings?: DivergenceSettings | DivergenceSettingsOverride;
}

/** The input with its settings resolved and its lexicons and glossary oriented source → target. */
export interface DivergenceRun {
  readonly source: SegmentedDocument;
  readonly target: SegmentedDocument;
  readonly pairs: readonly AlignedPair[];
  readonly settings: DivergenceSettings;
  readonly lexicon: Lexicon | undefined;
  /** The lexicon united with the names lexicon: what word matching uses. */
  readonly matchLexicon: Lexicon | undefined;
  readonly glossary: Glossary | undefined;
}

/** Resolves the settings and orients the lexicon and the glossary of an input. */
export function prepareRun(input: DivergenceInput): DivergenceRun {
  const lexicon = orientLexicon(input.lexicon, input.source.lang, input.target.lang);
  return {
    source: input.source,
    target: input.target,
    pairs: input.pairs,
    settings: resolveDivergenceSettings(input.settings),
    lexicon,
    matchLexicon: unitedLexicon([lexicon, nameLexicon(input.source.lang, input.target.lang)]),
    glossary: orientGlossary(input.glossary, input.source.lang, input.target.lang),
  };
}

/** What the document-wide steps need from the first pass over a range of pairs: plain data, in pair order. */
export interface FirstPassReport {
  /** Index of the range's first pair. */
  readonly from: number;
  /** Per pair, its unmatched word keys for learning (empty when learning is off). */
  readonly unmatched: readonly (UnmatchedKeys | undefined)[];
  /** Per pair, its repeated-sentence key (empty when the inconsistency check is off). */
  readonly repeatKeys: readonly (string | undefined)[];
  /** Source words set in quotes in the range (term candidates). */
  readonly quotedTerms: readonly string[];
  /** Glossary terms with several accepted targets, and the one each pair uses. */
  readonly termHits: readonly TermVariantHit[];
}

/**
 * What the first pass keeps of a pair for the second: its sides, word comparison and unmatched source tokens. Not
 * its correspondence, which the second pass makes again from the comparison (with the learned word pairs, which
 * change most pairs of a long document), so the first one dies young instead of being kept (and copied by the
 * collector) until then.
 */
export interface KeptPair {
  readonly index: number;
  readonly pair: AlignedPair;
  readonly src: SideText;
  readonly tgt: SideText;
  readonly comparison: WordPass | undefined;
  /** The source tokens (indices) the correspondence left unmatched. */
  readonly unmatchedSource: Int32Array;
}

/** The indices of the tokens a correspondence left unmatched on a side. */
function unmatchedTokens(via: readonly (string | undefined)[]): Int32Array {
  let count = 0;
  for (const found of via) if (found === undefined) count += 1;
  const indices = reserveInts(count);
  let next = 0;
  for (let index = 0; index < via.length; index++) if (via[index] === undefined) indices[next++] = index;
  return indices;
}

/**
 * Whether learned word pairs may change a pair's correspondence: some source token it left unmatched has a
 * translation the document taught (a matched word's taught translations are not looked for).
 */
function taughtPair(pair: KeptPair, learned: Lexicon): boolean {
  const tokens = pair.src.tokens;
  const unmatched = pair.unmatchedSource;
  for (let k = 0; k < unmatched.length; k++) if (taughtOf(tokens[unmatched[k] as number] as Token, learned) !== undefined) return true;
  return false;
}

/** The first pass over a range: what it keeps of each pair (where the range is checked) and its report. */
export interface FirstPass {
  readonly kept: readonly KeptPair[];
  readonly report: FirstPassReport;
}

function learns(run: DivergenceRun): boolean {
  return run.settings.learning.enabled && run.lexicon !== undefined;
}

/** Builds the contexts of pairs `from` to `to` (exclusive) and what the document-wide steps need from them. */
export function firstPass(run: DivergenceRun, from: number, to: number): FirstPass {
  const lexicons = { lexicon: run.lexicon, matchLexicon: run.matchLexicon };
  const inconsistency = run.settings.enabled.inconsistency;
  const learning = learns(run);
  const kept: KeptPair[] = [];
  const unmatched: (UnmatchedKeys | undefined)[] = [];
  const repeatKeys: (string | undefined)[] = [];
  const terms = new Set<string>();
  const termHits: TermVariantHit[] = [];
  // Pair by pair: what the document-wide steps need is taken while the pair's words are at hand.
  for (let index = from; index < to; index++) {
    // What the first pass reads of the correspondence is how each token matched: it is made without links.
    const context = buildPairContext(run.source, run.target, run.pairs[index] as AlignedPair, index, lexicons, run.glossary, run.settings, false);
    kept.push({ index, pair: context.pair, src: context.src, tgt: context.tgt, comparison: wordPassOf(context.match), unmatchedSource: unmatchedTokens(context.match.src) });
    if (learning) unmatched.push(unmatchedKeys(context));
    if (!inconsistency) continue;
    repeatKeys.push(repeatKey(context));
    addQuotedTerms(context, terms);
    if (run.glossary) for (const hit of termVariantHits(context)) termHits.push(hit);
  }
  return { kept, report: { from, unmatched, repeatKeys, quotedTerms: [...terms], termHits } };
}

/** What the whole document tells the second pass: plain data, the same for every range. */
export interface DocumentFacts {
  /** Word pairs the document teaches (see learn-word-pairs.ts). */
  readonly learned: LearnedEntries;
  /** The usual target/source length ratio. */
  readonly typicalRatio: number;
  /** Words the source sets in quotes somewhere. */
  readonly quotedTerms: readonly string[];
}

function inOrder<T extends { readonly from: number }>(parts: readonly T[]): T[] {
  return [...parts].sort((a, b) => a.from - b.from);
}

/** The document's facts from the first-pass reports of all its ranges. */
export function documentFacts(run: DivergenceRun, reports: readonly FirstPassReport[]): DocumentFacts {
  const ordered = inOrder(reports);
  const terms = new Set<string>();
  for (const report of ordered) for (const term of report.quotedTerms) terms.add(term);
  return {
    learned: learns(run) ? learnedEntries(ordered.flatMap((report) => report.unmatched), run.settings) : [],
    typicalRatio: typicalLengthRatio(run.source, run.target, run.pairs, run.settings),
    quotedTerms: [...terms],
  };
}

/** The per-pair checks, each reported by itself (the terminology kind has two). */
export type PairCheck = Exclude<FlagKind, 'inconsistency' | 'terminology'> | 'glossaryTerms' | 'acronyms';

/** What the second pass over a range found: flags per check and plain records for the document-wide checks. */
export interface RangeResult {
  readonly from: number;
  readonly flags: Readonly<Partial<Record<PairCheck, readonly Flag[]>>>;
  readonly nameRenderings: readonly NameRendering[];
  readonly termOccurrences: readonly TermOccurrence[];
}

function checksOf(kind: FlagKind): readonly PairCheck[] {
  switch (kind) {
    case 'terminology':
      return ['glossaryTerms', 'acronyms'];
    case 'inconsistency':
      return [];
    default:
      return [kind];
  }
}

function runCheck(check: PairCheck, context: PairContext, typicalRatio: number): Flag[] {
  switch (check) {
    case 'gloss':
      return checkGloss(context);
    case 'wordplay':
      return checkWordplay(context);
    case 'addition':
      return checkAddition(context, typicalRatio);
    case 'omission':
      return checkOmission(context, typicalRatio);
    case 'length':
      return checkLength(context, typicalRatio);
    case 'number':
      return checkNumbers(context);
    case 'name':
      return checkNames(context);
    case 'untranslated':
      return checkUntranslated(context);
    case 'unaligned':
      return checkUnaligned(context);
    case 'punctuation':
      return checkPunctuation(context);
    case 'glossaryTerms':
      return checkGlossaryTerms(context);
    case 'acronyms':
      return checkExpandedAcronyms(context);
    default:
      return assertNever(check);
  }
}

/** Makes each pair's context again with the document's learned word pairs, then runs the per-pair checks. */
export function secondPass(run: DivergenceRun, first: FirstPass, facts: DocumentFacts): RangeResult {
  const { lexicon, matchLexicon, glossary, settings } = run;
  const learned = learns(run) ? learnedLexicon(facts.learned, run.source.lang, run.target.lang) : undefined;
  const withLearned = { lexicon, matchLexicon, learned };
  const without = { lexicon, matchLexicon };
  const checks = FLAG_KINDS.filter((kind) => settings.enabled[kind]).flatMap(checksOf);
  const flags: Partial<Record<PairCheck, Flag[]>> = {};
  for (const check of checks) flags[check] = [];
  const terms = new Set(facts.quotedTerms);
  const renderings: NameRendering[] = [];
  const occurrences: TermOccurrence[] = [];
  const names = settings.enabled.name;
  const termsToFind = settings.enabled.inconsistency && terms.size > 0;
  // Pair by pair (every check reads the same pair while it is at hand, and a pair's context is dropped after its
  // checks); each check's flags stay in pair order.
  for (const pair of first.kept) {
    const lexicons = learned && taughtPair(pair, learned) ? withLearned : without;
    const context = pairContextOf(pair.src, pair.tgt, pair.pair, pair.index, lexicons, glossary, settings, pair.comparison);
    for (const check of checks) {
      const found = runCheck(check, context, facts.typicalRatio);
      if (found.length > 0) (flags[check] as Flag[]).push(...found);
    }
    if (names) for (const rendering of nameRenderings(context)) renderings.push(rendering);
    if (termsToFind) for (const occurrence of termOccurrences(context, terms)) occurrences.push(occurrence);
  }
  return { from: first.report.from, flags, nameRenderings: renderings, termOccurrences: occurrences };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Kinds that explain unmatched words more precisely than `addition` or `omission` do. */
const SPECIFIC_KINDS: ReadonlySet<FlagKind> = new Set(['gloss', 'untranslated']);

function overlaps(a: Flag, b: Flag): boolean {
  return a.pair === b.pair && a.side === b.side && a.sentence === b.sentence && (a.start ?? 0) < (b.end ?? Infinity) && (b.start ?? 0) < (a.end ?? Infinity);
}

/**
 * One explanation per span: an addition, omission or name that overlaps a gloss or untranslated
 * words flagged at least as severely is left out,
 * and `length` is only reported for pairs where no addition or omission explains the difference.
 */
function dropExplained(flags: readonly Flag[]): Flag[] {
  const specific = groupBy(flags.filter((flag) => SPECIFIC_KINDS.has(flag.kind)), (flag) => flag.pair);
  const absorbed = (flag: Flag): boolean =>
    specific.get(flag.pair)?.some((other) => overlaps(flag, other) && SEVERITY_ORDER[other.severity] <= SEVERITY_ORDER[flag.severity]) ?? false;
  // A name inside a translator's gloss ("– which means ‘frenzy’ in Russian –") is part of the explanation.
  const absorbable = (flag: Flag): boolean => flag.kind === 'addition' || flag.kind === 'omission' || flag.kind === 'name';
  const kept = flags.filter((flag) => !absorbable(flag) || !absorbed(flag));
  const explained = new Set(kept.filter((flag) => flag.kind === 'addition' || flag.kind === 'omission').map((flag) => flag.pair));
  return kept.filter((flag) => flag.kind !== 'length' || !explained.has(flag.pair));
}

/**
 * The flags of the whole document from every range's first-pass report and second-pass result: by pair, then
 * side, sentence, offset, severity.
 */
export function assembleFlags(run: DivergenceRun, reports: readonly FirstPassReport[], results: readonly RangeResult[]): Flag[] {
  const ranges = inOrder(results);
  const firsts = inOrder(reports);
  const perPair = (check: PairCheck): Flag[] => ranges.flatMap((range) => range.flags[check] ?? []);
  const flags = FLAG_KINDS.filter((kind) => run.settings.enabled[kind]).flatMap((kind): Flag[] => {
    switch (kind) {
      case 'name':
        return [...perPair('name'), ...nameVariantFlags(ranges.flatMap((range) => range.nameRenderings))];
      case 'terminology':
        return [...perPair('glossaryTerms'), ...perPair('acronyms')];
      case 'inconsistency':
        return [
          ...repeatedSentenceFlags(firsts.flatMap((report) => report.repeatKeys), run.pairs, run.target),
          ...termVariantFlags(run.glossary, firsts.flatMap((report) => report.termHits)),
          ...termRenderingFlags(ranges.flatMap((range) => range.termOccurrences)),
        ];
      case 'gloss':
      case 'wordplay':
      case 'addition':
      case 'omission':
      case 'length':
      case 'number':
      case 'untranslated':
      case 'unaligned':
      case 'punctuation':
        return perPair(kind);
      default:
        return assertNever(kind);
    }
  });
  return dropExplained(flags).sort(
    (a, b) =>
      a.pair - b.pair ||
      (a.side === b.side ? 0 : a.side === 'src' ? -1 : 1) ||
      a.sentence - b.sentence ||
      (a.start ?? 0) - (b.start ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
