// Benchmark of what a person sees, in Debian's Chromium against web mode: the first paint of the
// library list on a generated library (beside the floor: a one-row page served the same way), and
// anchoring + painting 1,000 highlights on a 100,000-word article. Returns entries; never prints.
// Needs the renderer built (out/renderer).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import config, { CHROMIUM } from '../playwright.config';
import { generateLongArticle } from '../tests/support/gen';
import { ROOT, startWebMode } from '../tests/support/webMode';
import { ensureRendererBuilt } from '../src/web/rendererBuild';
import type { BenchEntry } from './stats';

const RUNS = 3;
/** Page loads per figure of the list's first paint (and of the floor, taken in turns with it). */
const LIST_RUNS = 5;

declare global {
  interface Window {
    __bench?: Record<string, number>;
  }
}

/** Builds the renderer when out/renderer is missing or older than its sources (web mode runs with --no-build). */
export function ensureRenderer(): void {
  ensureRendererBuilt(ROOT);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: config.use?.launchOptions?.args ?? ['--no-sandbox'] });
}

/**
 * Records, in the page's own clock (ms since navigation started), when the first list row and the
 * reader's title were attached and painted, and when `marks` distinct highlights were painted.
 * Each painted figure is also logged to the console: the bench waits for that message rather than
 * polling the page, which would load Playwright's injected script into the page while it starts.
 */
function recorder(marks: number) {
  return `(() => {
    const b = (window.__bench = {});
    const after = (key) => requestAnimationFrame(() => setTimeout(() => {
      b[key] = performance.now();
      console.debug('margin-bench:' + key);
    }, 0));
    const obs = new MutationObserver(() => {
      if (b.optionSeen === undefined && document.querySelector('[role=option]')) { b.optionSeen = performance.now(); after('listPainted'); }
      if (b.articleSeen === undefined && document.querySelector('article h1')) { b.articleSeen = performance.now(); after('articlePainted'); }
      if (${marks} > 0 && b.marksSeen === undefined && b.articleSeen !== undefined) {
        const ids = new Set(Array.from(document.querySelectorAll('mark[data-hl]'), (m) => m.getAttribute('data-hl')));
        if (ids.size >= ${marks}) { b.marksSeen = performance.now(); after('marksPainted'); }
      }
    });
    obs.observe(document, { childList: true, subtree: true });
  })();`;
}

async function measure(browser: Browser, url: string, key: string, marks = 0): Promise<Record<string, number>> {
  const page = await browser.newPage();
  await page.addInitScript(recorder(marks));
  const painted = page.waitForEvent('console', { predicate: (m) => m.text() === `margin-bench:${key}`, timeout: 120_000 });
  await page.goto(url);
  await painted;
  const result = await page.evaluate(() => {
    // When the list's first page was in the page's hands (the renderer marks it, whether it came in
    // the page itself or as an answer); else the end of the first answer carrying list rows.
    const mark = performance.getEntriesByName('margin:list-data')[0];
    const list = performance.getEntriesByType('resource').find((e) => /\/api\/call\/articles\.(page|list)$/.test(e.name)) as PerformanceResourceTiming | undefined;
    return { ...window.__bench, listData: mark?.startTime ?? list?.responseEnd ?? -1 };
  });
  await page.close();
  return result as Record<string, number>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (v: number) => Number(v.toFixed(1));

/**
 * The floor of the list's first paint: a page whose one small module script adds one list row,
 * served by web mode (same process, server and headers) and measured the same way. Nothing the
 * app does can paint sooner on this machine at this moment.
 */
function floorPage(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-floor-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en">\n<head><meta charset="UTF-8"><title>Floor</title><script type="module" src="./assets/floor.js"></script></head>\n<body><div id="app"></div></body>\n</html>\n',
  );
  fs.writeFileSync(
    path.join(dir, 'assets', 'floor.js'),
    "const li = document.createElement('li');\nli.setAttribute('role', 'option');\nli.textContent = 'Floor';\nconst ul = document.createElement('ul');\nul.setAttribute('role', 'listbox');\nul.append(li);\ndocument.getElementById('app').append(ul);\n",
  );
  return dir;
}

/**
 * First paint of the library list: median of LIST_RUNS page loads after one warm-up, taken in turns
 * with the floor page so that both see the same load on the machine.
 */
export async function benchListPaint(browser: Browser, dir: string, size: number): Promise<BenchEntry[]> {
  const floorDir = floorPage();
  const web = await startWebMode({ library: dir });
  const floor = await startWebMode({ args: ['--renderer', floorDir] });
  // MARGIN_BENCH_COMPARE_RENDERER=DIR: another build of the renderer (e.g. an older commit's
  // out/renderer, copied aside) on the same library, measured in the same turns, for before/after.
  const otherDir = process.env.MARGIN_BENCH_COMPARE_RENDERER;
  const other = otherDir ? await startWebMode({ library: dir, args: ['--renderer', path.resolve(otherDir)] }) : null;
  try {
    await measure(browser, web.url, 'listPainted');
    await measure(browser, floor.url, 'listPainted');
    if (other) await measure(browser, other.url, 'listPainted');
    const runs: Array<Record<string, number>> = [];
    const floors: number[] = [];
    const others: number[] = [];
    for (let i = 0; i < LIST_RUNS; i++) {
      runs.push(await measure(browser, web.url, 'listPainted'));
      floors.push((await measure(browser, floor.url, 'listPainted')).listPainted!);
      if (other) others.push((await measure(browser, other.url, 'listPainted')).listPainted!);
    }
    const floorMs = ms(median(floors));
    return [
      { name: 'list data in hand in Chromium (first page)', value: ms(median(runs.map((r) => r.listData!))), unit: 'ms', size },
      { name: 'first paint of the list in Chromium', value: ms(median(runs.map((r) => r.listPainted!))), unit: 'ms', size, baseline: floorMs },
      { name: 'first paint floor: one-row page, same server and browser', value: floorMs, unit: 'ms', size },
      ...(other ? [{ name: `comparison: list's first paint with the renderer in ${otherDir}`, value: ms(median(others)), unit: 'ms', size, baseline: floorMs }] : []),
    ];
  } finally {
    await web.stop();
    await floor.stop();
    await other?.stop();
    fs.rmSync(floorDir, { recursive: true, force: true });
  }
}

/**
 * Anchoring and painting 1,000 highlights on a 100,000-word article, timed in the page from the
 * article's title being attached to the 1,000th distinct highlight painted: this includes the
 * highlights.list request (the renderer does not expose its own lastPaintMs timing).
 */
export async function benchHighlightPaint(browser: Browser, root: string): Promise<BenchEntry[]> {
  const dir = path.join(root, 'margin-bench-long-article');
  fs.rmSync(dir, { recursive: true, force: true });
  const id = await generateLongArticle(dir, 100_000, 1_000);
  const web = await startWebMode({ library: dir });
  try {
    const url = `${web.origin}/article/${id}?token=${web.token}`;
    await measure(browser, url, 'marksPainted', 1000);
    const runs: Array<Record<string, number>> = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, url, 'marksPainted', 1000));
    const inPage: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(url);
      await page.locator('article.article mark[data-hl]').nth(999).waitFor({ timeout: 60_000 });
      inPage.push(Number(await page.locator('article.article').getAttribute('data-paint-ms')));
      await page.close();
    }
    return [
      { name: 'anchor and paint 1,000 highlights in the page (100k words)', value: ms(median(inPage)), unit: 'ms', size: 1000 },
      { name: '100,000-word article shown (title painted)', value: ms(median(runs.map((r) => r.articlePainted!))), unit: 'ms', size: 1000 },
      { name: 'anchor + paint 1,000 highlights (article shown → all painted)', value: ms(median(runs.map((r) => r.marksPainted! - r.articleSeen!))), unit: 'ms', size: 1000 },
    ];
  } finally {
    await web.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
