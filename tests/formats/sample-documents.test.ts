/**
 * The bundled sample pair as the files translators actually have: the Russian original as a Word document and
 * the English translation as a web page with navigation around it. Both must give the sentences the plain-text
 * files give, with the paragraph structure kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSideDocument } from '../../electron/main/import/read-side-document';
import { tempDir } from './helpers';

const SAMPLE = fileURLToPath(new URL('../../resources/samples/lavrov-osce-2026-02-06/', import.meta.url));

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function lines(name: string): string[] {
  return readFileSync(join(SAMPLE, name), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const normalise = (texts: readonly string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim());

describe('the sample pair as DOCX and HTML', () => {
  it('the Russian original as DOCX gives the sentences of the text file', async () => {
    const paragraphs = lines('ru.txt');
    const docx = new Document({
      sections: [{ children: paragraphs.map((text, i) => new Paragraph(i === 1 ? { text, heading: HeadingLevel.HEADING_1 } : { text })) }],
    });
    const path = join(dir, 'ru.docx');
    writeFileSync(path, await Packer.toBuffer(docx));
    const fromDocx = await readSideDocument(path, { lang: 'ru' });
    const fromText = await readSideDocument(join(SAMPLE, 'ru.txt'), { lang: 'ru' });
    expect(normalise(fromDocx.document.sentences.map((s) => s.text))).toEqual(normalise(fromText.document.sentences.map((s) => s.text)));
    expect(fromDocx.document.paragraphs).toHaveLength(paragraphs.length);
    expect(fromDocx.document.paragraphs[1].kind).toBe('heading');
  });

  it('the English translation as a web page gives the sentences of the text file', async () => {
    const paragraphs = lines('en.txt');
    const html = `<!DOCTYPE html><html><head><title>MFA</title><script>track()</script></head><body>
<header><nav><a href="/">Home</a> <a href="/press">Press</a></nav></header>
<main><article>
${paragraphs.map((text, i) => (i === 1 ? `<h1>${escapeHtml(text)}</h1>` : `<p>${escapeHtml(text)}</p>`)).join('\n')}
</article><aside>Related: other statements</aside></main>
<footer>© MFA of Russia</footer></body></html>`;
    const path = join(dir, 'en.html');
    writeFileSync(path, html);
    const fromHtml = await readSideDocument(path);
    expect(fromHtml.document.lang).toBe('en');
    const fromText = await readSideDocument(join(SAMPLE, 'en.txt'), { lang: 'en' });
    expect(normalise(fromHtml.document.sentences.map((s) => s.text))).toEqual(normalise(fromText.document.sentences.map((s) => s.text)));
    expect(fromHtml.document.paragraphs).toHaveLength(paragraphs.length);
    expect(fromHtml.document.paragraphs[1].kind).toBe('heading');
  });
});
