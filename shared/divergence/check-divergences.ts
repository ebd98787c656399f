/**
 * The divergence checks over an aligned document: builds each pair's context once, runs the enabled checks and
 * returns their flags in pair order. Pure: the same input always gives the same flags.
 */
import { orientGlossary, type Glossary } from '../glossary/glossary';
import type { Lexicon } from '../lexicon/lexicon';
import { assertNever, FLAG_KINDS, type AlignedPair, type Flag, type FlagKind, type SegmentedDocument } from '../types';
import { checkGloss } from './checks/gloss';
import { checkRepeatedSentences, checkTermRenderings, checkTermVariants } from './checks/inconsistency';
import { checkNames, checkNameVariants } from './checks/names';
import { checkNumbers } from './checks/number';
import { checkPunctuation } from './checks/punctuation';
import { checkExpandedAcronyms, checkGlossaryTerms } from './checks/terminology';
import { checkAddition, checkLength, checkOmission, typicalLengthRatio } from './checks/unmatched-spans';
import { checkUnaligned } from './checks/unaligned';
import { checkUntranslated } from './checks/untranslated';
import { checkWordplay } from './checks/wordplay';
import { learnedPairsAddLinks, orientLexicon } from './correspondence';
import { nameLexicon } from './data/name-lexicon';
import { learnWordPairs } from './learn-word-pairs';
import { unitedLexicon } from './united-lexicon';
import { buildPairContext, pairContextOf, type DocumentContext } from './pair-context';
import { resolveDivergenceSettings, type DivergenceSettings, type DivergenceSettingsOverride } from './settings';

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

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function runKind(kind: FlagKind, document: DocumentContext, typicalRatio: number): Flag[] {
  const perPair = (check: (context: (typeof document.pairs)[number]) => Flag[]): Flag[] => document.pairs.flatMap(check);
  switch (kind) {
    case 'gloss':
      return perPair(checkGloss);
    case 'wordplay':
      return perPair(checkWordplay);
    case 'addition':
      return perPair((context) => checkAddition(context, typicalRatio));
    case 'omission':
      return perPair((context) => checkOmission(context, typicalRatio));
    case 'length':
      return perPair((context) => checkLength(context, typicalRatio));
    case 'number':
      return perPair(checkNumbers);
    case 'name':
      return [...perPair(checkNames), ...checkNameVariants(document)];
    case 'untranslated':
      return perPair(checkUntranslated);
    case 'unaligned':
      return perPair(checkUnaligned);
    case 'punctuation':
      return perPair(checkPunctuation);
    case 'terminology':
      return [...perPair(checkGlossaryTerms), ...perPair(checkExpandedAcronyms)];
    case 'inconsistency':
      return [...checkRepeatedSentences(document), ...checkTermVariants(document), ...checkTermRenderings(document)];
    default:
      return assertNever(kind);
  }
}

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
  const specific = new Map<number, Flag[]>();
  for (const flag of flags) {
    if (!SPECIFIC_KINDS.has(flag.kind)) continue;
    const list = specific.get(flag.pair);
    if (list) list.push(flag);
    else specific.set(flag.pair, [flag]);
  }
  const absorbed = (flag: Flag): boolean =>
    specific.get(flag.pair)?.some((other) => overlaps(flag, other) && SEVERITY_ORDER[other.severity] <= SEVERITY_ORDER[flag.severity]) ?? false;
  // A name inside a translator's gloss ("– which means ‘frenzy’ in Russian –") is part of the explanation.
  const absorbable = (flag: Flag): boolean => flag.kind === 'addition' || flag.kind === 'omission' || flag.kind === 'name';
  const kept = flags.filter((flag) => !absorbable(flag) || !absorbed(flag));
  const explained = new Set(kept.filter((flag) => flag.kind === 'addition' || flag.kind === 'omission').map((flag) => flag.pair));
  return kept.filter((flag) => flag.kind !== 'length' || !explained.has(flag.pair));
}

/** Runs the enabled divergence checks and returns their flags, by pair, then side, sentence, offset, severity. */
export function checkDivergences(input: DivergenceInput): Flag[] {
  const settings = resolveDivergenceSettings(input.settings);
  const lexicon = orientLexicon(input.lexicon, input.source.lang, input.target.lang);
  const glossary = orientGlossary(input.glossary, input.source.lang, input.target.lang);
  const matchLexicon = unitedLexicon([lexicon, nameLexicon(input.source.lang, input.target.lang)]);
  let pairs = input.pairs.map((pair, index) =>
    buildPairContext(input.source, input.target, pair, index, { lexicon, matchLexicon }, glossary, settings),
  );
  // Second pass with the word pairs the document itself teaches, for the pairs that hold such words.
  const learned = settings.learning.enabled && lexicon ? learnWordPairs(pairs, settings) : undefined;
  if (learned) {
    pairs = pairs.map((context) =>
      context.src.tokens.some((token) => learned.translationsOf(token.key) !== undefined && context.match.src[token.index] === undefined) &&
      learnedPairsAddLinks(context.match, learned)
        ? pairContextOf(context.src, context.tgt, context.pair, context.index, { lexicon, matchLexicon, learned }, glossary, settings, context.match)
        : context,
    );
  }
  const document: DocumentContext = { source: input.source, target: input.target, pairs, lexicon, glossary, settings };
  const typicalRatio = typicalLengthRatio(pairs, settings, input.source.lang, input.target.lang);
  const flags = FLAG_KINDS.filter((kind) => settings.enabled[kind]).flatMap((kind) => runKind(kind, document, typicalRatio));
  return dropExplained(flags).sort(
    (a, b) =>
      a.pair - b.pair ||
      (a.side === b.side ? 0 : a.side === 'src' ? -1 : 1) ||
      a.sentence - b.sentence ||
      (a.start ?? 0) - (b.start ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
