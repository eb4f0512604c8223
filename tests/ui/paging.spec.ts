// The library list in two steps: web mode puts the list's first page in the app page, the window
// paints it, then asks for the rest. Every article must still be reachable by scrolling, rows not
// here yet show as placeholders of the same height, and a reload (no token in the address bar, so
// no data in the page) asks for the first page itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';
import { generateLibrary } from '../support/gen';
import { startWebMode, type WebMode } from '../support/webMode';

const ARTICLES = 600;

/** The arguments of every articles.page call the page makes. */
function listCalls(page: Page): Array<Record<string, unknown>> {
  const calls: Array<Record<string, unknown>> = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/call/articles.page')) calls.push(JSON.parse(r.postData() ?? '{}') as Record<string, unknown>);
  });
  return calls;
}

test.describe('a list longer than its first page', () => {
  let dir: string;
  let web: WebMode;
  test.beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-ui-paged-'));
    generateLibrary(dir, { articles: ARTICLES });
  });
  test.beforeEach(async () => {
    web = await startWebMode({ library: dir });
  });
  test.afterEach(async () => web.stop());
  test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('shows every article when scrolled, from the first page in the page and the rest asked after', async ({ page }) => {
    const calls = listCalls(page);
    await page.goto(web.url);
    const list = page.getByRole('listbox', { name: 'Library' });
    const options = list.getByRole('option');
    await expect(options.first()).toContainText('Field report no. 000600');
    await expect(options.first()).toHaveAttribute('aria-setsize', String(ARTICLES));
    // The first page came with the page; the only list call is for the whole list.
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]!.limit).toBeUndefined();

    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(list.getByText('Field report no. 000001')).toBeInViewport();
    await expect(list.locator('.loading')).toHaveCount(0);
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await expect(list.getByText('Field report no. 000300', { exact: false })).toBeVisible();

    // A reload has no token in the address bar (so no data in the page): it asks for the first page.
    calls.length = 0;
    await page.reload();
    await expect(options.first()).toContainText('Field report no. 000600');
    await expect(options.first()).toHaveAttribute('aria-setsize', String(ARTICLES));
    await expect.poll(() => calls.map((c) => c.limit ?? 'all')).toEqual([200, 'all']);
  });

  test('rows still on their way show as placeholders, then as articles', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/call/articles.page', async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(web.url);
    const list = page.getByRole('listbox', { name: 'Library' });
    await expect(list.getByRole('option').first()).toContainText('Field report no. 000600');
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(list.locator('.loading').last()).toBeInViewport();
    await expect(list.locator('.loading').first()).toHaveAttribute('aria-hidden', 'true');
    release();
    await expect(list.getByText('Field report no. 000001')).toBeInViewport();
    await expect(list.locator('.loading')).toHaveCount(0);
  });
});
