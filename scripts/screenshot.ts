// `npm run screenshot`: starts web mode on a temp library, opens the sample article in Debian's
// Chromium and saves resources/screenshot.png for the README.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../playwright.config';
import { ROOT, startWebMode } from '../tests/support/webMode';

const out = path.join(ROOT, 'resources', 'screenshot.png');
const web = await startWebMode();
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
