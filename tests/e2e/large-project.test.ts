// A 20,000-pair project in the browser: the list is virtualised (a few dozen rows in the page wherever it is
// scrolled), the last pair is reachable, and a note on a pair deep in the list is saved and shown. Scrolling
// frame times are printed, not asserted (speed belongs to benchmarks).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createProject } from '../../electron/main/store/index';
import type { AlignedPair, Paragraph, SegmentedDocument, Sentence } from '../../shared/types';
import { buildApp, openSession, SCREENSHOTS, type Session } from './web-host';

const PAIRS = 20_000;

/** A document of `count` sentences, ten to a paragraph. */
function document(lang: string, count: number, sentence: (index: number) => string): SegmentedDocument {
  let text = '';
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  for (let index = 0; index < count; index += 1) {
    if (index % 10 === 0) {
      if (index > 0) {
        paragraphs[paragraphs.length - 1] = { ...paragraphs[paragraphs.length - 1], end: text.length };
        text += '\n\n';
      }
      paragraphs.push({ index: paragraphs.length, kind: 'paragraph', start: text.length, end: text.length });
    } else {
      text += ' ';
    }
    const value = sentence(index);
    sentences.push({ index, text: value, paragraph: paragraphs.length - 1, start: text.length, end: text.length + value.length });
    text += value;
  }
  paragraphs[paragraphs.length - 1] = { ...paragraphs[paragraphs.length - 1], end: text.length };
  return { lang, text, paragraphs, sentences };
}

let dir: string;
let session: Session;
let page: Page;

beforeAll(async () => {
  await buildApp();
  dir = mkdtempSync(join(tmpdir(), 'sverka-large-'));
  const projectPath = join(dir, 'large.sverka');
  const source = document('ru', PAIRS, (index) => `Предложение номер ${index + 1} в оригинале, довольно длинное, чтобы занять строку.`);
  const target = document('en', PAIRS, (index) => `Sentence number ${index + 1} in the translation, long enough to fill a line.`);
  const pairs: AlignedPair[] = source.sentences.map((_, index) => ({ src: [index], tgt: [index], score: index % 7 === 0 ? 0.3 : 0.95 }));
  const project = await createProject(projectPath, { source: { document: source, fileName: 'ru.txt' }, target: { document: target, fileName: 'en.txt' }, alignment: { pairs }, flags: [] }, { lexicon: null });
  await project.close();
  session = await openSession({
    beforeLoad: async (call) => {
      const opened = await call('project.open', { path: projectPath });
      if (!opened.ok) throw new Error(`project.open: ${JSON.stringify(opened.error)}`);
    },
  });
  page = session.page;
}, 300_000);

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a 20,000-pair project', { timeout: 120_000 }, () => {
  it('renders only the rows in view, wherever the list is scrolled', async () => {
    await page.getByTestId('pair-row').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('shown-count').textContent()).toContain('20,000');
    expect(await page.getByTestId('pair-row').count()).toBeLessThan(60);

    // Scroll in steps, one per frame, and record how long the frames took (the page runs this; it is DOM code).
    const scroll = (pixels: string) => `(async () => {
      const list = document.querySelector('[data-testid=pair-list]');
      const times = [];
      let last = performance.now();
      for (let step = 0; step < 100; step += 1) {
        list.scrollTop += ${pixels};
        await new Promise((done) => requestAnimationFrame(done));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times.sort((a, b) => a - b);
    })()`;
    for (const [name, pixels] of [['wheel-like steps of 240 px', '240'], ['jumps of 1/150 of the list', 'list.scrollHeight / 150']]) {
      const frames = await page.evaluate<number[]>(scroll(pixels));
      console.log(`scrolling 20,000 pairs, ${name}: median frame ${frames[frames.length >> 1].toFixed(1)} ms, 95th percentile ${frames[Math.floor(frames.length * 0.95)].toFixed(1)} ms`);
    }
    expect(await page.getByTestId('pair-row').count()).toBeLessThan(60);

    await page.getByTestId('pair-list').evaluate((list) => {
      list.scrollTop = list.scrollHeight;
    });
    await page.getByTestId('pair-row').filter({ hasText: 'Sentence number 20000 ' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, '10-large-project-end.png') });
  });

  it('saves a note on a pair deep in the list and finds it with the filters', async () => {
    await page.getByTestId('search').fill('number 15000 ');
    const row = page.getByTestId('pair-row').filter({ hasText: 'Sentence number 15000 ' });
    await row.click();
    await page.getByTestId('add-note').click();
    await page.getByTestId('pair-note-input').fill('Checked by hand.');
    await page.getByTestId('pair-note-save').click();
    await expect.poll(() => row.getByTestId('row-notes').textContent()).toContain('Checked by hand.');
    await page.getByTestId('search').fill('');
    await page.getByTestId('filter-notes').check();
    await expect.poll(() => page.getByTestId('pair-row').count()).toBe(1);
  });

  it('opens, merges and undoes on 20,000 pairs (times printed, not asserted)', async () => {
    // Reloading the page asks the host for the open project: the same snapshot, sending and rendering as opening.
    const opening = performance.now();
    await page.reload();
    await page.getByTestId('pair-row').first().waitFor({ timeout: 60_000 });
    const openMs = performance.now() - opening;
    // Where the time went, in the page's clock (from navigation): the request for the project, its answer, the row.
    const timing = await page.evaluate<number[]>(`(() => {
      const entry = performance.getEntriesByType('resource').find((item) => item.name.includes('/api/call/project.current'));
      return entry ? [entry.startTime, entry.responseStart, entry.responseEnd, performance.now()] : [];
    })()`);
    if (timing.length === 4) {
      const [sent, answered, received, shown] = timing.map((value) => value.toFixed(0));
      console.log(`20,000 pairs in the browser, reload (page clock): project asked at ${sent} ms, answer starts ${answered} ms, received ${received} ms, first row seen by ${shown} ms`);
    }
    expect(await page.getByTestId('shown-count').textContent()).toContain('20,000');
    await page.getByTestId('pair-row').nth(3).click();
    // Timed in the page: from the click on a button to the pair count changing on screen.
    const clickUntilCount = (button: string, count: string) =>
      page.evaluate<number>(`new Promise((done) => {
        const counter = document.querySelector('[data-testid=shown-count]');
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!counter.textContent.includes(${JSON.stringify(count)})) return;
          observer.disconnect();
          done(performance.now() - started);
        });
        observer.observe(counter, { childList: true, characterData: true, subtree: true });
        document.querySelector('[data-testid=${button}]').click();
      })`);
    const mergeMs = await clickUntilCount('merge-next', '19,999');
    const undoMs = await clickUntilCount('undo', '20,000');
    console.log(`20,000 pairs in the browser: reload to first screen ${openMs.toFixed(0)} ms, merge ${mergeMs.toFixed(0)} ms, undo ${undoMs.toFixed(0)} ms (click to updated count)`);
  });
});
