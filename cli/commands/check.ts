/**
 * `sverka check SRC TGT [--src-lang xx] [--tgt-lang yy] [--presegmented] [--glossary FILE] [--kinds gloss,number]
 * [--min-severity warning]`: aligns the two texts like `sverka align`, runs the divergence checks and prints the
 * flags readably: the pair, kind, severity, the message in the UI language, and both sides with the flagged span
 * marked ⟦ ⟧. Exits 0 whatever it finds.
 */
import type { Command } from 'commander';
import type { i18n } from 'i18next';
import { loadLexicon, prefetchLexicon } from '../../electron/main/lexicon/load-lexicon';
import { alignDocuments } from '../../shared/align/align-documents';
import { checkDivergences } from '../../shared/divergence/check-divergences';
import { unitedLexicon } from '../../shared/divergence/united-lexicon';
import { glossaryLexicon } from '../../shared/glossary/glossary-lexicon';
import { SverkaError } from '../../shared/errors';
import { FLAG_KINDS, type AlignedPair, type Flag, type FlagKind, type SegmentedDocument, type Severity } from '../../shared/types';
import type { CliContext } from '../context';
import { readCliDocument } from '../read-document';

interface CheckCliOptions {
  readonly srcLang?: string;
  readonly tgtLang?: string;
  readonly presegmented?: boolean;
  readonly glossary?: string;
  readonly kinds?: string;
  readonly minSeverity?: string;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The checks to run, from `--kinds gloss,number` (all when absent). */
export function parseKinds(value: string | undefined): Record<FlagKind, boolean> {
  const all = Object.fromEntries(FLAG_KINDS.map((kind) => [kind, value === undefined])) as Record<FlagKind, boolean>;
  if (value === undefined) return all;
  for (const name of value.split(',').map((part) => part.trim().toLowerCase()).filter((part) => part.length > 0)) {
    const kind = FLAG_KINDS.find((candidate) => candidate === name);
    if (!kind) throw new SverkaError('check.kind', { kind: name, kinds: FLAG_KINDS.join(', ') });
    all[kind] = true;
  }
  return all;
}

function parseSeverity(value: string | undefined): Severity {
  if (value === undefined) return 'info';
  const severity = (Object.keys(SEVERITY_RANK) as Severity[]).find((candidate) => candidate === value.toLowerCase());
  if (!severity) throw new SverkaError('check.severity', { severity: value });
  return severity;
}

/** A sentence with the flag's span marked ⟦ ⟧ (the whole sentence when the flag has no span). */
export function markSpan(text: string, start: number | undefined, end: number | undefined): string {
  if (start === undefined || end === undefined) return text;
  return `${text.slice(0, start)}⟦${text.slice(start, end)}⟧${text.slice(end)}`;
}

/** The readable listing of the flags, one block per flag, in the UI language. */
export function formatFlags(flags: readonly Flag[], source: SegmentedDocument, target: SegmentedDocument, pairs: readonly AlignedPair[], i18n: i18n): string {
  const t = i18n.t.bind(i18n);
  const pairCount = t('cli:count.pairs', { count: pairs.length });
  if (flags.length === 0) return `${t('cli:check.none', { pairs: pairCount })}\n`;
  const lines: string[] = [];
  for (const flag of flags) {
    const pair = pairs[flag.pair];
    lines.push(t('cli:check.heading', { pair: flag.pair + 1, kind: t(`flags:kind.${flag.kind}`), severity: t(`flags:severity.${flag.severity}`) }));
    lines.push(`  ${t(`flags:${flag.messageKey}`, flag.params)}`);
    for (const [label, document, indices] of [['src', source, pair?.src ?? []], ['tgt', target, pair?.tgt ?? []]] as const) {
      for (const index of indices) {
        const text = document.sentences[index]?.text ?? '';
        const marked = flag.side === label && flag.sentence === index ? markSpan(text, flag.start, flag.end) : text;
        lines.push(`  ${label} ${index + 1}: ${marked}`);
      }
      if (indices.length === 0) lines.push(`  ${label} —`);
    }
    lines.push('');
  }
  lines.push(t('cli:check.summary', { flags: t('cli:count.flags', { count: flags.length }), pairs: pairCount }));
  return `${lines.join('\n')}\n`;
}

async function runCheck(srcPath: string, tgtPath: string, options: CheckCliOptions, context: CliContext): Promise<void> {
  const enabled = parseKinds(options.kinds);
  const minSeverity = parseSeverity(options.minSeverity);
  const presegmented = options.presegmented === true;
  // The lexicon of languages named on the command line is read while the documents are.
  const prefetch = prefetchLexicon(options.srcLang, options.tgtLang);
  const source = await readCliDocument(srcPath, options.srcLang, '--src-lang', presegmented);
  const target = await readCliDocument(tgtPath, options.tgtLang, '--tgt-lang', presegmented);
  await prefetch;
  const lexicon = loadLexicon(source.lang, target.lang);
  // The glossary readers (csv-parse, fast-xml-parser) are loaded only for a glossary.
  const glossary =
    options.glossary === undefined ? undefined : await (await import('../../electron/main/io/read-glossary')).readGlossary(options.glossary, source.lang, target.lang);
  // The glossary's terms also guide the alignment, as words the general lexicon may lack.
  const alignLexicon = glossary ? unitedLexicon([lexicon, glossaryLexicon(glossary)]) : lexicon;
  const { pairs } = alignDocuments(source, target, alignLexicon ? { lexicon: alignLexicon } : {});
  const flags = checkDivergences({ source, target, pairs, settings: { enabled }, ...(lexicon ? { lexicon } : {}), ...(glossary ? { glossary } : {}) })
    .filter((flag) => SEVERITY_RANK[flag.severity] >= SEVERITY_RANK[minSeverity]);
  context.stdout.write(formatFlags(flags, source, target, pairs, context.i18n));
}

/** Registers the `check` command. */
export function registerCheck(program: Command, context: CliContext): void {
  const t = context.i18n.t.bind(context.i18n);
  program
    .command('check')
    .description(t('cli:check.description'))
    .argument('<src>', t('cli:check.src'))
    .argument('<tgt>', t('cli:check.tgt'))
    .option('--src-lang <code>', t('cli:check.srcLang'))
    .option('--tgt-lang <code>', t('cli:check.tgtLang'))
    .option('--presegmented', t('cli:check.presegmented'))
    .option('--glossary <file>', t('cli:check.glossary'))
    .option('--kinds <list>', t('cli:check.kinds', { kinds: FLAG_KINDS.join(', ') }))
    .option('--min-severity <level>', t('cli:check.minSeverity'))
    .action(async (srcPath: string, tgtPath: string, options: CheckCliOptions) => {
      await runCheck(srcPath, tgtPath, options, context);
    });
}
