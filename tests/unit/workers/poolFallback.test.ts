// From source, a derive worker whose bundle cannot start (a broken or vanished build) is replaced by
// one started through tsx, and the tasks it took are derived all the same.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { deriveArticle } from '../../../src/main/render/deriveArticle';
import { DerivePool } from '../../../src/main/workers/derivePool';
import { SAMPLE, tempDir } from '../../support/tmp';

const broken = path.join(tempDir('margin-broken-'), 'broken.mjs');
fs.writeFileSync(broken, "throw new Error('this bundle is broken');\n");
vi.mock('../../../src/main/workers/sourceBundle', () => ({ sourceBundle: async () => broken }));

describe('derive pool from source', () => {
  it('falls back to tsx when the bundled worker dies before answering', async () => {
    const pool = DerivePool.create({ size: 1 })!;
    const dir = tempDir('margin-derive-');
    const meta = { id: 'f1', title: 'Sample', author: null, source: null, siteName: null, publishedAt: null, addedAt: '2026-01-01T00:00:00.000Z', format: 'text' as const, hash: 'f1', size: 0, trashedAt: null };
    const content = fs.readFileSync(SAMPLE, 'utf8');
    try {
      // The first task went to the broken worker and fails (the caller then derives it itself).
      await expect(pool.derive(meta, content, path.join(dir, 'a.json'))).rejects.toThrow();
      // The next one runs on a worker started through tsx.
      await pool.derive(meta, content, path.join(dir, 'b.json'));
    } finally {
      await pool.close();
    }
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'b.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(deriveArticle(meta, content))));
  });
});
