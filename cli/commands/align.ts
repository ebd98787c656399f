/**
 * `sverka align SRC TGT [--src-lang xx] [--tgt-lang yy] [--presegmented] [--format json|tsv|vecalign] [-o OUT]`:
 * reads both texts (any common encoding), detects or validates their languages, splits them into sentences,
 * aligns them with the shipped lexicon for the pair, and writes the pairs in the chosen format.
 */
import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { loadLexicon, prefetchLexicon } from '../../electron/main/lexicon/load-lexicon';
import { alignDocuments } from '../../shared/align/align-documents';
import { SverkaError } from '../../shared/errors';
import { writeAlignJson } from '../../shared/formats/align-json';
import { writeAlignTsv } from '../../shared/formats/tsv';
import { writeVecalign } from '../../shared/formats/vecalign';
import type { Lexicon } from '../../shared/lexicon/lexicon';
import { assertNever, type AlignedPair, type Flag, type SegmentedDocument } from '../../shared/types';
import type { CliContext } from '../context';
import { readCliDocument } from '../read-document';

/** Output formats of `sverka align`. */
export const ALIGN_FORMATS = ['json', 'tsv', 'vecalign'] as const;
/** One output format. */
export type AlignFormat = (typeof ALIGN_FORMATS)[number];

interface AlignCliOptions {
  readonly srcLang?: string;
  readonly tgtLang?: string;
  readonly presegmented?: boolean;
  readonly format: string;
  readonly output?: string;
}

function parseFormat(value: string): AlignFormat {
  const format = ALIGN_FORMATS.find((name) => name === value.toLowerCase());
  if (format === undefined) throw new SverkaError('align.format', { format: value, formats: ALIGN_FORMATS.join(', ') });
  return format;
}

/**
 * Divergence flags of the aligned pairs, written into the JSON output. The one place where `sverka align`
 * checks divergences: the divergence checks plug in here (checkDivergences({ source, target, pairs, lexicon })).
 */
async function flagsFor(source: SegmentedDocument, target: SegmentedDocument, pairs: readonly AlignedPair[], lexicon: Lexicon | undefined): Promise<Flag[]> {
  // Loaded only for the JSON output: the checks and their data (country names…) are not on the path of the others.
  const { flagsForAlignment } = await import('../../shared/divergence/flags-for-alignment');
  return flagsForAlignment(source, target, { pairs }, lexicon ? { lexicon } : {});
}

/** Renders an alignment in one of the CLI formats. */
export function renderAlignment(format: AlignFormat, source: SegmentedDocument, target: SegmentedDocument, pairs: readonly AlignedPair[], flags: readonly Flag[]): string {
  const sourceTexts = source.sentences.map((sentence) => sentence.text);
  const targetTexts = target.sentences.map((sentence) => sentence.text);
  switch (format) {
    case 'json':
      return writeAlignJson({ lang: source.lang, sentences: sourceTexts }, { lang: target.lang, sentences: targetTexts }, pairs, flags);
    case 'tsv':
      return writeAlignTsv(sourceTexts, targetTexts, pairs);
    case 'vecalign':
      return writeVecalign(pairs);
    default:
      return assertNever(format);
  }
}

async function runAlign(srcPath: string, tgtPath: string, options: AlignCliOptions, context: CliContext): Promise<void> {
  const format = parseFormat(options.format);
  const presegmented = options.presegmented === true;
  // The lexicon of languages named on the command line is read while the documents are.
  const prefetch = prefetchLexicon(options.srcLang, options.tgtLang);
  const source = await readCliDocument(srcPath, options.srcLang, '--src-lang', presegmented);
  const target = await readCliDocument(tgtPath, options.tgtLang, '--tgt-lang', presegmented);
  await prefetch;
  const lexicon = loadLexicon(source.lang, target.lang);
  const { pairs } = alignDocuments(source, target, { lexicon });
  const flags = format === 'json' ? await flagsFor(source, target, pairs, lexicon) : [];
  const output = renderAlignment(format, source, target, pairs, flags);
  if (options.output === undefined || options.output === '-') {
    context.stdout.write(output);
    return;
  }
  try {
    await writeFile(options.output, output, 'utf8');
  } catch (error) {
    throw new SverkaError('align.output', { path: options.output }, { cause: error });
  }
}

/** Registers the `align` command. */
export function registerAlign(program: Command, context: CliContext): void {
  const t = context.i18n.t.bind(context.i18n);
  program
    .command('align')
    .description(t('cli:align.description'))
    .argument('<src>', t('cli:align.src'))
    .argument('<tgt>', t('cli:align.tgt'))
    .option('--src-lang <code>', t('cli:align.srcLang'))
    .option('--tgt-lang <code>', t('cli:align.tgtLang'))
    .option('--presegmented', t('cli:align.presegmented'))
    .option('--format <format>', t('cli:align.format'), 'json')
    .option('-o, --output <file>', t('cli:align.output'))
    .action(async (srcPath: string, tgtPath: string, options: AlignCliOptions) => {
      await runAlign(srcPath, tgtPath, options, context);
    });
}
