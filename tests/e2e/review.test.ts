// End to end, in Chromium through the browser host: open the sample, find the bucha gloss, write a note,
// merge and split, undo, switch to Russian, reopen the project and see the note. Screenshots of the main
// screens go to test-results/screenshots/.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, serialSession, type Session } from './web-host';

const SAMPLE = join(import.meta.dirname, '..', '..', 'resources', 'samples', 'lavrov-osce-2026-02-06');

let session: Session;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
const rows = () => page.getByTestId('pair-row');
const shown = async () => (await page.getByTestId('shown-count').textContent()) ?? '';
/** The total number of pairs, from "N of M pairs". */
const totalPairs = async () => Number(/(\d[\d,\s\u00a0\u202f]*)\s+\D*$/u.exec(await shown())?.[1].replace(/\D/gu, ''));

// The steps build on each other: after a failure the rest are skipped (serialSession).
const e2e = serialSession('failure');
beforeAll(() => {
  session = e2e.session;
  page = e2e.page;
});

// The revised files the steps write, in a folder of this run's that goes with it.
const scratch = mkdtempSync(join(tmpdir(), 'sverka-review-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Waits for a locator, failing at once with the app's error banner when one appears instead. */
async function appear(locator: ReturnType<Page['getByTestId']>, timeout = 20_000): Promise<void> {
  const banner = page.getByRole('alert');
  await Promise.race([
    locator.waitFor({ timeout }),
    banner.waitFor({ timeout }).then(async () => {
      throw new Error(`the app shows an error: ${await banner.textContent()}`);
    }),
  ]);
}

describe('reviewing the sample in the browser', { timeout: 120_000 }, () => {
  it('creates a new project from two chosen files, languages detected and encodings shown', async () => {
    await page.getByTestId('open-sample').waitFor();
    await shot('01-start');
    for (const [side, file, lang] of [['src', 'ru.txt', 'ru'], ['tgt', 'en.txt', 'en']] as const) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId(`chooser-${side}`).getByRole('button').click();
      await (await chooser).setFiles(join(SAMPLE, file));
      await appear(page.getByTestId(`lang-${side}`));
      expect(await page.getByTestId(`lang-${side}`).inputValue()).toBe(lang);
      expect(await page.getByTestId(`chooser-${side}`).textContent()).toContain('UTF-8');
    }
    expect(await page.getByTestId('chooser-src').locator('.preview-text').textContent()).toContain('Лавров');
    await shot('01b-new-project');
    await page.getByTestId('create-project').click();
    // The progress dialog shows while the job runs (if the machine is quick it may already be gone).
    await page
      .getByRole('dialog')
      .waitFor({ timeout: 2_000 })
      .then(() => shot('01c-progress'))
      .catch(() => undefined);
    await appear(rows().first(), 60_000);
    expect(await page.getByTestId('project-name').textContent()).toBe('ru');
    await page.getByTestId('close-project').click();
  });

  it('shows the start screen and opens the bundled sample', async () => {
    await page.getByTestId('open-sample').waitFor();
    await page.getByTestId('open-sample').click();
    await appear(rows().first(), 60_000);
    expect(await page.getByTestId('project-name').textContent()).toBe('lavrov-osce-2026-02-06');
    expect(await totalPairs()).toBeGreaterThan(150);
    await shot('02-alignment');
  });

  it('finds the bucha gloss flag with its span underlined', async () => {
    await page.getByTestId('filter-flagged').selectOption('gloss');
    const bucha = rows().filter({ hasText: 'A bucha' });
    await bucha.waitFor();
    await bucha.click();
    const span = bucha.locator('.flag-gloss', { hasText: 'which means' });
    expect(await span.count()).toBeGreaterThan(0);
    expect(await bucha.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByTestId('pair-panel').locator('[data-flag-kind=gloss]').count()).toBeGreaterThan(0);
    await shot('03-gloss-flag');
  });

  it('writes a note on the gloss flag, shown in the row', async () => {
    const note = 'Pun on «бучу» lost; the gloss explains it. Keep.';
    const card = page.getByTestId('pair-panel').locator('[data-flag-kind=gloss][data-flag-text*="which means"]').first();
    await card.getByTestId('flag-note-open').click();
    await card.getByTestId('flag-note-input').fill(note);
    await card.getByTestId('flag-note-save').click();
    await expect.poll(() => rows().filter({ hasText: 'A bucha' }).getByTestId('row-notes').textContent()).toContain(note);
    await card.getByTestId('flag-accepted').click();
    await page.getByTestId('filter-flagged').selectOption('');
    await page.getByTestId('filter-notes').check();
    await expect.poll(() => rows().count()).toBe(1);
    await page.getByTestId('filter-notes').uncheck();
  });

  it('merges with the next pair, splits it again, and undoes the split', async () => {
    const total = await totalPairs();
    const selected = page.locator('[data-testid=pair-row][aria-selected=true]');
    const before = (await selected.textContent()) ?? '';
    await page.getByTestId('merge-next').click();
    await expect.poll(totalPairs, { timeout: 10_000 }).toBe(total - 1);
    const merged = (await selected.textContent()) ?? '';
    expect(merged.length).toBeGreaterThan(before.length);
    expect(merged).toContain('2:2');
    await shot('04-merged');

    await page.getByTestId('split').click();
    await page.getByTestId('split-apply').waitFor();
    await shot('05-split-dialog');
    await page.getByTestId('split-apply').click();
    await expect.poll(totalPairs, { timeout: 10_000 }).toBe(total);
    expect(await selected.textContent()).toContain('A bucha');

    await page.getByTestId('undo').click();
    await expect.poll(totalPairs, { timeout: 10_000 }).toBe(total - 1);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(totalPairs, { timeout: 10_000 }).toBe(total);
    await page.keyboard.press('Control+Z');
    await expect.poll(totalPairs, { timeout: 10_000 }).toBe(total - 1);
  });

  it('realigns from the selected pair down in a worker, the note kept', async () => {
    const total = await totalPairs();
    await page.getByTestId('realign').click();
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 60_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(Math.abs((await totalPairs()) - total)).toBeLessThan(10);
    expect(await rows().filter({ hasText: 'A bucha' }).getByTestId('row-notes').textContent()).toContain('Pun on «бучу» lost');
  });

  it('imports a revised translation: reviewed work kept, the changed pair marked', async () => {
    const revised = join(scratch, 'en-v2.txt');
    writeFileSync(revised, readFileSync(join(SAMPLE, 'en.txt'), 'utf8').replace('which means ‘frenzy’ in Russian', 'which means ‘uproar’ in Russian'));
    await page.getByTestId('revision').click();
    await page.getByTestId('revision-side-tgt').check();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('revision-choose').click();
    await (await chooser).setFiles(revised);
    await appear(page.getByTestId('revision-done'), 60_000);
    expect(await page.getByTestId('revision-done').textContent()).toMatch(/^Revision 2\. /u);
    await shot('06c-revision');
    await page.getByTestId('revision-show-changed').click();
    const changed = rows().filter({ hasText: 'uproar' });
    await changed.waitFor();
    expect(await changed.getByTestId('changed-mark').count()).toBe(1);
    expect(await changed.getByTestId('row-notes').textContent()).toContain('Pun on «бучу» lost');
    await page.getByTestId('filter-changed').uncheck();
  });

  it('compares the two revisions word by word and shows the change in the row', async () => {
    await page.getByTestId('revisions').click();
    await page.getByTestId('revisions-compare').click();
    const list = page.getByTestId('revision-changes');
    await appear(list.locator('li').first());
    expect(await list.locator('li').count()).toBe(1);
    expect(await list.locator('del').first().textContent()).toContain('frenzy');
    expect(await list.locator('ins').first().textContent()).toContain('uproar');
    await page.getByTestId('revisions-track').check();
    await shot('06d-revisions');
    await list.locator('li button').first().click();
    const row = page.locator('[data-testid=pair-row][aria-selected=true]');
    await row.getByTestId('tracked-change').waitFor();
    expect(await row.getByTestId('tracked-change').locator('ins').first().textContent()).toContain('uproar');
    await shot('06e-tracked-changes');
  });

  it('adds a second translation and shows it as a third column, word by word', async () => {
    const second = join(scratch, 'en-other.txt');
    writeFileSync(second, readFileSync(join(SAMPLE, 'en.txt'), 'utf8').replace('pardon the pun', 'if you will forgive the pun'));
    await page.getByTestId('translations').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('translation-add').click();
    await (await chooser).setFiles(second);
    await appear(page.getByTestId('translation-list'), 60_000);
    await page.getByTestId('third-show').click();
    const cell = rows().filter({ hasText: 'A bucha' }).getByTestId('third-cell');
    await appear(cell, 60_000);
    // Underlined: only in the second translation (which also still has 'frenzy', revised to 'uproar' in the main one).
    expect((await cell.locator('ins').allTextContents()).join('|')).toContain('if you will forgive');
    expect((await cell.locator('del').allTextContents()).join('|')).toContain('pardon');
    await shot('06f-third-column');
    await page.getByTestId('translations').click();
    await page.getByTestId('third-hide').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('third-cell').count()).toBe(0);
  });

  it('lists the keyboard shortcuts in Help', async () => {
    await page.getByTestId('help').click();
    const table = page.getByTestId('shortcuts');
    await table.waitFor();
    expect(await table.locator('tr').count()).toBeGreaterThanOrEqual(12);
    await shot('06-help');
    await page.keyboard.press('Escape');
    await table.waitFor({ state: 'detached' });
  });

  it('reviews with the keyboard: next flag, confirm, note', async () => {
    await rows().first().click();
    const selected = page.locator('[data-testid=pair-row][aria-selected=true]');
    const start = Number(await selected.getAttribute('data-pair-id'));
    await page.keyboard.press('f');
    await expect.poll(async () => Number(await selected.getAttribute('data-pair-id'))).not.toBe(start);
    expect(await selected.locator('.flag-span').count()).toBeGreaterThan(0);
    await page.keyboard.press('c');
    await expect.poll(() => page.getByTestId('progress-summary').textContent()).toMatch(/^1 of/u);
    await expect.poll(() => selected.getAttribute('class')).toContain('confirmed');
    await page.keyboard.press('n');
    await expect.poll(() => page.evaluate('document.activeElement?.dataset?.testid')).toBe('pair-note-input');
    await page.keyboard.press('Escape');
  });

  it('exports the project as TMX, with the note, as a download', async () => {
    await page.getByTestId('export').click();
    await page.getByTestId('export-format').selectOption('tmx');
    await shot('06b-export');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-start').click();
    const file = join(SCREENSHOTS, '..', 'exports', 'sample.tmx');
    await (await download).saveAs(file);
    const tmx = readFileSync(file, 'utf8');
    expect(tmx).toContain('<tmx version="1.4"');
    expect(tmx).toContain('Pun on «бучу» lost');
    await page.getByTestId('export-done').waitFor();
    await page.keyboard.press('Escape');
  });

  it('switches to Russian, reopens the project and still shows the note', async () => {
    await page.getByTestId('ui-language').selectOption('ru');
    await expect.poll(() => page.getByTestId('close-project').textContent()).toBe('Закрыть проект');
    expect(await shown()).toMatch(/пар/u);
    await shot('07-alignment-ru');
    await page.getByTestId('close-project').click();
    await page.getByTestId('recent-list').waitFor();
    await page.reload();
    await page.getByTestId('recent-list').waitFor();
    expect(await page.getByTestId('open-sample').textContent()).toBe('Открыть пример');
    await shot('08-start-ru');
    await page.getByTestId('recent-list').getByRole('button', { name: 'lavrov-osce-2026-02-06' }).click();
    await appear(rows().first());
    await page.getByTestId('filter-notes').check();
    const noted = rows().filter({ hasText: 'A bucha' });
    await noted.waitFor();
    expect(await noted.getByTestId('row-notes').textContent()).toContain('Pun on «бучу» lost');
    await shot('09-reopened-note-ru');
  });

  it('ran without page errors or Content-Security-Policy violations', () => {
    // A download or a 4xx answer the test provoked is not a page problem; everything else is.
    expect(session.problems.filter((problem) => !/status of 40[14]/u.test(problem))).toEqual([]);
  });
});
