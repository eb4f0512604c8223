import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../src/main/services/services';
import { startWebServer, type WebServer } from '../../../src/web/server';
import { FIRST_PAGE_ELEMENT } from '../../../src/shared/api/firstPage';
import { SEEDS, tempDir } from '../../support/tmp';

let server: WebServer;
const renderer = tempDir();
const PAGE = '<!doctype html><title>Margin</title><script type="module" src="./assets/app-1a2b.js"></script><body><div id="app"></div></body></html>';

beforeAll(async () => {
  fs.writeFileSync(path.join(renderer, 'index.html'), PAGE);
  fs.mkdirSync(path.join(renderer, 'assets'));
  fs.writeFileSync(path.join(renderer, 'assets', 'app-1a2b.js'), 'export {};\n');
  const services = await createServices({ dir: tempDir(), seedsDir: SEEDS });
  server = await startWebServer({ services, rendererDir: renderer });
});
afterAll(() => server.close());

const call = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${server.port}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('web mode transport', () => {
  it('binds to 127.0.0.1 and prints a URL carrying a random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await call('articles.list', {})).status).toBe(401);
    expect((await call('articles.list', {}, { 'X-Margin-Token': 'x'.repeat(32) })).status).toBe(401);
    const res = await call('articles.list', {}, { 'X-Margin-Token': server.token });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; value: Array<{ title: string }> };
    expect(body.ok).toBe(true);
    expect(body.value[0]!.title).toMatch(/General Staff/);
  });

  it('serves the page with the strict CSP, and refuses foreign Host headers (DNS rebinding)', async () => {
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    // fetch() will not send a foreign Host header; a raw request does, as a rebinding page would.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: server.port, path: '/api/call/articles.list', method: 'POST', headers: { Host: 'evil.example', 'X-Margin-Token': server.token } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/..%2f..%2fpackage.json`);
    expect(res.status).toBe(404);
  });

  it('puts the list\'s first page in the app page opened with the token, and only then', async () => {
    const block = new RegExp(`<script type="application/json" id="${FIRST_PAGE_ELEMENT}">(.*?)</script></body></html>$`);
    for (const route of ['/', '/article/abc']) {
      const html = await (await fetch(`http://127.0.0.1:${server.port}${route}?token=${server.token}`)).text();
      const data = JSON.parse(block.exec(html)![1]!) as { ok: boolean; value: { total: number; rows: Array<{ title: string }> } };
      expect(data.ok).toBe(true);
      expect(data.value.total).toBe(1);
      expect(data.value.rows[0]!.title).toMatch(/General Staff/);
      expect(html.startsWith(PAGE.slice(0, PAGE.indexOf('</body>')))).toBe(true);
    }
    for (const token of ['', 'x'.repeat(32)]) {
      expect(await (await fetch(`http://127.0.0.1:${server.port}/?token=${token}`)).text()).toBe(PAGE);
    }
  });

  it('lets the browser keep the built assets, never the page', async () => {
    const page = await fetch(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const asset = await fetch(`http://127.0.0.1:${server.port}/assets/app-1a2b.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
  });
});
