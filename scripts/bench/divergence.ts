// Divergence-check quality: recall per kind on the labelled set (injected divergences in WMT22 en–ru pairs and
// hand-written culture sentences), counting any flag and counting warnings and errors only; the false-flag rate
// on faithful pairs; the same on a held-out slice of WMT22 (when ../shared is there); recall per kind on the
// Lavrov – OSCE sample's gold list; the time per 1,000 pairs; and the CPU time on the store bench's 20,000-pair
// document (divergence-speed.ts).
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import type { Lexicon } from '../../shared/lexicon/lexicon';
import { checkDivergences } from '../../shared/divergence/check-divergences';
import type { AlignedPair, FlagKind } from '../../shared/types';
import { documentFromLines, parseGoldAlignment } from '../../tests/divergence/documents';
import { detected, divergentCases, faithfulCases, faithfulNumberWordCases, flagsOf, loadFaithfulPairs, type FaithfulPair } from '../../tests/divergence/labelled-set';
import { loadSample, scoreSample } from '../../tests/divergence/sample-scores';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run as runSpeed } from './divergence-speed';
import { readWmt22FaithfulPairs, WMT22_DIR } from './divergence-wmt22';

function ratio(found: number, total: number): string {
  return total === 0 ? '  –  ' : (found / total).toFixed(2);
}

function scoreSet(title: string, pairs: readonly FaithfulPair[], lexicon: Lexicon): void {
  const started = performance.now();
  const rows = new Map<FlagKind, { any: number; serious: number; total: number }>();
  let checked = 0;
  for (const testCase of divergentCases(pairs, lexicon)) {
    const kind = testCase.expect?.kind as FlagKind;
    const flags = flagsOf(testCase, lexicon);
    checked += testCase.pairs.length;
    const row = rows.get(kind) ?? { any: 0, serious: 0, total: 0 };
    row.total += 1;
    if (detected(testCase, flags)) row.any += 1;
    if (detected(testCase, flags.filter((flag) => flag.severity !== 'info'))) row.serious += 1;
    rows.set(kind, row);
  }
  const faithful = [...faithfulCases(pairs), ...faithfulNumberWordCases()];
  let flagged = 0;
  for (const testCase of faithful) {
    checked += testCase.pairs.length;
    if (flagsOf(testCase, lexicon).some((flag) => flag.severity !== 'info')) flagged += 1;
  }
  const elapsed = performance.now() - started;
  console.log(`\n${title} (recall: any flag / warning or error)`);
  for (const [kind, row] of rows) console.log(`  ${kind.padEnd(14)} ${ratio(row.any, row.total)} / ${ratio(row.serious, row.total)}  (${row.any}/${row.total})`);
  console.log(`  false flags: ${flagged}/${faithful.length} faithful pairs carry a warning or error (${ratio(flagged, faithful.length)})`);
  console.log(`  time: ${((elapsed / checked) * 1000).toFixed(0)} ms per 1,000 pairs (${checked} pairs)`);
}

/** Prints the divergence figures. */
export function run(): void {
  const lexicon = loadLexicon('en', 'ru');
  if (!lexicon) {
    console.log('divergence: no en–ru lexicon, skipped');
    return;
  }
  const fixtures = loadFaithfulPairs();
  scoreSet('Divergence checks — labelled set in tests/fixtures (defaults tuned here)', fixtures, lexicon);
  const heldOut = readWmt22FaithfulPairs().slice(fixtures.length, fixtures.length * 2);
  if (heldOut.length > 0) scoreSet(`Divergence checks — held-out WMT22 pairs (${heldOut.length}, not used for tuning)`, heldOut, lexicon);
  scoreWmt22Documents(lexicon);

  const sample = loadSample();
  const ruEn = loadLexicon('ru', 'en');
  const { recall, otherFlaggedPairs } = scoreSample(sample, ruEn);
  console.log('\nDivergence checks — Lavrov – OSCE sample, gold alignment, recall on the gold list');
  for (const [kind, { found, total }] of Object.entries(recall)) console.log(`  ${kind.padEnd(14)} ${found}/${total}`);
  console.log(`  pairs outside the gold list with a warning or error: ${otherFlaggedPairs}/${sample.pairs.length}`);
  timeLongDocument(sample, ruEn);
  runSpeed();
}

/** Whole WMT22 documents with their gold alignment: the share of faithful 1-1 pairs carrying a warning or error. */
function scoreWmt22Documents(lexicon: Lexicon): void {
  if (!existsSync(WMT22_DIR)) return;
  let total = 0;
  let flagged = 0;
  const byKind = new Map<FlagKind, number>();
  for (const name of readdirSync(WMT22_DIR).filter((file) => file.endsWith('.gold')).sort()) {
    const stem = join(WMT22_DIR, name.slice(0, -5));
    const lines = (path: string): string[] => readFileSync(path, 'utf8').replace(/\n$/u, '').split('\n');
    const pairs = parseGoldAlignment(readFileSync(`${stem}.gold`, 'utf8'));
    const flags = checkDivergences({ source: documentFromLines(lines(`${stem}.src`), 'en'), target: documentFromLines(lines(`${stem}.tgt`), 'ru'), pairs, lexicon });
    const serious = new Map<number, Set<FlagKind>>();
    for (const flag of flags) {
      const pair = pairs[flag.pair];
      if (flag.severity === 'info' || pair?.src.length !== 1 || pair.tgt.length !== 1) continue;
      serious.set(flag.pair, (serious.get(flag.pair) ?? new Set()).add(flag.kind));
    }
    total += pairs.filter((pair) => pair.src.length === 1 && pair.tgt.length === 1).length;
    flagged += serious.size;
    for (const kinds of serious.values()) for (const kind of kinds) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  const kinds = [...byKind.entries()].map(([kind, count]) => `${kind} ${count}`).join(', ');
  console.log(`\nDivergence checks — 18 WMT22 documents, gold alignment: ${flagged}/${total} faithful 1-1 pairs carry a warning or error (${ratio(flagged, total)}; ${kinds})`);
}

/** Checks the sample repeated 50 times (one long document, with the document-wide checks) and prints the time. */
function timeLongDocument(sample: ReturnType<typeof loadSample>, lexicon: Lexicon | undefined): void {
  const copies = 50;
  const src: string[] = [];
  const tgt: string[] = [];
  const pairs: AlignedPair[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const srcOffset = src.length;
    const tgtOffset = tgt.length;
    src.push(...sample.source.sentences.map((sentence) => `${sentence.text} ${copy}`));
    tgt.push(...sample.target.sentences.map((sentence) => `${sentence.text} ${copy}`));
    for (const pair of sample.pairs) pairs.push({ src: pair.src.map((k) => k + srcOffset), tgt: pair.tgt.map((k) => k + tgtOffset), score: 1 });
  }
  const source = documentFromLines(src, 'ru');
  const target = documentFromLines(tgt, 'en');
  const started = performance.now();
  const flags = checkDivergences({ source, target, pairs, ...(lexicon ? { lexicon } : {}) });
  const seconds = (performance.now() - started) / 1000;
  console.log(`  long document: ${pairs.length} pairs checked in ${seconds.toFixed(1)} s (${((seconds * 1e6) / pairs.length).toFixed(0)} µs per pair, ${flags.length} flags)`);
}
