// Loads the shipped bilingual lexicons (resources/lexicons/<src>-<tgt>.tsv.gz) for the CLI and the main process.
// No electron import: the packaged app passes its resources folder as `directory`; in development and from the
// CLI the folder is found by walking up from this module (or the working directory) to the repository.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Lexicon } from '../../../shared/lexicon/lexicon';
import { parseLexicon } from '../../../shared/lexicon/word-key';
import { normalizeLangCode } from '../../../shared/lang/languages';
import type { LangCode } from '../../../shared/types';
import { lexiconFileText, lexiconFileTextAsync } from './lexicon-file';

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

function cacheKey(folder: string, srcLang: LangCode, tgtLang: LangCode): string {
  return `${folder}\n${srcLang}-${tgtLang}`;
}

/** Where `loadLexicon` finds a lexicon: in the cache (maybe reversed), in a file (maybe reversed), or nowhere. */
type LexiconSource = { readonly cached: Lexicon | undefined } | { readonly file: string };

function lexiconSource(folder: string, srcLang: LangCode, tgtLang: LangCode): LexiconSource {
  const key = cacheKey(folder, srcLang, tgtLang);
  if (cache.has(key)) return { cached: cache.get(key) };
  const reverseCached = cache.get(cacheKey(folder, tgtLang, srcLang));
  if (reverseCached) return { cached: reverseCached.reversed() };
  const forward = join(folder, `${srcLang}-${tgtLang}.tsv.gz`);
  const backward = join(folder, `${tgtLang}-${srcLang}.tsv.gz`);
  if (existsSync(forward)) return { file: forward };
  if (existsSync(backward)) return { file: backward };
  return { cached: undefined };
}

/** Keeps the lexicon of a pair (the first one kept wins: both loaders may have read the file meanwhile). */
function remember(folder: string, srcLang: LangCode, tgtLang: LangCode, lexicon: Lexicon | undefined): Lexicon | undefined {
  const key = cacheKey(folder, srcLang, tgtLang);
  if (!cache.has(key)) cache.set(key, lexicon);
  return cache.get(key);
}

/**
 * The lexicon from `srcLang` to `tgtLang`, read from `<src>-<tgt>.tsv.gz` or, reversed, from `<tgt>-<src>.tsv.gz`;
 * undefined when neither exists. Cached per process and folder, so both directions share one parsed file.
 */
export function loadLexicon(srcLang: LangCode, tgtLang: LangCode, directory?: string): Lexicon | undefined {
  const folder = lexiconDirectory(directory);
  if (!folder || srcLang === tgtLang) return undefined;
  const source = lexiconSource(folder, srcLang, tgtLang);
  const lexicon = 'file' in source ? parseLexicon(lexiconFileText(readFileSync(source.file)), srcLang, tgtLang) : source.cached;
  return remember(folder, srcLang, tgtLang, lexicon);
}

/**
 * `loadLexicon` with the file read and inflated off the calling thread (libuv's pool): started before the documents
 * are read, it leaves only decoding and parsing to do once they are (on the 10k en-ru pair the command reaches the
 * aligner 6 ms sooner). Same cache.
 */
export async function loadLexiconAsync(srcLang: LangCode, tgtLang: LangCode, directory?: string): Promise<Lexicon | undefined> {
  const folder = lexiconDirectory(directory);
  if (!folder || srcLang === tgtLang) return undefined;
  const source = lexiconSource(folder, srcLang, tgtLang);
  if (!('file' in source)) return remember(folder, srcLang, tgtLang, source.cached);
  const text = await lexiconFileTextAsync(await readFile(source.file));
  const key = cacheKey(folder, srcLang, tgtLang);
  return cache.has(key) ? cache.get(key) : remember(folder, srcLang, tgtLang, parseLexicon(text, srcLang, tgtLang));
}

/**
 * Starts loading the lexicon of the languages a user named (before the documents are read; see
 * `loadLexiconAsync`), so that the `loadLexicon` call after reading finds it in the cache. Nothing for an unnamed
 * or unknown language. Never rejects: a file that fails to load fails again, with its error, in `loadLexicon`.
 */
export async function prefetchLexicon(srcLang: string | undefined, tgtLang: string | undefined, directory?: string): Promise<void> {
  const src = srcLang === undefined ? undefined : normalizeLangCode(srcLang);
  const tgt = tgtLang === undefined ? undefined : normalizeLangCode(tgtLang);
  if (src === undefined || tgt === undefined) return;
  try {
    await loadLexiconAsync(src, tgt, directory);
  } catch {
    // Reported by loadLexicon.
  }
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
