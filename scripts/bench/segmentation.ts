// Segmentation and text-decoding figures: boundary F1 on the sample's gold sentence files, on the development
// data (each side is one sentence per line: lines are joined into paragraphs of five and must come back), and
// speed on a 20,000-sentence book and on decoding an 8-bit file.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { decodeText } from '../../electron/main/io/decode-text';
import { boundaryF1 } from '../../shared/segment/boundary-f1';
import { segmentDocument } from '../../shared/segment/segment-document';

const BENCH_DIR = resolve(process.cwd(), '..', 'shared', 'bench');
const SAMPLE_DIR = resolve(process.cwd(), 'resources', 'samples', 'lavrov-osce-2026-02-06');
const LINES_PER_PARAGRAPH = 5;

/** Development-data sides: folder, file extension, language. */
const SIDES: readonly (readonly [string, string, string])[] = [
  ['wmt22_en_ru', 'src', 'en'],
  ['wmt22_en_ru', 'tgt', 'ru'],
  ['textberg_dev', 'src', 'de'],
  ['textberg_dev', 'tgt', 'fr'],
  ['mac_dev_zh_en', 'src', 'zh'],
  ['mac_dev_zh_en', 'tgt', 'en'],
];

const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '');
const format = (value: number): string => value.toFixed(4);

function sampleF1(): void {
  for (const lang of ['ru', 'en']) {
    const text = readFileSync(join(SAMPLE_DIR, `${lang}.txt`), 'utf8');
    const gold = lines(join(SAMPLE_DIR, `${lang}.sentences.txt`));
    const scores = boundaryF1(gold, segmentDocument(text, lang).sentences.map((sentence) => sentence.text));
    console.log(`segmentation sample ${lang}: boundary P ${format(scores.precision)} R ${format(scores.recall)} F1 ${format(scores.f1)} (${scores.reference} gold boundaries)`);
  }
}

/** Boundaries inside the joined paragraphs only: the paragraph breaks themselves are given away. */
function benchF1(): void {
  if (!existsSync(BENCH_DIR)) {
    console.log(`segmentation: ${BENCH_DIR} not found, development data skipped`);
    return;
  }
  for (const [folder, extension, lang] of SIDES) {
    const directory = join(BENCH_DIR, folder);
    if (!existsSync(directory)) continue;
    let correct = 0;
    let found = 0;
    let reference = 0;
    for (const file of readdirSync(directory).filter((name) => name.endsWith(`.${extension}`))) {
      const sentences = lines(join(directory, file));
      const paragraphs: string[][] = [];
      for (let index = 0; index < sentences.length; index += LINES_PER_PARAGRAPH) paragraphs.push(sentences.slice(index, index + LINES_PER_PARAGRAPH));
      const joiner = lang === 'zh' || lang === 'ja' ? '' : ' ';
      const document = segmentDocument(paragraphs.map((paragraph) => paragraph.join(joiner)).join('\n'), lang);
      for (const [index, paragraph] of paragraphs.entries()) {
        const hypothesis = document.sentences.filter((sentence) => sentence.paragraph === index).map((sentence) => sentence.text);
        const scores = boundaryF1(paragraph, hypothesis);
        correct += scores.correct;
        found += scores.hypothesis;
        reference += scores.reference;
      }
    }
    const precision = correct / found;
    const recall = correct / reference;
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(`segmentation ${folder}.${extension} (${lang}): within-paragraph boundary P ${format(precision)} R ${format(recall)} F1 ${format(f1)}`);
  }
}

function speed(): void {
  const base = readFileSync(join(SAMPLE_DIR, 'ru.txt'), 'utf8');
  const book = Array.from({ length: 110 }, () => base).join('\n');
  segmentDocument(base, 'ru');
  const started = performance.now();
  const document = segmentDocument(book, 'ru');
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `segmentation speed: ${document.sentences.length} sentences (${(book.length / 1e6).toFixed(1)} M characters) in ${seconds.toFixed(3)} s, ${Math.round(document.sentences.length / seconds)} sentences/s`,
  );
  const bytes = iconv.encode(book, 'koi8-r');
  const decodeStarted = performance.now();
  const decoded = decodeText(bytes);
  const decodeSeconds = (performance.now() - decodeStarted) / 1000;
  console.log(`decoding speed: ${(bytes.length / 1e6).toFixed(1)} MB detected as ${typeof decoded === 'string' ? decoded : decoded.encoding} in ${decodeSeconds.toFixed(3)} s`);
}

/** Prints segmentation quality and speed. */
export function run(): void {
  sampleF1();
  benchF1();
  speed();
}
