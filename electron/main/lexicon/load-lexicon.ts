// Loads the shipped bilingual lexicons (resources/lexicons/<src>-<tgt>.tsv.gz) for the CLI and the main process.
// No electron import: the packaged app passes its resources folder as `directory`; in development and from the
// CLI the folder is found by walking up from this module (or the working directory) to the repository.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Lexicon } from '../../../shared/lexicon/lexicon';
import { parseLexicon } from '../../../shared/lexicon/word-key';
import type { LangCode } from '../../../shared/types';
import { lexiconFileText } from './lexicon-file';

const RELATIVE_FOLDER = join('resources', 'lexicons');
const FILE_PATTERN = /^([a-z]{2,3})-([a-z]{2,3})\.tsv\.gz$/;

function findUpwards(start: string): string | undefined {
  let current = resolve(start);
  for (;;) {
    const candidate = join(current, RELATIVE_FOLDER);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

let defaultDirectory: string | undefined;

/** Sets the folder `loadLexicon` uses when it is given none (the packaged app: its resources folder). */
export function setDefaultLexiconDirectory(directory: string | undefined): void {
  defaultDirectory = directory;
}

/** Electron's resources folder of a packaged app (`process.resourcesPath`), undefined in plain Node. */
function packagedResources(): string | undefined {
  const resourcesPath = (process as { resourcesPath?: unknown }).resourcesPath;
  if (typeof resourcesPath !== 'string') return undefined;
  const candidate = join(resourcesPath, RELATIVE_FOLDER);
  return existsSync(candidate) ? candidate : undefined;
}

/**
 * The folder holding the lexicon files: `override` when given, else the default set by
 * `setDefaultLexiconDirectory`, else `resources/lexicons` under Electron's resources folder (packaged app), else
 * that of the repository found above this module (bundled CLI) or above the working directory (scripts, tests).
 */
export function lexiconDirectory(override?: string): string | undefined {
  if (override !== undefined) return override;
  if (defaultDirectory !== undefined) return defaultDirectory;
  const moduleDir = typeof __dirname === 'string' ? __dirname : undefined;
  return packagedResources() ?? ((moduleDir && findUpwards(moduleDir)) || findUpwards(process.cwd()));
}

const cache = new Map<string, Lexicon | undefined>();

function readLexiconFile(path: string, srcLang: LangCode, tgtLang: LangCode): Lexicon {
  return parseLexicon(lexiconFileText(readFileSync(path)), srcLang, tgtLang);
}

/**
 * The lexicon from `srcLang` to `tgtLang`, read from `<src>-<tgt>.tsv.gz` or, reversed, from `<tgt>-<src>.tsv.gz`;
 * undefined when neither exists. Cached per process and folder, so both directions share one parsed file.
 */
export function loadLexicon(srcLang: LangCode, tgtLang: LangCode, directory?: string): Lexicon | undefined {
  const folder = lexiconDirectory(directory);
  if (!folder || srcLang === tgtLang) return undefined;
  const key = `${folder}\n${srcLang}-${tgtLang}`;
  if (cache.has(key)) return cache.get(key);
  const reverseKey = `${folder}\n${tgtLang}-${srcLang}`;
  const reverseCached = cache.get(reverseKey);
  let lexicon: Lexicon | undefined;
  if (reverseCached) {
    lexicon = reverseCached.reversed();
  } else {
    const forward = join(folder, `${srcLang}-${tgtLang}.tsv.gz`);
    const backward = join(folder, `${tgtLang}-${srcLang}.tsv.gz`);
    if (existsSync(forward)) lexicon = readLexiconFile(forward, srcLang, tgtLang);
    else if (existsSync(backward)) lexicon = readLexiconFile(backward, srcLang, tgtLang);
  }
  cache.set(key, lexicon);
  return lexicon;
}

/** The language pairs with a shipped lexicon file, as written in the file names (each also serves reversed). */
export function availableLexiconPairs(directory?: string): Array<readonly [LangCode, LangCode]> {
  const folder = lexiconDirectory(directory);
  if (!folder || !existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => FILE_PATTERN.exec(name))
    .filter((match) => match !== null)
    .map((match) => [match[1], match[2]] as const);
}
