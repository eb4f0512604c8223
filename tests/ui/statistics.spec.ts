// The Statistics panel in real Chromium: the sample's quantities and both title/body warnings are
// listed; a click jumps to the number; "Highlight" turns its sentence into a highlight; trends.
import { test, expect } from './fixtures';

test('lists the sample’s quantities and warnings, jumps to a number, highlights its sentence', async ({ page, web }) => {
  await page.goto(web.url);
  await page.getByRole('tab', { name: 'Statistics' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Statistics' });
  const warnings = panel.getByRole('list', { name: 'Warnings' }).getByRole('listitem');
  await expect(warnings).toHaveCount(2);
  await expect(warnings.nth(0)).toContainText('1,020.010');
  await expect(warnings.nth(1)).toContainText('2020');

  const tanks = panel.getByRole('button', { name: /10,980 tanks/ });
  await expect(tanks).toBeVisible();
  await expect(panel.getByRole('button', { name: /about 1,000,000 troops killed or wounded/ })).toBeVisible();
  await expect(panel.getByRole('button', { name: /^7 aerial targets/ })).toBeVisible();
  // Not statistics: the pope's numeral, "One thing is clear".
  await expect(panel.getByText(/XIV|One thing/)).toHaveCount(0);

  // Jump from the title warning's body passage down to the body, then to a number.
  await warnings.nth(0).getByRole('button', { name: /^Body:/ }).click();
  const flashed = await page.locator('article.article').getAttribute('data-flashed');
  const text = await page.locator('article.article').evaluate((el) => el.textContent ?? '');
  expect(flashed).toMatch(/^\d+-\d+$/);

  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo(0, 0));
  await panel.getByRole('button', { name: /^29,718 artillery systems/ }).click();
  const [s, e] = (await page.locator('article.article').getAttribute('data-flashed'))!.split('-').map(Number);
  expect(e! - s!).toBe('29,718'.length);
  const visible = await page.evaluate(() => {
    const el = [...document.querySelectorAll('article.article p')].find((p) => p.textContent!.includes('29,718'))!;
    const r = el.getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0;
  });
  expect(visible).toBe(true);
  expect(text).toContain('29,718');

  await panel.getByRole('button', { name: 'Highlight the sentence with 10,980' }).click();
  const mark = page.locator('article.article mark[data-hl]');
  await expect(mark).toHaveCount(1);
  await expect(mark).toContainText('According to the General Staff');
  await expect(mark).toContainText('42,796 drones.');
  await page.getByRole('tab', { name: 'Highlights' }).click();
  await expect(page.getByRole('list', { name: 'Highlights in reading order' }).getByRole('listitem')).toHaveCount(1);
});

test('trends list labels that recur across articles with their values by date', async ({ page, web }) => {
  for (const [day, tanks] of [['1', 10950], ['2', 10980]] as const) {
    const res = await fetch(`${web.origin}/api/call/articles.importText`, {
      method: 'POST',
      headers: { 'X-Margin-Token': web.token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: `day${day}.txt`, content: `General Staff update, day ${day}\n\nRussia has lost ${tanks.toLocaleString('en-US')} tanks so far.` }),
    });
    expect((await res.json()).ok).toBe(true);
  }
  await page.goto(web.url);
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await page.getByRole('tabpanel', { name: 'Statistics' }).getByRole('button', { name: 'Trends' }).click();
  const trend = page.getByRole('dialog', { name: 'Trends' }).getByRole('region', { name: /Trend: tanks/ });
  await expect(trend.getByRole('img')).toHaveAttribute('aria-label', /10,9(50|80).*10,980|10,980.*10,950|10,950.*10,980/);
  await expect(trend.getByRole('row')).toHaveCount(4); // header + the sample + two updates
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Trends' })).toBeHidden();
});
