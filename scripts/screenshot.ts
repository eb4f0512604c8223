// `npm run screenshot`: starts web mode on a temp library, opens the sample article in Debian's
// Chromium and saves resources/screenshot.png for the README.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../playwright.config';
import { ROOT, startWebMode } from '../tests/support/webMode';

const out = path.join(ROOT, 'resources', 'screenshot.png');
const web = await startWebMode();

/** Calls the web API with the token, as the page does. */
async function call<T>(method: string, args: unknown): Promise<T> {
  const res = await fetch(`${web.origin}/api/call/${method}`, { method: 'POST', headers: { 'X-Margin-Token': web.token, 'Content-Type': 'application/json' }, body: JSON.stringify(args) });
  const out = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!out.ok) throw new Error(out.error?.message);
  return out.value;
}

// A few highlights, so the picture shows what reading in Margin looks like.
const [article] = await call<Array<{ id: string }>>('articles.list', {});
const { text } = await call<{ text: string }>('articles.open', { id: article!.id });
const marks: Array<[string, string, string, string[]]> = [
  ['10,980 tanks, 22,922 armored fighting vehicles, and 42,796 drones', 'yellow', 'Compare with the MoD figures.', ['war/equipment']],
  ['1,070 casualties', 'pink', '', ['losses']],
  ['no one was injured or civilian buildings damaged in Lviv', 'green', '', []],
];
for (const [quote, color, note, tags] of marks) {
  const start = text.indexOf(quote);
  if (start >= 0) await call('highlights.add', { articleId: article!.id, start, end: start + quote.length, exact: quote, color, note, tags });
}
await call('articles.setTags', { id: article!.id, tags: ['ukraine', 'daily report'] });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(web.url);
  await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
  if (process.argv.includes('--statistics')) await page.getByRole('tab', { name: 'Statistics' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`saved ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  await web.stop();
}
