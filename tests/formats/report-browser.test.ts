/**
 * The HTML review report in a real browser (Debian's Chromium through playwright-core): it loads nothing but
 * itself, shows the highlighted spans, and prints to PDF.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeHtmlReport } from '../../shared/formats/html-report';
import { tempDir } from './helpers';
import { GLOSS_TEXT, sampleSnapshot } from './sample-snapshot';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('HTML review report in Chromium', () => {
  it('requests nothing beyond its own file, highlights the spans and prints', async () => {
    const path = join(dir, 'report.html');
    writeFileSync(path, writeHtmlReport(sampleSnapshot(), { language: 'ru' }));
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const errors: string[] = [];
      page.on('console', (message) => errors.push(message.text()));
      await page.goto(pathToFileURL(path).href);
      expect(requests).toEqual([pathToFileURL(path).href]);
      expect(errors).toEqual([]);
      expect(await page.title()).toBe('Отчёт о проверке: Lavrov & OSCE <2026>');
      const marks = await page.locator('mark').allTextContents();
      expect(marks).toContain(GLOSS_TEXT);
      const background = await page.locator('mark.kind-gloss').evaluate('(element) => getComputedStyle(element).backgroundColor');
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await browser.close();
    }
  });
});
