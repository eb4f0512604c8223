import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../src/main/services/services';
import { startWebServer, type WebServer } from '../../../src/web/server';
import { SEEDS, tempDir } from '../../support/tmp';

let server: WebServer;
const renderer = tempDir();

beforeAll(async () => {
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Margin</title>');
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
});
