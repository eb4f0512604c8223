// The other ways in, through the contract on a real temp library: a web page from a loopback
// server (its image stored and served by web mode), HTTP failures in plain words, dropped bytes,
// a list of files, and pasted text and HTML.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportItemResult } from '../../../src/shared/api/contract';
import type { Outcome } from '../../../src/shared/api/result';
import type { ArticleView } from '../../../src/shared/types';
import { createServices, type Services } from '../../../src/main/services/services';
import { startWebServer, type WebServer } from '../../../src/web/server';
import { png } from '../import/fixtures';
import { tempDir } from '../../support/tmp';

const CHART = png(40, 30, [20, 90, 160]);
const PARAGRAPH = 'Container traffic through the port rose 14% in March, the harbour authority said, as new cranes came into service. ';
const PAGE = `<!doctype html><html><head><title>Port traffic up 14%</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Port traffic up 14%</h1><p>${PARAGRAPH.repeat(4)}</p>
<figure><img src="/img/chart.png" alt="Traffic chart"><figcaption>Monthly traffic</figcaption></figure><p>${PARAGRAPH.repeat(3)}</p></article></body></html>`;

let s: Services;
let pages: http.Server;
let pagesUrl: string;
let web: WebServer;

function value<T>(outcome: Outcome<unknown>): T {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value as T;
}

beforeAll(async () => {
  s = await createServices({ dir: tempDir('margin-sources-') });
  pages = http.createServer((req, res) => {
    if (req.url === '/news/port') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url === '/img/chart.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(CHART);
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not here</h1>');
    }
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  web = await startWebServer({ services: s, rendererDir: tempDir() });
});

afterAll(async () => {
  await web.close();
  pages.closeAllConnections();
  await new Promise((resolve) => pages.close(resolve));
});

describe('import.url', () => {
  it('stores the page as an article whose image is a local asset that web mode serves', async () => {
    const r = value<ImportItemResult>(await s.dispatch('import.url', { url: `${pagesUrl}/news/port` }));
    expect(r).toMatchObject({ status: 'added', title: 'Port traffic up 14%' });
    const view = value<ArticleView>(await s.dispatch('articles.open', { id: r.id! }));
    expect(view.html).toMatch(/<img[^>]+src="assets\/img-1\.png"/);
    expect(view.html).not.toContain('127.0.0.1');
    expect(view.meta.source).toBe(`${pagesUrl}/news/port`);
    expect(view.text).toContain('rose 14% in March');

    const asset = await fetch(`http://127.0.0.1:${web.port}/api/assets/${r.id}/img-1.png`, { headers: { 'X-Margin-Token': web.token } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await asset.arrayBuffer())).toEqual(CHART);

    const again = value<ImportItemResult>(await s.dispatch('import.url', { url: `${pagesUrl}/news/port` }));
    expect(again).toMatchObject({ status: 'duplicate', id: r.id });
  });

  it('reports HTTP errors and unreachable servers plainly, storing nothing', async () => {
    const before = s.store.metas().length;
    expect(value<ImportItemResult>(await s.dispatch('import.url', { url: `${pagesUrl}/gone` }))).toEqual({
      name: `${pagesUrl}/gone`,
      status: 'failed',
      message: 'the server answered 404 Not Found',
    });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = value<ImportItemResult>(await s.dispatch('import.url', { url: `http://127.0.0.1:${port}/x` }));
    expect(refused).toMatchObject({ status: 'failed', message: `could not connect to 127.0.0.1:${port}: connection refused` });
    expect(await s.dispatch('import.url', { url: 'not a url' })).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(s.store.metas()).toHaveLength(before);
  });
});

describe('import.bytes, import.files and pasted text', () => {
  it('imports dropped bytes by their name, decoding windows-1251, and refuses what is not base64', async () => {
    const bytes = iconv.encode('Погода на неделю\n\nВ Киеве ожидается до 25 градусов тепла и небольшой дождь.\n', 'windows-1251');
    const r = value<ImportItemResult>(await s.dispatch('import.bytes', { name: 'C:\\Users\\me\\weather.txt', base64: bytes.toString('base64') }));
    expect(r).toMatchObject({ name: 'weather.txt', status: 'added', title: 'Погода на неделю' });
    const empty = value<ImportItemResult>(await s.dispatch('import.bytes', { name: 'nothing.md', base64: '' }));
    expect(empty).toEqual({ name: 'nothing.md', status: 'failed', message: '"nothing.md" is empty' });
    expect(await s.dispatch('import.bytes', { name: 'x.txt', base64: '<script>' })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('imports a list of files, each with its own result', async () => {
    const dir = tempDir('margin-files-');
    fs.writeFileSync(path.join(dir, 'one.md'), '# Fishing quotas\n\nThe catch limit was cut by 8%.\n');
    fs.writeFileSync(path.join(dir, 'two.txt'), 'Fishing quotas\n\nThe catch limit was cut by 8%.\n');
    const results = value<ImportItemResult[]>(await s.dispatch('import.files', { paths: [path.join(dir, 'one.md'), path.join(dir, 'two.txt'), path.join(dir, 'missing.txt'), dir] }));
    expect(results.map((r) => r.status)).toEqual(['added', 'added', 'failed', 'failed']);
    expect(results[2]!.message).toBe('"missing.txt" does not exist (or is a broken link)');
    expect(results[3]!.message).toMatch(/is a folder, not a file$/);
  });

  it('imports many chosen files in batches, each cached with its statistics, repeats told as duplicates', async () => {
    const dir = tempDir('margin-files-');
    const paths = Array.from({ length: 12 }, (_, i) => {
      const file = path.join(dir, `report-${i}.txt`);
      fs.writeFileSync(file, `Harbour report ${i % 10}\n\nThe port handled ${1000 + (i % 10)} ships and 4.2 million tonnes of grain.\n`);
      return file;
    });
    const results = value<ImportItemResult[]>(await s.dispatch('import.files', { paths }));
    expect(results.map((r) => r.status)).toEqual([...Array(10).fill('added'), 'duplicate', 'duplicate']);
    expect(results[10]!.id).toBe(results[0]!.id);
    for (const r of results.slice(0, 10)) {
      expect(fs.existsSync(path.join(s.store.dir, 'articles', r.id!, 'derived.json'))).toBe(true); // cached at import, before any open
      const view = value<ArticleView>(await s.dispatch('articles.open', { id: r.id! }));
      expect(view.extraction.statistics.map((q) => q.value)).toContain(4.2e6);
    }
  });

  it('keeps pasted HTML as HTML (sanitized) and reads pasted plain text', async () => {
    const html = value<ImportItemResult>(
      await s.dispatch('articles.importText', { name: 'Pasted text', content: '<h2>Budget vote</h2><p>The bill passed by <b>231</b> votes.</p><script>alert(1)</script>', format: 'html' }),
    );
    expect(html).toMatchObject({ status: 'added', title: 'Budget vote' });
    const view = value<ArticleView>(await s.dispatch('articles.open', { id: html.id! }));
    expect(view.html).toContain('<b>231</b>');
    expect(view.html).not.toContain('script');
    const text = value<ImportItemResult>(await s.dispatch('articles.importText', { name: 'Pasted text', content: 'Tram fares\n\nFares go up by 10 cents in July.' }));
    expect(text).toMatchObject({ status: 'added', title: 'Tram fares' });
  });
});
