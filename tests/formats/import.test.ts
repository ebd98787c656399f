import { closeSync, openSync, readFileSync, statSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBilingual, importDocument } from '../../electron/main/import/import-document';
import { readSideDocument } from '../../electron/main/import/read-side-document';
import { assertSafeZip } from '../../electron/main/import/zip-guard';
import { isSverkaError } from '../../shared/errors';
import { applyParagraphKinds, type ImportedText } from '../../shared/formats/imported-document';
import { importHtml } from '../../shared/formats/html-import';
import { importMarkdown } from '../../shared/formats/markdown';
import { writeTmx } from '../../shared/formats/tmx';
import { writeXliff } from '../../shared/formats/xliff';
import { segmentDocument } from '../../shared/segment/segment-document';
import { russianStyledDocx, sampleDocx } from './docx-fixture';
import { tempDir } from './helpers';
import { sampleSnapshot } from './sample-snapshot';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function save(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function errorKey(action: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await action();
  } catch (error) {
    return isSverkaError(error) ? error.key : `not a SverkaError: ${String(error)}`;
  }
  return undefined;
}

/** Each block as [kind, text]. */
function blocks(doc: ImportedText): [string, string][] {
  return doc.paragraphs.map((paragraph) => [paragraph.kind, doc.text.slice(paragraph.start, paragraph.end)]);
}

describe('Markdown import', () => {
  it('keeps headings, paragraphs, list items and table cells, and drops the markup', () => {
    const markdown = [
      '# Press *conference*',
      '',
      'Sergey **Lavrov** answered [questions](https://example.org) &amp; spoke `briefly`.',
      'The same paragraph goes on. ![photo](a.png)<br>',
      '',
      '- First topic',
      '- Second topic with _emphasis_',
      '  - Nested item',
      '',
      '1. Numbered',
      '',
      '> A quoted line.',
      '',
      '| Year | Share |',
      '| ---- | ----- |',
      '| 2007 | 130 % |',
      '',
      'Closing \\*remark\\*',
      '---------------',
    ].join('\n');
    expect(blocks(importMarkdown(markdown))).toEqual([
      ['heading', 'Press conference'],
      ['paragraph', 'Sergey Lavrov answered questions & spoke briefly. The same paragraph goes on.'],
      ['list-item', 'First topic'],
      ['list-item', 'Second topic with emphasis'],
      ['list-item', 'Nested item'],
      ['list-item', 'Numbered'],
      ['paragraph', 'A quoted line.'],
      ['table-cell', 'Year'], ['table-cell', 'Share'], ['table-cell', '2007'], ['table-cell', '130 %'],
      ['heading', 'Closing *remark*'],
    ]);
  });

  it('reads blocks of raw HTML as HTML', () => {
    const markdown = 'Intro.\n\n<div class="note">\n<p>Inside &amp; <b>bold</b>.</p>\n<script>x()</script>\n</div>\n\n<!-- a comment -->\n\nOutro.\n';
    expect(blocks(importMarkdown(markdown))).toEqual([['paragraph', 'Intro.'], ['paragraph', 'Inside & bold.'], ['paragraph', 'Outro.']]);
  });

  it('drops YAML front matter', () => {
    expect(blocks(importMarkdown('---\ntitle: Press\ndate: 2026-02-06\n---\n\n# Title\n\nText.\n'))).toEqual([['heading', 'Title'], ['paragraph', 'Text.']]);
  });
});

describe('HTML import', () => {
  const page = `<!DOCTYPE html><html><head><title>Site title</title><style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script></head>
<body>
<header><h1>Ministry site</h1><nav><ul><li><a href="/">Home</a></li></ul></nav></header>
<aside>Related links</aside>
<article>
  <h1>Press &amp; conference</h1>
  <p>Sergey Lavrov answered questions.<sup><a href="#fn1" role="doc-noteref">1</a></sup> He spoke<br>for an hour.</p>
  <div hidden>Hidden text</div><p style="display:none">Also hidden</p>
  <ul><li>First topic</li><li><p>Second topic</p><ol><li>Nested</li></ol></li></ul>
  <table><caption>Figures</caption><tr><th>Year</th><td>2007</td></tr></table>
  <p>Unclosed paragraph
  <p>Next &laquo;quoted&raquo; paragraph &#x2014; with entities.
  <section role="doc-endnotes"><ol><li id="fn1">The transcript is abridged.</li></ol></section>
</article>
<footer>© Ministry</footer>
<script>document.write('x')</script>
</body></html>`;

  it('keeps the article text with headings, lists, table cells and footnotes; drops scripts and navigation', () => {
    expect(blocks(importHtml(page))).toEqual([
      ['heading', 'Press & conference'],
      ['paragraph', 'Sergey Lavrov answered questions. He spoke for an hour.'],
      ['list-item', 'First topic'],
      ['list-item', 'Second topic'],
      ['list-item', 'Nested'],
      ['table-cell', 'Figures'], ['table-cell', 'Year'], ['table-cell', '2007'],
      ['paragraph', 'Unclosed paragraph'],
      ['paragraph', 'Next «quoted» paragraph — with entities.'],
      ['footnote', 'The transcript is abridged.'],
    ]);
  });

  it('reads the body when there is no article, and reads a Windows-1251 page from disk', async () => {
    const html = '<html><head><meta charset="windows-1251"></head><body><h2>Заявление</h2><p>Министр иностранных дел России сделал заявление для прессы о переговорах.</p></body></html>';
    const path = save('page.html', iconv.encode(html, 'windows-1251'));
    const doc = await importDocument(path);
    expect(doc.encoding).toBe('windows-1251');
    expect(blocks(doc)).toEqual([['heading', 'Заявление'], ['paragraph', 'Министр иностранных дел России сделал заявление для прессы о переговорах.']]);
  });
});

describe('DOCX import', () => {
  it('reads paragraphs, headings, list items, table cells and footnotes (mammoth)', async () => {
    const path = save('statement.docx', await sampleDocx());
    const doc = await importDocument(path);
    expect(doc.format).toBe('docx');
    expect(blocks(doc)).toEqual([
      ['heading', 'Press conference in Vienna'],
      ['paragraph', 'Sergey Lavrov answered questions. He spoke for an hour.'],
      ['list-item', 'First topic: security.'],
      ['list-item', 'Second topic: trade.'],
      ['table-cell', 'Year'], ['table-cell', 'Share'], ['table-cell', '2007'], ['table-cell', '130 percent'],
      ['heading', 'Closing remarks'],
      ['paragraph', 'Thank you for your attention.'],
      ['footnote', 'Transcript of the press conference, abridged.'],
    ]);
  });

  it('gives segmentDocument paragraphs their kinds back', async () => {
    const imported = await importDocument(save('statement.docx', await sampleDocx()));
    const segmented = applyParagraphKinds(segmentDocument(imported.text, 'en'), imported);
    expect(segmented.paragraphs.map((paragraph) => paragraph.kind)).toEqual(imported.paragraphs.map((paragraph) => paragraph.kind));
    const second = segmented.sentences.filter((sentence) => sentence.paragraph === 1).map((sentence) => sentence.text);
    expect(second).toEqual(['Sergey Lavrov answered questions.', 'He spoke for an hour.']);
  });

  it('becomes one side of a project: language detected, sentences split, kinds kept', async () => {
    const side = await readSideDocument(save('statement.docx', await sampleDocx()));
    expect(side).toMatchObject({ fileName: 'statement.docx', format: 'docx' });
    expect(side.document.lang).toBe('en');
    expect(side.document.paragraphs.map((paragraph) => paragraph.kind)).toEqual([
      'heading', 'paragraph', 'list-item', 'list-item', 'table-cell', 'table-cell', 'table-cell', 'table-cell', 'heading', 'paragraph', 'footnote',
    ]);
    const html = '<article><h1>Заявление министра</h1><p>Министр иностранных дел России сделал заявление. Переговоры продолжатся завтра.</p></article>';
    const russian = await readSideDocument(save('page.html', html));
    expect(russian.document.lang).toBe('ru');
    expect(russian.document.sentences.map((sentence) => sentence.text)).toEqual([
      'Заявление министра', 'Министр иностранных дел России сделал заявление.', 'Переговоры продолжатся завтра.',
    ]);
    expect(russian.encoding).toBe('utf-8');
  });

  it('takes heading styles with Russian names for headings', async () => {
    expect(blocks(await importDocument(save('ru.docx', await russianStyledDocx())))).toEqual([['heading', 'Заявление МИД'], ['paragraph', 'Текст заявления.']]);
  });

  it('is recognised by its content whatever its extension', async () => {
    const doc = await importDocument(save('statement.txt', await sampleDocx()));
    expect(doc.format).toBe('docx');
  });
});

describe('hostile and broken files', () => {
  it('a DOCX that is not a zip', async () => {
    const path = save('fake.docx', 'Just some text pretending to be Word.');
    expect(await errorKey(() => importDocument(path))).toBe('format.notZip');
  });

  it('a zip that is not a Word document', async () => {
    const zip = new JSZip().file('hello.txt', 'hello');
    const path = save('other.docx', await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(await errorKey(() => importDocument(path))).toBe('format.notDocx');
  });

  it('a zip bomb that declares its size (compression ratio far beyond any document)', async () => {
    const zip = new JSZip().file('[Content_Types].xml', '<Types/>').file('word/document.xml', 'a'.repeat(8 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(100_000);
    const path = save('bomb.docx', bytes);
    expect(await errorKey(() => importDocument(path))).toBe('format.zipBomb');
  });

  it('a zip bomb that lies about its sizes in the zip directory', async () => {
    const zip = new JSZip().file('word/document.xml', 'a'.repeat(8 * 1024 * 1024));
    const bytes = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    // Declare 100 bytes uncompressed in the local header (offset 22) and the central directory entry (offset 24).
    bytes.writeUInt32LE(100, 22);
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(100, central + 24);
    expect(await errorKey(() => assertSafeZip(bytes, 'liar.docx'))).toBe('format.zipBomb');
    expect(await errorKey(() => importDocument(save('liar.docx', bytes)))).toBe('format.zipBomb');
  });

  it('a zip declaring more than the total limit', async () => {
    const zip = new JSZip().file('word/document.xml', '<w:document/>');
    const bytes = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }));
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0xfffffff0, central + 24);
    expect(await errorKey(() => assertSafeZip(bytes, 'huge.docx'))).toBe('format.zipBomb');
  });

  it('a 200 MB file is refused from its size, before it is read', async () => {
    for (const name of ['huge.txt', 'huge.docx', 'huge.tmx']) {
      const path = join(dir, name);
      const fd = openSync(path, 'w');
      ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no disk space used, all zero bytes
      closeSync(fd);
      // Read, the zero bytes would be refused as binary (or not a zip): the size error proves nothing was read.
      const action = name.endsWith('.tmx') ? () => importBilingual(path) : () => importDocument(path);
      expect(await errorKey(action)).toBe('format.tooLarge');
      expect(statSync(path).size).toBe(200 * 1024 * 1024);
    }
  });

  it('markup nested thousands of levels deep', async () => {
    expect(await errorKey(() => importDocument(save('deep.html', `${'<div>'.repeat(50_000)}x${'</div>'.repeat(50_000)}`)))).toBe('format.tooDeep');
    expect(await errorKey(() => importDocument(save('deep.md', `${'>'.repeat(50_000)} x\n`)))).toBe('format.tooDeep');
  });

  it('binary data', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    expect(await errorKey(() => importDocument(save('data.txt', bytes)))).toBe('file.binary');
    expect(await errorKey(() => importDocument(save('data.md', bytes)))).toBe('file.binary');
  });

  it('missing files, folders, empty pages', async () => {
    expect(await errorKey(() => importDocument(join(dir, 'missing.docx')))).toBe('file.notFound');
    expect(await errorKey(() => importDocument(dir))).toBe('file.isDirectory');
    expect(await errorKey(() => importDocument(save('empty.html', '<html><body><nav>Menu</nav><script>x()</script></body></html>')))).toBe('file.empty');
  });

  it('leaves the refused file as it was', async () => {
    const path = save('bomb.docx', await new JSZip().file('word/document.xml', 'a'.repeat(4 * 1024 * 1024)).generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const before = readFileSync(path);
    await errorKey(() => importDocument(path));
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('bilingual files', () => {
  it('reads TMX and XLIFF files, and refuses them as one side of a project', async () => {
    const tmx = save('sample.tmx', writeTmx(sampleSnapshot()));
    const xliff = save('sample.xlf', writeXliff(sampleSnapshot()));
    expect((await importBilingual(tmx)).pairs).toHaveLength(5);
    expect((await importBilingual(xliff)).format).toBe('xliff');
    expect(await errorKey(() => importDocument(tmx))).toBe('format.bilingual');
    expect(await errorKey(() => importBilingual(save('plain.txt', 'Just text.')))).toBe('format.notBilingual');
  });

  it('decodes a TMX file in the encoding its XML declaration names', async () => {
    const xml = '<?xml version="1.0" encoding="windows-1251"?>\n<tmx version="1.4"><header srclang="ru" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="ru"><seg>Привет, мир.</seg></tuv><tuv xml:lang="en"><seg>Hello, world.</seg></tuv></tu></body></tmx>';
    const read = await importBilingual(save('cp1251.tmx', iconv.encode(xml, 'windows-1251')));
    expect(read.pairs[0]).toMatchObject({ src: 'Привет, мир.', tgt: 'Hello, world.' });
  });

  it('an XXE TMX file on disk is refused and the named file is never read into the result', async () => {
    const secret = save('secret.txt', 'TOP-SECRET');
    const xml = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file://${secret}">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv><tuv xml:lang="ru"><seg>a</seg></tuv></tu></body></tmx>`;
    expect(await errorKey(() => importBilingual(save('xxe.tmx', xml)))).toBe('format.xmlEntities');
  });
});
