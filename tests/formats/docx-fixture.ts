/** Builds real DOCX files for the import tests with the `docx` package: headings, list, table, footnote. */
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** A Word document with every kind of block Sverka keeps. */
export async function sampleDocx(): Promise<Buffer> {
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph('Transcript of the press conference, abridged.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Press conference in Vienna', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Sergey Lavrov answered questions. '), new TextRun({ text: 'He spoke for an hour.', bold: true }), new FootnoteReferenceRun(1)] }),
          new Paragraph({ text: 'First topic: security.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Second topic: trade.', bullet: { level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Year')] }), new TableCell({ children: [new Paragraph('Share')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('2007')] }), new TableCell({ children: [new Paragraph('130 percent')] })] }),
            ],
          }),
          new Paragraph({ text: 'Closing remarks', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Thank you for your attention.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A Russian document whose heading style has a Russian name, as some word processors write it. */
export async function russianStyledDocx(): Promise<Buffer> {
  const document = new Document({
    styles: { paragraphStyles: [{ id: 'Zagolovok1', name: 'Заголовок 1', basedOn: 'Normal', run: { bold: true, size: 32 } }] },
    sections: [{ children: [new Paragraph({ text: 'Заявление МИД', style: 'Zagolovok1' }), new Paragraph('Текст заявления.')] }],
  });
  return Packer.toBuffer(document);
}
