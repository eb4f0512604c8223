// The same first flow in the real Electron app. Runs wherever Electron's binary is installed;
// elsewhere (CI here cannot download it) each test skips with one line saying why.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';
import { sampleHeadings, sampleTitle } from '../support/sample';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const pathFile = path.join(path.dirname(require.resolve('electron')), 'path.txt');
    const bin = path.join(path.dirname(pathFile), 'dist', fs.readFileSync(pathFile, 'utf8'));
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
test.skip(!binary, 'Electron binary not installed (npm install fetches it from GitHub; this machine cannot reach it)');

test('the app opens the sample library securely and reads the article', async () => {
  const library = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [ROOT, '--library', library, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: ROOT,
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('listbox', { name: 'Library' }).getByRole('option')).toHaveCount(1);
    await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(sampleTitle());
    for (const h of sampleHeadings()) await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
    // No Node in the page (sandbox, no nodeIntegration, context isolation): only the contract's bridge.
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((globalThis as { margin?: object }).margin ?? {}).sort().join(','),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: 'call,subscribe' });
    expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true);
    const before = page.url();
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
  } finally {
    await app.close();
    fs.rmSync(library, { recursive: true, force: true });
  }
});
