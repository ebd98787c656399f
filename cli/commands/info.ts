/** `sverka info PROJECT.sverka [--json]`: documents, pairs by origin, flags by kind and review status, notes. */
import type { Command } from 'commander';
import { withProject } from '../../electron/main/project/with-project';
import type { DocumentInfo, ProjectSummary } from '../../shared/project';
import type { CliContext } from '../context';

function render(summary: ProjectSummary, context: CliContext): string {
  const t = context.i18n.t.bind(context.i18n);
  const document = (label: string, info: DocumentInfo, revisions: number): string =>
    t('cli:info.document', {
      label,
      file: info.fileName,
      lang: info.lang,
      revision: info.revision,
      revisions,
      encoding: info.encoding ?? t('cli:info.unknownEncoding'),
      imported: info.importedAt,
    });
  const lines = [
    t('cli:info.name', { name: summary.name }),
    document(t('cli:info.source'), summary.source, summary.revisions.src),
    document(t('cli:info.target'), summary.target, summary.revisions.tgt),
    t('cli:info.pairs', { total: summary.pairs, ...summary.pairsByOrigin, changed: summary.changedSinceReview }),
    t('cli:info.flags', { total: summary.flags, ...summary.flagsByStatus }),
    ...Object.entries(summary.flagsByKind).map(([kind, counts]) =>
      t('cli:info.flagKind', { kind: t(`flags:kind.${kind}`), total: Object.values(counts).reduce((a, b) => a + b, 0), ...counts }),
    ),
    t('cli:info.notes', { count: summary.notes }),
    t('cli:info.glossary', { count: summary.glossaryEntries }),
  ];
  return `${lines.join('\n')}\n`;
}

/** Registers the `info` command. */
export function registerInfo(program: Command, context: CliContext): void {
  const t = context.i18n.t.bind(context.i18n);
  program
    .command('info')
    .description(t('cli:info.description'))
    .argument('<project>', t('cli:info.project'))
    .option('--json', t('cli:info.json'))
    .action(async (projectPath: string, options: { readonly json?: boolean }) => {
      // Only reads: a project on a read-only medium (or marked read-only) can be described.
      const summary = await withProject(projectPath, (project) => project.summary(), { lexicon: null, allowReadOnly: true });
      context.stdout.write(options.json === true ? `${JSON.stringify(summary, null, 2)}\n` : render(summary, context));
    });
}
