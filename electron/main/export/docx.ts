/**
 * Bilingual DOCX: a landscape document with one table row per pair (number, source, target, flags and notes),
 * flagged spans highlighted, the header row repeated on every page, so a reviewer can print it or comment in Word.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ProjectSnapshot } from '../../../shared/project';
import type { Severity } from '../../../shared/types';
import { createI18n } from '../../../shared/i18n/create-i18n';
import type { UiLanguage } from '../../../shared/i18n/resources';
import { describeFlag, exportRows, type ExportRow, type PairSelection } from '../../../shared/formats/export-rows';
import { xmlChars } from '../../../shared/formats/xml-safety';

/** Options of the DOCX writer. */
export interface DocxWriteOptions extends PairSelection {
  readonly language?: UiLanguage;
}

const HIGHLIGHT: Readonly<Record<Severity, 'cyan' | 'yellow' | 'red'>> = { info: 'cyan', warning: 'yellow', error: 'red' };
const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };
const WIDTHS = [6, 36, 36, 22];

/** Text runs of one side with the flagged spans highlighted by severity. */
function sideRuns(row: ExportRow, side: 'src' | 'tgt'): TextRun[] {
  const value = xmlChars(side === 'src' ? row.source : row.target);
  const spans = row.flags.filter((flag) => flag.record.side === side && flag.start !== undefined && flag.end !== undefined);
  const cuts = [...new Set([0, value.length, ...spans.flatMap((flag) => [flag.start as number, flag.end as number])])].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const covering = spans.filter((flag) => (flag.start as number) <= cuts[i] && (flag.end as number) >= cuts[i + 1]);
    const piece = value.slice(cuts[i], cuts[i + 1]);
    if (covering.length === 0) {
      runs.push(new TextRun(piece));
      continue;
    }
    const worst = covering.reduce((a, b) => (RANK[b.record.severity] > RANK[a.record.severity] ? b : a));
    runs.push(new TextRun({ text: piece, highlight: HIGHLIGHT[worst.record.severity] }));
  }
  return runs;
}

function cell(children: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph('')],
    width: { size: width, type: WidthType.PERCENTAGE },
    ...(header ? { shading: { fill: 'EEEEEE' } } : {}),
  });
}

/** Writes the bilingual review table as a DOCX file. */
export async function writeBilingualDocx(snapshot: ProjectSnapshot, options: DocxWriteOptions = {}): Promise<Uint8Array> {
  const { t } = createI18n(options.language ?? 'en');
  const headers = ['number', 'source', 'target', 'flagsAndNotes'].map((column, index) =>
    cell([new Paragraph({ children: [new TextRun({ text: t(`app:report.columns.${column}`), bold: true })] })], WIDTHS[index], true),
  );
  const rows = exportRows(snapshot, options).map((row) => {
    const remarks = [
      ...row.flags.map((flag) => new Paragraph(xmlChars(describeFlag(flag, row, t)))),
      ...row.pair.notes.map((note) => new Paragraph({ children: [new TextRun({ text: xmlChars(note.text), italics: true })] })),
    ];
    return new TableRow({
      cantSplit: false,
      children: [
        cell([new Paragraph({ text: String(row.number), alignment: AlignmentType.RIGHT })], WIDTHS[0]),
        cell([new Paragraph({ children: sideRuns(row, 'src') })], WIDTHS[1]),
        cell([new Paragraph({ children: sideRuns(row, 'tgt') })], WIDTHS[2]),
        cell(remarks, WIDTHS[3]),
      ],
    });
  });
  const document = new Document({
    creator: 'Sverka',
    title: xmlChars(snapshot.name),
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ text: xmlChars(t('app:report.title', { name: snapshot.name })), heading: HeadingLevel.HEADING_1 }),
          new Paragraph(t('app:report.languages', { src: snapshot.source.info.lang, tgt: snapshot.target.info.lang })),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [new TableRow({ tableHeader: true, children: headers }), ...rows],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
