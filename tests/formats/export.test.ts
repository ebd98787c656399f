import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseDocument } from 'htmlparser2';
import { Element, Text, type ChildNode } from 'domhandler';
import { decodeXML } from 'entities';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportProject, parseExportFormat, writeExportFile, EXPORT_FORMATS } from '../../electron/main/export/export-project';
import { isSverkaError } from '../../shared/errors';
import { writeCsv, writeTsvTable } from '../../shared/formats/csv';
import { writeHtmlReport } from '../../shared/formats/html-report';
import { tempDir } from './helpers';
import { GLOSS_TEXT, sampleSnapshot } from './sample-snapshot';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const decoder = new TextDecoder();

describe('CSV and TSV', () => {
  it('CSV parses back (csv-parse, RFC 4180) with every pair, score, flags and notes', () => {
    const csv = writeCsv(sampleSnapshot());
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(csv).toContain('\r\n');
    const records = parse(csv, { relax_column_count: false }) as string[][];
    expect(records[0]).toEqual(['No.', 'Source', 'Target', 'Confidence', 'Status', 'Flags', 'Notes']);
    expect(records).toHaveLength(6);
    expect(records[1][0]).toBe('1');
    expect(records[1][2]).toContain('"A bucha');
    expect(records[1][3]).toBe('0.8125');
    expect(records[1][4]).toBe('confirmed');
    expect(records[1][5].split('\n')).toHaveLength(3);
    expect(records[1][5]).toContain(GLOSS_TEXT);
    expect(records[2][1]).toBe('Цена — 130 & больше <процентов>.');
    expect(records[4][6]).toBe('First line.\nSecond line, "quoted", tab\there.');
    expect(records[5].slice(0, 3)).toEqual(['5', '', 'Thank you.']);
  });

  it('TSV parses back with the tab as delimiter; the BOM option starts the file with U+FEFF', () => {
    const tsv = writeTsvTable(sampleSnapshot(), { bom: true, language: 'ru' });
    expect(tsv.charCodeAt(0)).toBe(0xfeff);
    const records = parse(tsv, { delimiter: '\t', bom: true }) as string[][];
    expect(records[0]).toEqual(['№', 'Оригинал', 'Перевод', 'Уверенность', 'Статус', 'Отметки', 'Примечания']);
    expect(records).toHaveLength(6);
    expect(records[4][6]).toBe('First line.\nSecond line, "quoted", tab\there.');
    expect(records[1][4]).toBe('подтверждена');
  });

  it('confirmed only and skip empty apply', () => {
    expect(parse(writeCsv(sampleSnapshot(), { confirmedOnly: true })) as string[][]).toHaveLength(3);
    const nonEmpty = parse(writeCsv(sampleSnapshot(), { skipEmpty: true })) as string[][];
    expect(nonEmpty.slice(1).map((record) => record[0])).toEqual(['1', '2', '4']);
  });
});

/** The text of a DOM node. */
function textOf(node: ChildNode): string {
  if (node instanceof Text) return node.data;
  if (node instanceof Element) return node.children.map(textOf).join('');
  return '';
}

function findAll(nodes: readonly ChildNode[], test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const node of nodes) {
    if (!(node instanceof Element)) continue;
    if (test(node)) found.push(node);
    found.push(...findAll(node.children, test));
  }
  return found;
}

describe('bilingual DOCX', () => {
  it('holds a table with a header row and one row per pair: number, source, target, flags and notes', async () => {
    const bytes = await exportProject(sampleSnapshot(), 'docx');
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    const document = parseDocument(html);
    const rows = findAll(document.children, (element) => element.name === 'tr');
    const cells = rows.map((row) => row.children.filter((cell): cell is Element => cell instanceof Element).map((cell) => textOf(cell)));
    expect(cells).toHaveLength(6);
    expect(cells[0]).toEqual(['No.', 'Source', 'Target', 'Flags and notes']);
    expect(cells[1][0]).toBe('1');
    expect(cells[1][1]).toBe('Сергей Лавров: «Подняли бучу, извините за каламбур, вокруг этой деревни». Это было в 2007 г.');
    expect(cells[1][3]).toContain(GLOSS_TEXT);
    expect(cells[1][3]).toContain('Pun «буча» glossed; see "frenzy" & co.');
    expect(cells[2][1]).toBe('Цена — 130 & больше <процентов>.');
    expect(cells[5].slice(0, 3)).toEqual(['5', '', 'Thank you.']);
    expect(findAll(document.children, (element) => element.name === 'h1').map(textOf)).toEqual(['Review report: Lavrov & OSCE <2026>']);
  });

  it('highlights flagged spans and repeats the header row (checked in word/document.xml)', async () => {
    const zip = await JSZip.loadAsync(await exportProject(sampleSnapshot(), 'docx'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:tblHeader/>');
    const highlighted = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:highlight w:val="(\w+)"\/>(?:(?!<\/w:r>).)*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => [m[1], decodeXML(m[2])]);
    expect(highlighted).toContainEqual(['yellow', "– which means 'frenzy' in Russian –"]);
    expect(highlighted).toContainEqual(['cyan', 'извините за каламбур']);
    expect(highlighted).toContainEqual(['red', '2007']);
  });
});

describe('HTML review report', () => {
  it('lists the flagged or annotated pairs with highlighted spans, escaped, standalone', () => {
    const html = writeHtmlReport(sampleSnapshot(), { date: new Date('2026-02-08T00:00:00Z'), toolVersion: '0.1.0' });
    const document = parseDocument(html);
    const sections = findAll(document.children, (element) => element.name === 'section');
    expect(sections.map((section) => section.attribs.id)).toEqual(['pair-1', 'pair-3', 'pair-4']);
    const marks = findAll(document.children, (element) => element.name === 'mark');
    expect(marks.map((mark) => [mark.attribs.class, textOf(mark)])).toEqual([
      ['severity-info kind-wordplay', 'извините за каламбур'],
      ['severity-error kind-number', '2007'],
      ['severity-warning kind-gloss', GLOSS_TEXT],
    ]);
    expect(document.children.map(textOf).join('')).toContain('Caption, not translated <on purpose>.');
    expect(textOf(findAll(document.children, (element) => element.name === 'title')[0])).toBe('Review report: Lavrov & OSCE <2026>');
    // Standalone: no scripts, no external resources of any kind, a CSP that forbids loading them.
    expect(findAll(document.children, (element) => ['script', 'link', 'img', 'iframe', 'object'].includes(element.name))).toEqual([]);
    expect(html).not.toMatch(/\b(?:src|href)=|url\(/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@media print');
    expect(findAll(document.children, (element) => element.attribs.class === 'kind-count').map(textOf)).toEqual(['Gloss 1', 'Wordplay 1', 'Number 1', 'Unaligned 1']);
  });

  it('is localised in Russian', () => {
    const html = writeHtmlReport(sampleSnapshot(), { language: 'ru' });
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('Отчёт о проверке: Lavrov &amp; OSCE &lt;2026&gt;');
    expect(html).toContain('Пара 1');
    expect(html).toContain('Пояснение (предупреждение, перевод, принята)');
  });

  it('says so when nothing is flagged', () => {
    const snapshot = sampleSnapshot();
    const clean = { ...snapshot, pairs: snapshot.pairs.map((pair) => ({ ...pair, flags: [], notes: [] })) };
    expect(writeHtmlReport(clean)).toContain('No pair is flagged.');
  });
});

describe('export entry', () => {
  it('writes every format to a file atomically, leaving no temporary file', async () => {
    for (const format of EXPORT_FORMATS) {
      const path = join(dir, `out.${format}`);
      await writeExportFile(sampleSnapshot(), format, path);
      expect(readFileSync(path).length).toBeGreaterThan(100);
    }
    expect(readdirSync(dir).sort()).toEqual(EXPORT_FORMATS.map((format) => `out.${format}`).sort());
    expect(decoder.decode(readFileSync(join(dir, 'out.tmx')))).toMatch(/creationtoolversion="\d+\.\d+\.\d+"/);
  });

  it('reports a folder it cannot write to', async () => {
    try {
      await writeExportFile(sampleSnapshot(), 'csv', join(dir, 'missing', 'out.csv'));
      expect.unreachable();
    } catch (error) {
      expect(isSverkaError(error) && error.key).toBe('project.exportWrite');
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names unknown formats', () => {
    expect(parseExportFormat('TMX')).toBe('tmx');
    try {
      parseExportFormat('pdf');
      expect.unreachable();
    } catch (error) {
      expect(isSverkaError(error) && error.key).toBe('format.exportFormat');
    }
  });
});
