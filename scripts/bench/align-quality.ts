// Alignment quality on the development data (../shared/bench) and the bundled sample pair: strict and lax
// precision/recall/F1 per data set, and how well the per-pair confidence separates right from wrong beads.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadLexicon } from '../../electron/main/lexicon/load-lexicon';
import { alignDocuments } from '../../shared/align/align-documents';
import { addCase, calibrationError, emptyCounts, laxScores, lowBucketPrecision, parseBeads, rocAuc, strictScores, type Bead } from './align-metrics';
import { documentFromLines, sentenceLines } from './bench-documents';

/** A data set: language pair and its cases. */
interface DataSet {
  readonly name: string;
  readonly srcLang: string;
  readonly tgtLang: string;
  readonly cases: readonly { readonly src: string[]; readonly tgt: string[]; readonly gold: Bead[]; readonly srcRaw?: string; readonly tgtRaw?: string }[];
}

/** Folder of the shared development data (beside the repository). */
export const BENCH_DIR = resolve(process.cwd(), '..', 'shared', 'bench');
const SAMPLE_DIR = resolve(process.cwd(), 'resources', 'samples', 'lavrov-osce-2026-02-06');

const BENCH_SETS: readonly { folder: string; srcLang: string; tgtLang: string }[] = [
  { folder: 'wmt22_en_ru', srcLang: 'en', tgtLang: 'ru' },
  { folder: 'textberg_dev', srcLang: 'de', tgtLang: 'fr' },
  { folder: 'mac_dev_zh_en', srcLang: 'zh', tgtLang: 'en' },
];

const read = (path: string): string => readFileSync(path, 'utf8');

/** Loads one folder of the development data. */
export function loadBenchSet(folder: string, srcLang: string, tgtLang: string): DataSet {
  const dir = join(BENCH_DIR, folder);
  const stems = readdirSync(dir).filter((name) => name.endsWith('.gold')).map((name) => name.slice(0, -5)).sort();
  return {
    name: folder,
    srcLang,
    tgtLang,
    cases: stems.map((stem) => ({
      src: sentenceLines(read(join(dir, `${stem}.src`))),
      tgt: sentenceLines(read(join(dir, `${stem}.tgt`))),
      gold: parseBeads(read(join(dir, `${stem}.gold`))),
    })),
  };
}

function sampleSet(): DataSet {
  return {
    name: 'sample (ru-en)',
    srcLang: 'ru',
    tgtLang: 'en',
    cases: [{
      src: sentenceLines(read(join(SAMPLE_DIR, 'ru.sentences.txt'))),
      tgt: sentenceLines(read(join(SAMPLE_DIR, 'en.sentences.txt'))),
      gold: parseBeads(read(join(SAMPLE_DIR, 'gold.align'))),
      srcRaw: read(join(SAMPLE_DIR, 'ru.txt')),
      tgtRaw: read(join(SAMPLE_DIR, 'en.txt')),
    }],
  };
}

/** Figures of one data set. */
export interface QualityFigures {
  readonly name: string;
  readonly strict: { p: number; r: number; f: number };
  readonly lax: { p: number; r: number; f: number };
  readonly auc: number;
  readonly low10: number;
  /** Expected calibration error of the confidence against strict correctness. */
  readonly ece: number;
  readonly beads: number;
  readonly seconds: number;
}

/** Aligns every case of a data set and scores it. */
export function evaluate(set: DataSet): QualityFigures {
  const counts = emptyCounts();
  const scores: number[] = [];
  const correct: boolean[] = [];
  const lexicon = loadLexicon(set.srcLang, set.tgtLang);
  const started = performance.now();
  for (const item of set.cases) {
    const src = documentFromLines(item.src, set.srcLang, item.srcRaw);
    const tgt = documentFromLines(item.tgt, set.tgtLang, item.tgtRaw);
    const alignment = alignDocuments(src, tgt, { lexicon });
    const judged = addCase(counts, alignment.pairs, item.gold);
    alignment.pairs.forEach((pair, k) => {
      scores.push(pair.score);
      correct.push(judged.strict[k] === true);
    });
  }
  return {
    name: set.name,
    strict: strictScores(counts),
    lax: laxScores(counts),
    auc: rocAuc(scores, correct),
    low10: lowBucketPrecision(scores, correct, 0.1),
    ece: calibrationError(scores, correct),
    beads: counts.hyp,
    seconds: (performance.now() - started) / 1000,
  };
}

const f3 = (x: number): string => x.toFixed(3);

/** Prints the quality table. */
export function run(): void {
  const sets: DataSet[] = [];
  if (existsSync(BENCH_DIR)) {
    for (const { folder, srcLang, tgtLang } of BENCH_SETS) if (existsSync(join(BENCH_DIR, folder))) sets.push(loadBenchSet(folder, srcLang, tgtLang));
  } else {
    console.log(`alignment quality: ${BENCH_DIR} not found, development data skipped`);
  }
  sets.push(sampleSet());
  console.log('\nalignment quality (strict P/R/F1 | lax P/R/F1 | confidence: ROC AUC, precision of the lowest 10%, calibration error)');
  for (const set of sets) {
    const q = evaluate(set);
    console.log(
      `  ${q.name.padEnd(16)} strict ${f3(q.strict.p)}/${f3(q.strict.r)}/${f3(q.strict.f)}  lax ${f3(q.lax.p)}/${f3(q.lax.r)}/${f3(q.lax.f)}` +
        `  auc ${f3(q.auc)}  low10% ${f3(q.low10)}  ece ${f3(q.ece)}  (${q.beads} beads, ${q.seconds.toFixed(2)} s)`,
    );
  }
}
