// `margin import` as a child process: a folder (recursively) and a web page in one run with --json,
// progress lines on stderr, and exit 1 only when everything failed.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/tmp';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** Runs the CLI without blocking this process, so the test's web server can answer it. */
function margin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin', 'margin.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as NodeJS.ErrnoException & { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/brief') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Ferry strike</title><article><h1>Ferry strike</h1><p>Ferries stopped for 48 hours; 12,000 passengers were stranded on the islands this week.</p></article>');
    } else {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('boom');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('margin import', () => {
  it('imports a folder and a URL with --json: counts and per-item results on stdout, progress on stderr', async () => {
    const lib = tempDir();
    const dir = tempDir('margin-cli-folder-');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Bridge repairs\n\nThe bridge will close for 3 weeks from June.\n');
    fs.writeFileSync(path.join(dir, 'sub', 'b.md'), '# School places\n\nThe city adds 450 school places.\n');
    fs.writeFileSync(path.join(dir, 'sub', 'again.txt'), 'Bridge repairs\n\nThe bridge will close for 3 weeks from June.\n');
    fs.writeFileSync(path.join(dir, 'sub', 'broken.html'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));

    const run = await margin(['import', dir, `${base}/brief`, '--json', '--library', lib]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { added: number; duplicates: number; failed: number; results: Array<{ name: string; status: string; title?: string; message?: string }> };
    expect(summary).toMatchObject({ added: 3, duplicates: 1, failed: 1 });
    const shown = (name: string) => (name.startsWith(dir) ? path.relative(dir, name).replace(/\\/g, '/') : name);
    expect(summary.results.map((r) => [shown(r.name), r.status])).toEqual([
      ['a.txt', 'added'],
      ['sub/again.txt', 'duplicate'],
      ['sub/b.md', 'added'],
      ['sub/broken.html', 'failed'],
      [`${base}/brief`, 'added'],
    ]);
    expect(summary.results.at(-1)).toMatchObject({ name: `${base}/brief`, title: 'Ferry strike' });
    expect(run.stderr).toContain(`[1/4] added: ${path.join(dir, 'a.txt')}`);
    expect(run.stderr).toMatch(/\[2\/4\] duplicate: .*again\.txt — Already in the library as "Bridge repairs"\./);
    expect(run.stderr).toMatch(/\[4\/4\] failed: .*broken\.html — "broken\.html" is a PDF document/);
    expect(run.stderr).toContain(`added: ${base}/brief`);
  });

  it('exits 1 when everything failed, still printing the JSON summary', async () => {
    const lib = tempDir();
    const run = await margin(['import', `${base}/missing`, path.join(tempDir(), 'nope.txt'), '--json', '--library', lib]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ added: 0, duplicates: 0, failed: 2 });
    expect(run.stderr).toContain(`failed: ${base}/missing — the server answered 500 Internal Server Error`);
    expect(run.stderr).toMatch(/margin: nothing imported \(2 failed\)/);
  });
});
