// Import and export figures on a synthetic 20,000-pair project (one in ten pairs flagged, one in twenty annotated):
// each export format written, TMX and XLIFF read back, a project created from the TMX through the store.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FORMATS, exportProject } from '../../electron/main/export/export-project';
import { createProjectFromBilingual } from '../../electron/main/import/project-from-bilingual';
import { parseTmx } from '../../shared/formats/tmx';
import { parseXliff } from '../../shared/formats/xliff';
import type { PairRecord, ProjectSide, ProjectSnapshot } from '../../shared/project';
import type { LangCode, Side } from '../../shared/types';

const SIZE = 20_000;
const TIME = '2026-02-07T12:00:00.000Z';

function side(which: Side, lang: LangCode, words: readonly string[]): ProjectSide {
  const sentences = Array.from({ length: SIZE }, (_, i) => {
    const text = `${words[i % words.length]} ${i}, ${words[(i * 7) % words.length]} & ${words[(i * 13) % words.length]} <${i % 97}>.`;
    return { index: i, text, paragraph: Math.floor(i / 8), start: 0, end: text.length };
  });
  return {
    info: { side: which, lang, fileName: `bench.${lang}.txt`, sha256: '0'.repeat(64), importedAt: TIME, revision: 1 },
    paragraphs: Array.from({ length: Math.ceil(SIZE / 8) }, (_, i) => ({ index: i, kind: 'paragraph' as const, start: 0, end: 0 })),
    sentences,
  };
}

function snapshot(): ProjectSnapshot {
  const pairs: PairRecord[] = Array.from({ length: SIZE }, (_, i) => ({
    id: i + 1,
    src: [i],
    tgt: [i],
    score: 0.5 + (i % 50) / 100,
    origin: i % 3 === 0 ? 'confirmed' : 'auto',
    changedSinceReview: false,
    notes: i % 20 === 0 ? [{ id: i, text: `Note on pair ${i}: check the "term".`, created: TIME, updated: TIME }] : [],
    flags: i % 10 === 0
      ? [{ id: i, kind: 'number', severity: 'warning', pair: i, side: 'tgt', sentence: i, start: 0, end: 4, messageKey: 'number.missing', params: { value: String(i) }, status: 'open', notes: [] }]
      : [],
  }));
  return {
    name: 'bench',
    source: side('src', 'ru', ['Министр', 'заявил', 'переговоры', 'продолжатся', 'завтра', 'в', 'Вене']),
    target: side('tgt', 'en', ['The', 'minister', 'said', 'talks', 'will', 'continue', 'tomorrow']),
    pairs,
  };
}

function ms(start: bigint): string {
  return `${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms`;
}

/** Prints the import and export figures. */
export async function run(): Promise<void> {
  const project = snapshot();
  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-formats-'));
  try {
    console.log(`\nformats: ${SIZE} pairs`);
    const files = new Map<string, Uint8Array>();
    for (const format of EXPORT_FORMATS) {
      const start = process.hrtime.bigint();
      const bytes = await exportProject(project, format);
      console.log(`  export ${format.padEnd(5)} ${ms(start).padStart(8)}  ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
      files.set(format, bytes);
    }
    const decoder = new TextDecoder();
    let start = process.hrtime.bigint();
    parseTmx(decoder.decode(files.get('tmx')));
    console.log(`  read TMX     ${ms(start).padStart(8)}`);
    start = process.hrtime.bigint();
    parseXliff(decoder.decode(files.get('xliff')));
    console.log(`  read XLIFF   ${ms(start).padStart(8)}`);
    const tmx = join(dir, 'bench.tmx');
    writeFileSync(tmx, files.get('tmx') as Uint8Array);
    start = process.hrtime.bigint();
    const created = await createProjectFromBilingual(join(dir, 'bench.sverka'), tmx, { lexicon: null });
    await created.close();
    const notes = project.pairs.reduce((sum, pair) => sum + pair.notes.length, 0);
    console.log(`  new --from TMX ${ms(start).padStart(6)}  (read and store ${SIZE} pairs; statuses, flags and ${notes} notes written at creation)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
