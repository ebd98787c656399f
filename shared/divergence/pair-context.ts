/**
 * What every check receives: one aligned pair with both sides tokenised and their word-level correspondence, or
 * plain records of it for the checks that compare pairs with each other. Built once, read by all.
 */
import type { Glossary } from '../glossary/glossary';
import type { Lexicon } from '../lexicon/lexicon';
import type { AlignedPair, Flag, FlagKind, SegmentedDocument, Severity, Side } from '../types';
import { correspond, type Correspondence, type WordPass } from './correspondence';
import type { DivergenceSettings } from './settings';
import { buildSideText, locate, type SentenceSpan, type SideText } from './text/side-text';

/** One aligned pair ready for the checks. */
export interface PairContext {
  /** Index of the pair in the alignment. */
  readonly index: number;
  readonly pair: AlignedPair;
  readonly src: SideText;
  readonly tgt: SideText;
  readonly match: Correspondence;
  /** The general lexicon oriented source → target, when there is one for the language pair. */
  readonly lexicon: Lexicon | undefined;
  /** The general lexicon united with the names lexicon: what word matching uses. */
  readonly matchLexicon: Lexicon | undefined;
  readonly glossary: Glossary | undefined;
  readonly settings: DivergenceSettings;
}

/** Builds the context of one pair (without `links`, its correspondence has none: see `correspond`). */
export function buildPairContext(
  source: SegmentedDocument,
  target: SegmentedDocument,
  pair: AlignedPair,
  index: number,
  lexicons: { readonly lexicon: Lexicon | undefined; readonly matchLexicon: Lexicon | undefined; readonly learned?: Lexicon },
  glossary: Glossary | undefined,
  settings: DivergenceSettings,
  links = true,
): PairContext {
  return pairContextOf(buildSideText(source, pair.src, 'src'), buildSideText(target, pair.tgt, 'tgt'), pair, index, lexicons, glossary, settings, undefined, links);
}

/**
 * The context of a pair whose sides are already tokenised. A second pass passes the first pass's word comparison
 * as `previous`: the correspondence is then made from it with the learned word pairs, without comparing again.
 */
export function pairContextOf(
  src: SideText,
  tgt: SideText,
  pair: AlignedPair,
  index: number,
  lexicons: { readonly lexicon: Lexicon | undefined; readonly matchLexicon: Lexicon | undefined; readonly learned?: Lexicon },
  glossary: Glossary | undefined,
  settings: DivergenceSettings,
  previous?: WordPass,
  links = true,
): PairContext {
  const match = correspond(src, tgt, lexicons.matchLexicon, settings, lexicons.learned, previous, links);
  return { index, pair, src, tgt, match, lexicon: lexicons.lexicon, matchLexicon: lexicons.matchLexicon, glossary, settings };
}

/** What a check says about a span; `flagAt` turns it into a Flag located in one sentence. */
export interface FlagDraft {
  readonly kind: FlagKind;
  readonly severity: Severity;
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A flag on a span of a side's joined text (offsets into `side.text`). */
export function flagAt(pair: number, side: SideText, start: number, end: number, draft: FlagDraft): Flag {
  return flagOnSpan(pair, side.side, locate(side, start, end), draft);
}

/** A flag on a span already located in its sentence (document-wide checks keep spans, not sides). */
export function flagOnSpan(pair: number, side: Side, span: SentenceSpan, draft: FlagDraft): Flag {
  return {
    kind: draft.kind,
    severity: draft.severity,
    pair,
    side,
    sentence: span.sentence,
    start: span.start,
    end: span.end,
    messageKey: draft.messageKey,
    params: draft.params ?? {},
  };
}

/** A flag on a whole sentence (no span). */
export function flagSentence(pair: number, side: SideText, sentence: number, draft: FlagDraft): Flag {
  return { kind: draft.kind, severity: draft.severity, pair, side: side.side, sentence, messageKey: draft.messageKey, params: draft.params ?? {} };
}

/** The text of a span, shortened for a message parameter. */
export function quote(text: string, max = 60): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}
