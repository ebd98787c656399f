// `npm run bench` part for the lexicons: how long each shipped lexicon takes to load (read, gunzip, parse; the
// work `loadLexicon` does on its first call, measured here without its cache) and to reverse, and the lexicons'
// coverage of the development data (../shared/bench; skipped where it is absent).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lexiconFileText } from '../../electron/main/lexicon/lexicon-file';
import { availableLexiconPairs, lexiconDirectory } from '../../electron/main/lexicon/load-lexicon';
import { parseLexicon } from '../../shared/lexicon/word-key';
import { printCoverage } from './coverage';

/** Prints load times and coverage figures. */
export function run(): void {
  const folder = lexiconDirectory();
  if (!folder) {
    console.log('\nlexicons: resources/lexicons not found, skipped');
    return;
  }
  console.log('\nlexicons (load = read + gunzip + decode + parse; reverse = the inverted map, built on first use)');
  for (const [src, tgt] of availableLexiconPairs()) {
    const start = performance.now();
    const lexicon = parseLexicon(lexiconFileText(readFileSync(join(folder, `${src}-${tgt}.tsv.gz`))));
    const loaded = performance.now();
    const reversed = lexicon.reversed();
    const done = performance.now();
    console.log(
      `  ${src}-${tgt}: ${lexicon.size} keys, load ${(loaded - start).toFixed(0)} ms; ` +
        `${tgt}-${src}: ${reversed.size} keys, reverse ${(done - loaded).toFixed(0)} ms`,
    );
  }
  printCoverage(resolve(process.cwd(), '..', 'shared', 'bench'));
}
