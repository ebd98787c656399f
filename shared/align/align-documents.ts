/**
 * Sentence alignment of an original and its translation: two passes of banded dynamic programming over
 * beads (1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-4, 4-1, 3-3, 1-5, 5-1; see bead-scorer.ts for the
 * score). The first pass uses the shipped lexicon, numbers, punctuation, transliterated names and cognates, in a
 * band around a chain of rare shared words; the second adds word pairs learned from the first pass's confident
 * pairs and re-estimated length, hit-rate and bead-shape statistics, and searches a narrow band around the first
 * path. Confidence is each bead's posterior probability (forward–backward), scaled by how reliable its shape is.
 * Anchors split the documents into rectangles aligned separately with the same document-wide models.
 */
import type { Lexicon } from '../lexicon/lexicon';
import type { AlignedPair, Alignment, SegmentedDocument } from '../types';
import { anchorCandidates, bandAroundPath, bandThroughAnchors, heaviestChain, type AnchorCandidate, type Band, type Rect } from './band';
import { BEAD_SRC, BEAD_TGT, BEADS, firstRescoredRow, scoreBand, type ScoreParams, type SideFacts } from './bead-scorer';
import { calibrateConfidence } from './confidence';
import { buildEvidence, type Evidence } from './evidence';
import { keyContext, keyTokens, tokenizeSide, type SideTokens, type Translator } from './features';
import { fixedBeads, segmentsBetween, type FixedBead } from './fixed-beads';
import { learnWords, type LearnedWords } from './learn-words';
import { initialLengthModel, refineLengthModel } from './length-model';
import { initialParams, reestimateHitRates, reestimatePriors, TUNING } from './model-params';
import { posteriors, viterbi, type PathBead } from './search';

/** Options of alignDocuments. */
export interface AlignOptions {
  /** Bilingual dictionary for the language pair (either direction). */
  readonly lexicon?: Lexicon;
  /** Confirmed beads the result must contain as they are; the rest is aligned between them. */
  readonly anchors?: readonly AlignedPair[];
  /** Called with the fraction of the work done (0..1). */
  readonly onProgress?: (fraction: number) => void;
}

/** Half-width of the first pass's band around the anchor path, in sentences: at most this… */
const FIRST_BAND = 24;
/** …and at least this, when anchors are dense (the band widens with the distance to the nearest anchor). */
const FIRST_BAND_DENSE = 3;
/**
 * A long document's base half-width is the mean distance between anchors divided by this. 4 rather than 3: on
 * the 10k news pair the same alignment from 14 % fewer cells, and the long literary document goes from strict F1
 * 0.831 to 0.857 (its path leaves a narrower band in other places and is searched again there in a wider one);
 * 6 (half-width 2) drops it to 0.80.
 */
const ANCHOR_GAP_SHARE = 4;
/** Documents with more sentence pairs than this (n × m) count as long. */
const LARGE_MATRIX = 4_000_000;
/** Shapes of the first pass: all of them (with fewer, the re-estimated priors of rare shapes collapse). */
const FIRST_SHAPES = BEADS.length;
/** Half-width of the second pass's band around the first path (long documents: the narrower one). */
const SECOND_BAND = 8;
const SECOND_BAND_LARGE = 2;
/** …and in a long document's rows where the first pass was sure: a bead's posterior at least SURE_POSTERIOR… */
const SECOND_BAND_SURE = 0;
const SURE_POSTERIOR = 0.8;
/** …for every bead within this many rows (0: the rows of an unsure bead itself keep the full width). */
const SURE_MARGIN = 0;
/** Least posterior of a 1-1 bead used for learning. */
const CONFIDENT = 0.9;

/** Word translations from the lexicon, the learned pairs, and (two versions in one language) the word itself. */
function translatorFor(lexicon: Lexicon | undefined, learned: LearnedWords, sameLanguage: boolean): Translator {
  // One combined set per key, kept: keyTokens interns a translation set once per object, and all forms of a
  // word ask for the same key.
  const combined = new Map<string, Iterable<string> | undefined>();
  return {
    forward(srcKey) {
      const fromDocument = learned.get(srcKey);
      if (fromDocument === undefined && !sameLanguage) return lexicon?.translationsOf(srcKey);
      if (combined.has(srcKey)) return combined.get(srcKey);
      const fromLexicon = sameLanguage ? [srcKey] : lexicon?.translationsOf(srcKey);
      const translations = fromDocument === undefined ? fromLexicon : fromLexicon === undefined ? fromDocument : [...fromLexicon, ...fromDocument];
      combined.set(srcKey, translations);
      return translations;
    },
  };
}

/** Languages whose words are found with the lexicon (written without spaces); only they need it reversed. */
function needsLexiconToSegment(lang: string): boolean {
  return lang === 'zh' || lang === 'ja';
}

function orientLexicon(lexicon: Lexicon | undefined, srcLang: string, tgtLang: string): Lexicon | undefined {
  if (lexicon === undefined) return undefined;
  if (lexicon.srcLang === tgtLang && lexicon.tgtLang === srcLang && srcLang !== tgtLang) return lexicon.reversed();
  return lexicon;
}

function sideFacts(doc: SegmentedDocument, tokens: SideTokens): SideFacts {
  const count = doc.sentences.length;
  const paragraphEnd = new Uint8Array(count);
  for (let s = 0; s < count; s++) {
    const next = doc.sentences[s + 1];
    paragraphEnd[s] = next === undefined || next.paragraph !== doc.sentences[s]?.paragraph ? 1 : 0;
  }
  return { chars: tokens.chars, paragraphEnd };
}

function hasParagraphs(doc: SegmentedDocument): boolean {
  const first = doc.sentences[0]?.paragraph;
  return doc.sentences.some((sentence) => sentence.paragraph !== first);
}

interface PassResult {
  /** The path of each rectangle. */
  readonly segments: PathBead[][];
  readonly path: PathBead[];
  readonly posterior: Float64Array;
  /** The posteriors of each rectangle's path. */
  readonly segmentPosteriors: Float64Array[];
}

/** Rows where the path runs along an inner edge of the band: the best path may lie outside it there. */
function edgeRows(band: Band, path: readonly PathBead[]): number[] {
  const { i0, j0, j1 } = band.rect;
  const rows: number[] = [];
  for (let k = 0; k < path.length; k++) {
    const step = path[k] as PathBead;
    const r = step.i + (BEAD_SRC[step.bead] as number) - i0;
    const j = step.j + (BEAD_TGT[step.bead] as number);
    const lo = band.lo[r] as number;
    const hi = band.hi[r] as number;
    if ((j <= lo && lo > j0) || (j >= hi && hi < j1)) rows.push(r);
  }
  return rows;
}

/**
 * How many times a band whose best path touches its edge is widened and searched again (a literary book strays
 * from the anchor line more than news: on the MAC zh-en chapters concatenated twice, 2 widenings give strict F1
 * 0.73, 4 give 0.83; documents whose path stays inside the band pay nothing)…
 */
const WIDENINGS = 4;
/** …as long as it is not already this large (a widened band has three times the cells; memory stays bounded). */
const MAX_WIDENED_CELLS = 1_500_000;

function cellCount(band: Band): number {
  return band.offset[band.offset.length - 1] as number;
}

function runPass(
  bands: readonly Band[], evidence: Evidence, srcFacts: SideFacts, tgtFacts: SideFacts, params: ScoreParams, temperature: number, shapes: number,
  widen?: (band: Band, rows: readonly number[]) => Band,
): PassResult {
  const segments: PathBead[][] = [];
  const segmentPosteriors: Float64Array[] = [];
  const path: PathBead[] = [];
  const posterior: number[] = [];
  for (let band of bands) {
    let scores = scoreBand(band, evidence, srcFacts, tgtFacts, params, shapes);
    // The forward sums of the posteriors are taken in the same sweep as the best path.
    let forward = new Float64Array(cellCount(band));
    let search = viterbi(band, scores, forward, 1 / temperature);
    for (let attempt = 0; widen !== undefined && attempt < WIDENINGS && cellCount(band) <= MAX_WIDENED_CELLS; attempt++) {
      const rows = edgeRows(band, search.path);
      if (rows.length === 0) break;
      const earlier = { band, scores };
      band = widen(band, rows);
      scores = scoreBand(band, evidence, srcFacts, tgtFacts, params, shapes, earlier);
      forward = new Float64Array(cellCount(band));
      // The search before the first rescored row is the same as before the widening.
      search = viterbi(band, scores, forward, 1 / temperature, { tables: search.tables, row: firstRescoredRow(band, earlier.band) });
    }
    const segmentPath = search.path;
    const segmentPosterior = posteriors(band, scores, segmentPath, temperature, forward);
    segments.push(segmentPath);
    segmentPosteriors.push(segmentPosterior);
    // Appended one by one: spreading a whole book's path into push() would put every bead on the call stack.
    for (let k = 0; k < segmentPath.length; k++) path.push(segmentPath[k] as PathBead);
    for (let k = 0; k < segmentPosterior.length; k++) posterior.push(segmentPosterior[k] as number);
  }
  return { segments, segmentPosteriors, path, posterior: Float64Array.from(posterior) };
}

/** Rows around an edge row that are widened with it (the stretch where the path may have left the band). */
const WIDEN_MARGIN = 64;

/**
 * The band with its width added on both sides of the rows within WIDEN_MARGIN of an edge row (the rest of a
 * long document's band stays as it is: widening all of it would triple the work for one stray stretch).
 */
function widenBand(band: Band, edge: readonly number[]): Band {
  const rows = band.lo.length;
  const near = new Uint8Array(rows);
  for (const r of edge) near.fill(1, Math.max(0, r - WIDEN_MARGIN), Math.min(rows, r + WIDEN_MARGIN + 1));
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const width = near[r] === 1 ? (band.hi[r] as number) - (band.lo[r] as number) + 1 : 0;
    lo[r] = (band.lo[r] as number) - width;
    hi[r] = (band.hi[r] as number) + width;
  }
  return bandAroundPath(band.rect, lo, hi, 0);
}

/**
 * The second band: `width` sentences on each side of the first path. With the first path's posteriors (long
 * documents), rows where the first pass was sure get SECOND_BAND_SURE instead: the path stays there, and the cells
 * further out hold no posterior mass worth adding. Measured on the 10k news pair, the long literary document and
 * the concatenated dev sets: width 0 in sure rows (only the columns the first path visits) rather than 1, then
 * posterior 0.8 rather than 0.9 for a sure row, no margin rows around an unsure bead and half-width 2 rather than 3
 * elsewhere: the second pass of the 10k pair on 35,000 cells instead of 61,000 (about 50 ms less, cold), the same
 * pairs and strict F1 everywhere, confidence AUC within 0.0005 (109 of the 10k pair's 9,459 confidences move, by at
 * most 0.008).
 */
export function pathBand(rect: Rect, path: readonly PathBead[], width: number, posterior?: Float64Array): Band {
  const rows = rect.i1 - rect.i0 + 1;
  const lo = new Int32Array(rows).fill(rect.j1);
  const hi = new Int32Array(rows).fill(rect.j0);
  const visit = (i: number, j: number): void => {
    if (i < rect.i0 || i > rect.i1 || j < rect.j0 || j > rect.j1) return;
    const r = i - rect.i0;
    lo[r] = Math.min(lo[r] as number, j);
    hi[r] = Math.max(hi[r] as number, j);
  };
  visit(rect.i0, rect.j0);
  for (let k = 0; k < path.length; k++) {
    const step = path[k] as PathBead;
    const a = BEAD_SRC[step.bead] as number;
    const b = BEAD_TGT[step.bead] as number;
    // Every row the bead spans may hold the path, anywhere between the bead's columns.
    for (let i = step.i; i <= step.i + a; i++) {
      visit(i, step.j);
      visit(i, step.j + b);
    }
  }
  if (posterior === undefined) return bandAroundPath(rect, lo, hi, width);
  // Rows of a bead the first pass was unsure of, and SURE_MARGIN rows around them, keep the full width.
  const unsure = new Uint8Array(rows);
  path.forEach((step, k) => {
    if ((posterior[k] as number) >= SURE_POSTERIOR) return;
    const r = step.i - rect.i0;
    unsure.fill(1, Math.max(0, r - SURE_MARGIN), Math.min(rows, r + (BEAD_SRC[step.bead] as number) + 1 + SURE_MARGIN));
  });
  for (let r = 0; r < rows; r++) {
    const rowWidth = unsure[r] === 1 ? width : SECOND_BAND_SURE;
    lo[r] = (lo[r] as number) - rowWidth;
    hi[r] = (hi[r] as number) + rowWidth;
  }
  return bandAroundPath(rect, lo, hi, 0);
}

/**
 * The path of high-confidence word matches the first band follows. Rare tokens (one hit per side) are tried
 * first; documents with repeated passages need tokens with a few hits each before the chain covers them.
 */
function anchorChain(evidence: Evidence, n: number, m: number): AnchorCandidate[] {
  let chain: AnchorCandidate[] = [];
  for (const maxHits of [3, 8, 16]) {
    chain = heaviestChain(anchorCandidates(evidence, maxHits), m);
    if (chain.length >= Math.min(n, m) / 20) break;
  }
  return chain;
}

/**
 * Base half-width of the first band. Small documents get the full width (cheap, and literary texts stray far
 * from the anchor line); long ones a quarter of the mean distance between anchors on each side (the band still
 * widens away from anchors, and where the path runs along its edge it is searched again in a wider one), so time
 * stays linear.
 */
function firstBandWidth(chain: readonly AnchorCandidate[], n: number, m: number): number {
  if (n * m <= LARGE_MATRIX) return FIRST_BAND;
  const gap = n / Math.max(1, chain.length) / ANCHOR_GAP_SHARE;
  return Math.round(Math.min(FIRST_BAND, Math.max(FIRST_BAND_DENSE, gap)));
}

function confidentPairs(result: PassResult): [number, number][] {
  const pairs: [number, number][] = [];
  for (let k = 0; k < result.path.length; k++) {
    const step = result.path[k] as PathBead;
    if (step.bead === 0 && (result.posterior[k] as number) >= CONFIDENT) pairs.push([step.i, step.j]);
  }
  return pairs;
}

function toPairs(result: PassResult, fixed: readonly FixedBead[]): AlignedPair[] {
  const pairs: { order: number; pair: AlignedPair }[] = [];
  const { path, posterior } = result;
  for (let k = 0; k < path.length; k++) {
    const step = path[k] as PathBead;
    const a = BEAD_SRC[step.bead] as number;
    const b = BEAD_TGT[step.bead] as number;
    const src: number[] = [];
    const tgt: number[] = [];
    for (let x = 0; x < a; x++) src.push(step.i + x);
    for (let x = 0; x < b; x++) tgt.push(step.j + x);
    pairs.push({ order: step.i + step.j, pair: { src, tgt, score: calibrateConfidence(posterior[k] as number, a, b) } });
  }
  // The path is in order; only confirmed pairs placed between its beads need the sort.
  if (fixed.length === 0) return pairs.map((entry) => entry.pair);
  for (const bead of fixed) pairs.push({ order: bead.i + bead.j, pair: bead.pair });
  return pairs.sort((x, y) => x.order - y.order).map((entry) => entry.pair);
}

/** Aligns two segmented documents; the result covers every sentence of both exactly once, in order. */
export function alignDocuments(src: SegmentedDocument, tgt: SegmentedDocument, options: AlignOptions = {}): Alignment {
  const progress = options.onProgress ?? (() => undefined);
  progress(0);
  const n = src.sentences.length;
  const m = tgt.sentences.length;
  const fixed = fixedBeads(options.anchors ?? [], n, m);
  const rects = segmentsBetween(fixed, n, m);
  const sameLanguage = src.lang === tgt.lang;
  const lexicon = sameLanguage ? undefined : orientLexicon(options.lexicon, src.lang, tgt.lang);
  const srcTokens = tokenizeSide(src.sentences.map((s) => s.text), src.lang, lexicon);
  const tgtTokens = tokenizeSide(tgt.sentences.map((s) => s.text), tgt.lang, needsLexiconToSegment(tgt.lang) ? lexicon : undefined);
  const srcFacts = sideFacts(src, srcTokens);
  const tgtFacts = sideFacts(tgt, tgtTokens);
  const paragraphs = hasParagraphs(src) && hasParagraphs(tgt);
  progress(0.1);

  const keys = keyContext();
  let evidence = buildEvidence(keyTokens(srcTokens, tgtTokens, translatorFor(lexicon, new Map(), sameLanguage), keys));
  const chain = anchorChain(evidence, n, m);
  const firstParams = initialParams(initialLengthModel(srcFacts.chars, tgtFacts.chars), paragraphs);
  const firstBands = rects.map((rect) => bandThroughAnchors(rect, chain, firstBandWidth(chain, n, m)));
  const first = runPass(firstBands, evidence, srcFacts, tgtFacts, firstParams, 1, FIRST_SHAPES, (band, rows) => widenBand(band, rows));
  progress(0.5);

  const confident = confidentPairs(first);
  const learned = learnWords(srcTokens, tgtTokens, confident, { minCount: 2, minDice: 0.5 });
  evidence = buildEvidence(keyTokens(srcTokens, tgtTokens, translatorFor(lexicon, learned, sameLanguage), keys));
  const counts = BEADS.map(() => 0);
  for (let k = 0; k < first.path.length; k++) {
    const bead = (first.path[k] as PathBead).bead;
    counts[bead] = (counts[bead] as number) + 1;
  }
  const lengthPairs = confident.map(([s, t]) => [srcFacts.chars[s] as number, tgtFacts.chars[t] as number] as const);
  const secondParams: ScoreParams = {
    ...firstParams,
    logPrior: reestimatePriors(counts),
    length: refineLengthModel(firstParams.length, lengthPairs),
    hitRate: reestimateHitRates(evidence, confident),
  };
  const bands = rects.map((rect, k) =>
    n * m > LARGE_MATRIX ? pathBand(rect, first.segments[k] ?? [], SECOND_BAND_LARGE, first.segmentPosteriors[k]) : pathBand(rect, first.segments[k] ?? [], SECOND_BAND),
  );
  const second = runPass(bands, evidence, srcFacts, tgtFacts, secondParams, TUNING.temperature, BEADS.length);
  progress(1);
  return { pairs: toPairs(second, fixed) };
}
