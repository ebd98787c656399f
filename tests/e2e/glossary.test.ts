// End to end, in Chromium through the browser host: open the sample, import a glossary through the Glossary
// dialog (the file is uploaded like any chosen file), see the terminology flag count change and the flags on the
// pairs; a malformed glossary shows a translated error and changes nothing. Screenshots in test-results/screenshots/.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, serialSession, type Session } from './web-host';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'glossary');

let session: Session;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
const rows = () => page.getByTestId('pair-row');
/** The terminology flag count the dialog states. */
const flagCount = async () => Number(/(\d+)/u.exec((await page.getByTestId('glossary-flags').textContent()) ?? '')?.[1]);

// The steps build on each other: after a failure the rest are skipped (serialSession).
const e2e = serialSession('glossary-failure');
beforeAll(() => {
  session = e2e.session;
  page = e2e.page;
});

async function choose(file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('glossary-choose').click();
  await (await chooser).setFiles(join(FIXTURES, file));
}

describe('importing a glossary in the browser', { timeout: 120_000 }, () => {
  let before = 0;

  it('opens the sample and the Glossary dialog', async () => {
    await page.getByTestId('open-sample').click();
    await rows().first().waitFor({ timeout: 60_000 });
    await page.getByTestId('glossary').click();
    await page.getByTestId('glossary-flags').waitFor();
    before = await flagCount();
    expect(before).toBeGreaterThan(0);
  });

  it('refuses a malformed glossary with a translated message, the count unchanged', async () => {
    await choose('malformed.tbx');
    const banner = page.getByRole('alert');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('The TBX glossary cannot be read');
    expect(await page.getByTestId('glossary-done').count()).toBe(0);
    expect(await flagCount()).toBe(before);
  });

  it('imports a CSV glossary: entries added, more terminology flags', async () => {
    await choose('sample.csv');
    await page.getByTestId('glossary-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('glossary-done').textContent()).toBe('Added 3 glossary entries. The glossary has 3 entries.');
    await expect.poll(flagCount).toBeGreaterThan(before);
    await shot('07-glossary-imported');
  });

  it('shows the terminology flags, «ДСНВ» among them', async () => {
    await page.getByTestId('glossary-show-flags').click();
    await page.getByTestId('glossary-flags').waitFor({ state: 'detached' });
    expect(await page.getByTestId('filter-flagged').inputValue()).toBe('terminology');
    const treaty = rows().filter({ hasText: 'Strategic Arms Reduction Treaty' });
    await treaty.waitFor();
    await treaty.click();
    const card = page.getByTestId('pair-panel').locator('[data-flag-kind=terminology]', { hasText: 'New START' });
    await expect.poll(() => card.count()).toBeGreaterThan(0);
    await shot('07b-glossary-flag');
  });

  it('imports the same terms again (TBX): nothing added, in Russian with its plurals', async () => {
    await page.getByTestId('ui-language').selectOption('ru');
    await page.getByTestId('glossary').click();
    const count = await flagCount();
    await choose('sample.tbx');
    await page.getByTestId('glossary-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('glossary-done').textContent()).toBe('Добавлено 0 записей глоссария. 3 уже были в глоссарии. В глоссарии 3 записи.');
    expect(await flagCount()).toBe(count);
    expect(await page.getByTestId('glossary-flags').textContent()).toMatch(/^В проекте \d+ отмет(ка|ки|ок) терминологии\.$/u);
    await shot('07c-glossary-ru');
    expect(session.problems).toEqual([]);
  });
});
