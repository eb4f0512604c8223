// The built app's derive worker (out/main/deriveWorker.js, started by Electron's main process for
// folder imports) runs under plain Node and caches exactly what the source derives.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { deriveArticle } from '../../src/main/render/deriveArticle';
import { DerivePool } from '../../src/main/workers/derivePool';
import { SAMPLE_FILE as SAMPLE } from '../support/sample';

const SCRIPT = path.resolve(import.meta.dirname, '..', '..', 'out', 'main', 'deriveWorker.js');

test('the bundled derive worker renders and extracts like the source', async () => {
  expect(fs.existsSync(SCRIPT)).toBe(true);
  const pool = DerivePool.create({ script: SCRIPT, size: 1 })!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-worker-'));
  const meta = { id: 'w1', title: 'Sample', author: null, source: null, siteName: null, publishedAt: null, addedAt: '2026-01-01T00:00:00.000Z', format: 'text' as const, hash: 'w1', size: 0, trashedAt: null };
  const content = fs.readFileSync(SAMPLE, 'utf8');
  try {
    await pool.derive(meta, content, path.join(dir, 'derived.json'));
    const cached = JSON.parse(fs.readFileSync(path.join(dir, 'derived.json'), 'utf8'));
    expect(cached).toEqual(JSON.parse(JSON.stringify(deriveArticle(meta, content))));
  } finally {
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
