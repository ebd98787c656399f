/**
 * The HTML review report: every pair with flags or notes, the flagged spans highlighted in its text, each flag
 * described with its review status and notes. One standalone file (inline CSS, no scripts, no external
 * resources, a CSP that forbids loading any), readable in a browser and printable; English or Russian.
 */
import type { ProjectSnapshot } from '../project';
import type { Severity } from '../types';
import { createI18n } from '../i18n/create-i18n';
import type { UiLanguage } from '../i18n/resources';
import { describeFlag, exportRows, type ExportRow, type PairSelection, type RowFlag } from './export-rows';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml-safety';

/** Options of the report. */
export interface HtmlReportOptions extends PairSelection {
  readonly language?: UiLanguage;
  readonly toolVersion?: string;
  readonly date?: Date;
  /** Also list pairs with neither flags nor notes (off by default). */
  readonly allPairs?: boolean;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 70em; padding: 0 1em; color: #1b1b1b; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
.meta { color: #555; margin: 0.2em 0; }
section.pair { border-top: 1px solid #ccc; padding: 0.6em 0; break-inside: avoid; page-break-inside: avoid; }
section.pair h2 { font-size: 1em; margin: 0 0 0.4em; }
section.pair h2 .info { font-weight: normal; color: #555; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #ddd; padding: 0.4em 0.6em; vertical-align: top; text-align: left; }
th { background: #f3f3f3; font-weight: 600; }
mark { padding: 0 0.1em; border-bottom: 2px solid; color: inherit; }
mark.severity-info { background: #e3efff; border-color: #3a78d8; }
mark.severity-warning { background: #fff1c2; border-color: #c99400; }
mark.severity-error { background: #ffd9d6; border-color: #c62828; }
sup.ref { font-size: 0.7em; color: #555; }
ol.flags, ul.notes { margin: 0.4em 0 0; padding-left: 1.6em; }
.changed { color: #b35c00; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The side text with flagged spans wrapped in <mark> and numbered like the flag list. */
function highlight(value: string, flags: readonly RowFlag[], side: 'src' | 'tgt', labels: ReadonlyMap<RowFlag, number>): string {
  const spans = flags.filter((flag) => flag.record.side === side && flag.start !== undefined && flag.end !== undefined);
  if (spans.length === 0) return text(value);
  const cuts = [...new Set([0, value.length, ...spans.flatMap((flag) => [flag.start as number, flag.end as number])])].sort(
    (a, b) => a - b,
  );
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i];
    const to = cuts[i + 1];
    const covering = spans.filter((flag) => (flag.start as number) <= from && (flag.end as number) >= to);
    const piece = text(value.slice(from, to));
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const worst = covering.reduce((a, b) => (SEVERITY_RANK[b.record.severity] > SEVERITY_RANK[a.record.severity] ? b : a));
    const kinds = [...new Set(covering.map((flag) => flag.record.kind))];
    html += `<mark class="severity-${worst.record.severity} ${kinds.map((kind) => `kind-${kind}`).join(' ')}">${piece}</mark>`;
    const ending = covering.filter((flag) => flag.end === to).map((flag) => labels.get(flag));
    if (ending.length > 0) html += `<sup class="ref">${ending.join(',')}</sup>`;
  }
  return html;
}

function pairSection(row: ExportRow, t: ReturnType<typeof createI18n>['t']): string {
  const labels = new Map(row.flags.map((flag, index) => [flag, index + 1]));
  const info = [
    t('app:report.score', { score: row.pair.score.toFixed(2) }),
    t(`app:report.origin.${row.pair.origin}`),
  ].join(', ');
  const changed = row.pair.changedSinceReview ? ` <span class="changed">${text(t('app:report.changedSinceReview'))}</span>` : '';
  const parts = [
    `<section class="pair" id="pair-${row.number}">`,
    `<h2>${text(t('app:report.pair', { number: row.number }))} <span class="info">(${text(info)})</span>${changed}</h2>`,
    '<table><thead><tr>',
    `<th>${text(t('app:report.columns.source'))}</th><th>${text(t('app:report.columns.target'))}</th>`,
    '</tr></thead><tbody><tr>',
    `<td>${highlight(row.source, row.flags, 'src', labels)}</td><td>${highlight(row.target, row.flags, 'tgt', labels)}</td>`,
    '</tr></tbody></table>',
  ];
  if (row.flags.length > 0) {
    parts.push('<ol class="flags">');
    for (const flag of row.flags) {
      parts.push(`<li class="severity-${attr(flag.record.severity)}">${text(describeFlag(flag, row, t))}</li>`);
    }
    parts.push('</ol>');
  }
  if (row.pair.notes.length > 0) {
    parts.push(`<p><strong>${text(t('app:report.notes'))}:</strong></p><ul class="notes">`);
    for (const note of row.pair.notes) parts.push(`<li>${text(note.text).replace(/\n/g, '<br>')}</li>`);
    parts.push('</ul>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** "Name 10 · Gloss 2 · …": flags by kind, most frequent first. */
function kindCounts(flags: readonly RowFlag[], t: ReturnType<typeof createI18n>['t']): string {
  const counts = new Map<string, number>();
  for (const flag of flags) counts.set(flag.record.kind, (counts.get(flag.record.kind) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => `<span class="kind-count">${text(t(`app:report.kinds.${kind}`))} ${count}</span>`)
    .join(' · ');
}

/** Writes the review report as one standalone HTML document. */
export function writeHtmlReport(snapshot: ProjectSnapshot, options: HtmlReportOptions = {}): string {
  const language = options.language ?? 'en';
  const { t } = createI18n(language);
  const rows = exportRows(snapshot, options);
  const shown = rows.filter((row) => options.allPairs === true || row.flags.length > 0 || row.pair.notes.length > 0);
  const flags = rows.flatMap((row) => row.flags);
  const title = t('app:report.title', { name: snapshot.name });
  const date = (options.date ?? new Date()).toISOString().slice(0, 10);
  const summary = t('app:report.summary', {
    pairs: rows.length,
    flagged: rows.filter((row) => row.flags.length > 0).length,
    flags: flags.length,
    open: flags.filter((flag) => flag.record.status === 'open').length,
    notes: rows.reduce((sum, row) => sum + row.pair.notes.length, 0),
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${attr(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${text(title)}</h1>`,
    `<p class="meta">${text(t('app:report.languages', { src: snapshot.source.info.lang, tgt: snapshot.target.info.lang }))}` +
      ` · ${text(snapshot.source.info.fileName)} · ${text(snapshot.target.info.fileName)}</p>`,
    `<p class="meta">${text(t('app:report.generated', { version: options.toolVersion ?? '', date }))}</p>`,
    `<p class="summary">${text(summary)}</p>`,
    ...(flags.length === 0 ? [] : [`<p class="kinds">${kindCounts(flags, t)}</p>`]),
    ...(shown.length === 0 ? [`<p>${text(t('app:report.noFlags'))}</p>`] : shown.map((row) => pairSection(row, t))),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
