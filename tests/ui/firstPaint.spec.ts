// The list's first paint: the shell (main.ts) paints the library pane from the page's embedded first
// page before the rest of the window (its own chunk) has loaded; the App then takes over the same
// list — the same row elements, the focus and the selection — and opens what was chosen meanwhile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';
import { generateLibrary } from '../support/gen';
import { startWebMode, type WebMode } from '../support/webMode';

const library = (page: Page) => page.getByRole('listbox', { name: 'Library' });
const heading = (page: Page) => page.getByRole('article').getByRole('heading', { level: 1 });

/** Holds every request matching `pattern` until the returned function is called. */
async function hold(page: Page, pattern: string | RegExp, when: (route: Route) => boolean = () => true): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    if (when(route)) await held;
    await route.continue();
  });
  return release;
}

test.describe('a library of twelve articles, one per month', () => {
  let dir: string;
  let web: WebMode;
  test.beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-ui-first-'));
    generateLibrary(dir, { articles: 12, highlightsPerArticle: 1 });
    const file = path.join(dir, 'library.json');
    const index = JSON.parse(fs.readFileSync(file, 'utf8')) as { articles: Array<{ addedAt: string }> };
    index.articles.forEach((a, i) => (a.addedAt = new Date(Date.UTC(2025, i, 9 + i, 12)).toISOString()));
    fs.writeFileSync(file, JSON.stringify(index));
  });
  test.beforeEach(async () => {
    web = await startWebMode({ library: dir });
  });
  test.afterEach(async () => web.stop());
  test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the shell paints the list before the window loads; the window takes over the same rows, focus and choice', async ({ page }) => {
    const release = await hold(page, /\/assets\/window-[^/]*\.js$/);
    await page.goto(web.url);
    const options = library(page).getByRole('option');
    await expect(options).toHaveCount(12);
    await expect(options.first()).toContainText('Field report no. 000012');
    await expect(page.getByRole('main', { name: 'Reader' })).toHaveCount(0);
    // The header and the tag browser's toggle are there already: nothing moves when the rest comes.
    await expect(page.getByRole('button', { name: 'Import' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tags' })).toBeVisible();
    const listTop = (await library(page).boundingBox())!.y;
    await options.nth(3).evaluate((li) => ((li as HTMLElement & { marked?: boolean }).marked = true));

    // The keyboard works on the shell's list; Enter chooses the article before the window can open it.
    await library(page).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(3)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');

    // The tag browser's toggle works at once; Import, pressed now, opens its dialog once it is there.
    await page.getByRole('button', { name: 'Tags' }).click();
    await expect(page.getByRole('button', { name: 'Tags' })).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('button', { name: 'Import' }).click();
    await library(page).focus();

    release();
    await expect(page.getByRole('dialog', { name: /Import/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: /Import/ })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Tag browser' }).getByRole('list', { name: 'Tags' })).toBeVisible();
    await page.getByRole('button', { name: 'Tags' }).click();
    await expect(page.getByRole('button', { name: 'Tags' })).toHaveAttribute('aria-expanded', 'false');
    await library(page).focus();
    await expect(heading(page)).toHaveText('Field report no. 000009');
    await expect(library(page)).toBeFocused();
    await expect(options.nth(3)).toHaveAttribute('aria-selected', 'true');
    expect(await options.nth(3).evaluate((li) => (li as HTMLElement & { marked?: boolean }).marked)).toBe(true);
    expect((await library(page).boundingBox())!.y).toBe(listTop);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Field report no. 000008');
  });

  test('dates written before ICU starts read as Intl writes them', async ({ page }) => {
    // The rows' dates as first inserted (by the shell, before the window and ICU start).
    await page.addInitScript(() => {
      const obs = new MutationObserver(() => {
        const rows = document.querySelectorAll('[role=option] .added');
        if (rows.length < 12) return;
        obs.disconnect();
        (window as unknown as { firstRows: string[] }).firstRows = Array.from(rows, (r) => r.textContent ?? '');
      });
      obs.observe(document, { childList: true, subtree: true });
    });
    await page.goto(web.url);
    await expect(heading(page)).toBeVisible();
    const first = await page.evaluate(() => (window as unknown as { firstRows: string[] }).firstRows);
    const intl = await page.evaluate(() => {
      const f = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
      return Array.from({ length: 12 }, (_, i) => ` · added ${f.format(new Date(Date.UTC(2025, 11 - i, 20 - i, 12)))}`);
    });
    expect(first).toEqual(intl);
    await expect(library(page).locator('.added')).toHaveText(intl);
  });
});

test('the article asked for last is the one shown, whichever answer comes first', async ({ page, web }) => {
  await fetch(`${web.origin}/api/call/articles.importText`, {
    method: 'POST',
    headers: { 'X-Margin-Token': web.token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'talks.txt', content: 'Slovakia talks\nBy Desk\n\nBlanar met envoys in Bratislava.' }),
  });
  await page.goto(web.url);
  await expect(heading(page)).toHaveText('Slovakia talks');
  const seedId = await library(page).getByRole('option', { name: /General Staff/ }).getAttribute('data-id');
  const release = await hold(page, '**/api/call/articles.open', (route) => route.request().postData()?.includes(seedId!) ?? false);
  await library(page).getByRole('option', { name: /General Staff/ }).click();
  await library(page).getByRole('option', { name: /Slovakia talks/ }).click();
  await expect(heading(page)).toHaveText('Slovakia talks');
  const late = page.waitForResponse((r) => r.url().endsWith('/api/call/articles.open') && (r.request().postData()?.includes(seedId!) ?? false));
  release();
  await late;
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  await expect(heading(page)).toHaveText('Slovakia talks');
  await expect(library(page).getByRole('option', { name: /Slovakia talks/ })).toHaveAttribute('aria-selected', 'true');
});
