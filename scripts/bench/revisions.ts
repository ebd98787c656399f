// Version comparison figures on a 20,000-pair alignment (the wmt22 en-ru pair of the store bench, paragraphs of
// eight sentences, the gold alignment as the reviewed project): a one-paragraph revision of either side carried
// over (sentence matching, planning, realigning the gaps, merging), a moved paragraph, and the worst case, a
// completely different file. Target for the whole update of a 20,000-pair project: under 1 s.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { alignDocuments } from '../../shared/align/align-documents';
import type { Lexicon } from '../../shared/lexicon/lexicon';
import { planCarryOver, type CarryPairInput } from '../../shared/revisions/carry-over-alignment';
import { alignGap, mergeCarryOver } from '../../shared/revisions/carry-over-merge';
import { compareRevisions } from '../../shared/revisions/compare-revisions';
import { matchRevisions } from '../../shared/revisions/match-revisions';
import type { Paragraph, SegmentedDocument, Sentence, Side } from '../../shared/types';
import { BENCH_DIR } from './align-quality';
import { buildLargePair } from './align-speed';

const SIZE = 20_000;
const PARAGRAPH = 8;
const RUNS = 5;

/** Paragraphs of PARAGRAPH sentences. */
function paragraphsOf(lines: readonly string[]): string[][] {
  const paragraphs: string[][] = [];
  for (let i = 0; i < lines.length; i += PARAGRAPH) paragraphs.push(lines.slice(i, i + PARAGRAPH));
  return paragraphs;
}

function documentOf(paragraphTexts: ReadonlyArray<readonly string[]>, lang: string): SegmentedDocument {
  let text = '';
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  paragraphTexts.forEach((texts, p) => {
    if (p > 0) text += '\n\n';
    const start = text.length;
    texts.forEach((sentence, k) => {
      if (k > 0) text += ' ';
      sentences.push({ index: sentences.length, text: sentence, paragraph: p, start: text.length, end: text.length + sentence.length });
      text += sentence;
    });
    paragraphs.push({ index: p, kind: 'paragraph', start, end: text.length });
  });
  return { lang, text, paragraphs, sentences };
}

/**
 * One paragraph near the middle revised: a typo fixed (two letters of a word swapped), a sentence split in two at
 * a comma, one sentence deleted, one inserted.
 */
function reviseOneParagraph(paragraphs: readonly string[][], inserted: string): string[][] {
  const revised = paragraphs.map((p) => [...p]);
  let at = Math.floor(revised.length / 2);
  while (!revised[at].some((sentence, k) => k > 0 && sentence.indexOf(', ') > 10)) at++;
  const p = revised[at];
  p[0] = p[0].replace(/(\p{L})(\p{L})(\p{L})(\p{L}{2,})/u, '$1$3$2$4');
  const split = p.findIndex((sentence, k) => k > 0 && sentence.indexOf(', ') > 10);
  const comma = p[split].indexOf(', ');
  const halves = [`${p[split].slice(0, comma)}.`, p[split].slice(comma + 2)];
  p.splice(split === p.length - 1 ? split - 1 : p.length - 1, 1);
  p.splice(p.indexOf(`${halves[0].slice(0, -1)}, ${halves[1]}`), 1, ...halves);
  p.push(inserted);
  return revised;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Timing {
  match: number;
  plan: number;
  realign: number;
  merge: number;
  total: number;
}

function update(
  pairs: readonly CarryPairInput[],
  side: Side,
  before: SegmentedDocument,
  documents: { src: SegmentedDocument; tgt: SegmentedDocument },
  lexicon: Lexicon | undefined,
): { timing: Timing; summary: string } {
  const t0 = performance.now();
  const match = matchRevisions(before, side === 'src' ? documents.src : documents.tgt);
  const t1 = performance.now();
  const plan = planCarryOver(pairs, match, side);
  const t2 = performance.now();
  const alignments = plan.gaps.map((gap) =>
    alignGap(gap, documents.src, documents.tgt, (s, t) => alignDocuments(s, t, lexicon ? { lexicon } : {})),
  );
  const t3 = performance.now();
  const result = mergeCarryOver(plan, alignments);
  const t4 = performance.now();
  const kept = result.filter((pair) => pair.change === 'unchanged').length;
  const summary =
    `${match.stats.modified} modified, ${match.stats.inserted} inserted, ${match.stats.deleted} deleted, ` +
    `${match.stats.moved} moved sentences${match.stats.fallback ? ' (fallback diff)' : ''}; ` +
    `${kept} of ${pairs.length} pairs kept as they were, ${plan.gaps.length} gaps realigned`;
  return { timing: { match: t1 - t0, plan: t2 - t1, realign: t3 - t2, merge: t4 - t3, total: t4 - t0 }, summary };
}

function report(label: string, runs: ReadonlyArray<{ timing: Timing; summary: string }>): void {
  const m = (key: keyof Timing): string => median(runs.map((run) => run.timing[key])).toFixed(1);
  const total = median(runs.map((run) => run.timing.total));
  console.log(`  ${label}: ${runs[0].summary}`);
  console.log(
    `    match ${m('match')} ms, plan ${m('plan')} ms, realign ${m('realign')} ms, merge ${m('merge')} ms; ` +
      `total ${total.toFixed(1)} ms (median of ${runs.length}; ${total < 1000 ? 'ok' : 'OVER'}, target < 1000 ms for the whole update)`,
  );
}

/** Prints the version comparison figures. */
export function run(): void {
  if (!existsSync(join(BENCH_DIR, 'wmt22_en_ru'))) {
    console.log(`\nversion comparison: ${BENCH_DIR} not found, skipped`);
    return;
  }
  const pair = buildLargePair(SIZE);
  const lexicon = loadLexicon('en', 'ru');
  const srcParagraphs = paragraphsOf(pair.src);
  const tgtParagraphs = paragraphsOf(pair.tgt);
  const src = documentOf(srcParagraphs, 'en');
  const tgt = documentOf(tgtParagraphs, 'ru');
  const pairs: CarryPairInput[] = pair.gold.map((bead, i) => ({
    id: i + 1,
    src: bead.src,
    tgt: bead.tgt,
    score: 0.9,
    origin: i % 4 === 0 ? 'confirmed' : 'auto',
    changedSinceReview: false,
    notes: i % 10 === 0 ? [{}] : [],
  }));
  console.log(`\nversion comparison (${src.sentences.length} × ${tgt.sentences.length} sentences, ${pairs.length} pairs)`);

  const revisedTgt = documentOf(reviseOneParagraph(tgtParagraphs, 'Это предложение добавил редактор перевода.'), 'ru');
  const revisedSrc = documentOf(reviseOneParagraph(srcParagraphs, 'The editor added this sentence to the original.'), 'en');
  const movedParagraphs = tgtParagraphs.map((p) => [...p]);
  const [moved] = movedParagraphs.splice(100, 1);
  movedParagraphs.splice(120, 0, moved);
  const movedTgt = documentOf(movedParagraphs, 'ru');
  const unrelated = documentOf(paragraphsOf([...pair.tgt].reverse().map((line) => `${line} (2)`)), 'ru');

  const repeat = (body: () => { timing: Timing; summary: string }): Array<{ timing: Timing; summary: string }> => {
    body(); // warm-up
    return Array.from({ length: RUNS }, body);
  };
  report('one paragraph of the translation revised', repeat(() => update(pairs, 'tgt', tgt, { src, tgt: revisedTgt }, lexicon)));
  report('one paragraph of the original revised', repeat(() => update(pairs, 'src', src, { src: revisedSrc, tgt }, lexicon)));
  report('a paragraph of the translation moved', repeat(() => update(pairs, 'tgt', tgt, { src, tgt: movedTgt }, lexicon)));

  const worst: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const match = matchRevisions(tgt, unrelated);
    planCarryOver(pairs, match, 'tgt');
    worst.push(performance.now() - t0);
  }
  console.log(`  a completely different file: match + plan ${median(worst).toFixed(1)} ms (the realignment is then a full alignment)`);

  // A find-and-replace over the whole translation (every «е» written «ё»): nearly every sentence edited.
  const yofied = documentOf(paragraphsOf(pair.tgt.map((line) => line.replace(/е/g, 'ё'))), 'ru');
  const everywhere: number[] = [];
  let edited = 0;
  for (let k = 0; k < 3; k++) {
    const t1 = performance.now();
    const match = matchRevisions(tgt, yofied);
    planCarryOver(pairs, match, 'tgt');
    everywhere.push(performance.now() - t1);
    edited = match.stats.modified;
  }
  console.log(`  every «е» replaced by «ё» (${edited} sentences edited): match + plan ${median(everywhere).toFixed(1)} ms`);

  const t0 = performance.now();
  const comparison = compareRevisions(tgt, revisedTgt);
  console.log(`  compare two revisions with word diffs: ${comparison.changes.length} changes in ${(performance.now() - t0).toFixed(1)} ms`);
}
