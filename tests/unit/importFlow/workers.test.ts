// Rendering and statistics of imported articles on worker threads: what a worker caches is exactly
// what the main thread would derive, a folder import caches every article that way, and a pool
// whose workers stopped mid-task fails those tasks and starts new workers for the next.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../src/shared/api/contract';
import type { ArticleMeta } from '../../../src/shared/types';
import { deriveArticle } from '../../../src/main/render/deriveArticle';
import { createServices } from '../../../src/main/services/services';
import { DerivePool } from '../../../src/main/workers/derivePool';
import { generateArticle } from '../../../bench/import';
import { mulberry32 } from '../../../src/shared/random';
import { SAMPLE, tempDir } from '../../support/tmp';

const meta = (id: string, title: string): ArticleMeta => ({
  id,
  title,
  author: null,
  source: null,
  siteName: null,
  publishedAt: '2024-03-01T00:00:00.000Z',
  addedAt: '2026-01-01T00:00:00.000Z',
  format: 'text',
  hash: id,
  size: 0,
  trashedAt: null,
});

describe('derive workers', () => {
  it('cache exactly what the main thread derives, for several articles at once', async () => {
    const pool = DerivePool.create({ size: 2 })!;
    expect(pool).not.toBeNull();
    const dir = tempDir('margin-derive-');
    const rand = mulberry32(3);
    const articles = [fs.readFileSync(SAMPLE, 'utf8'), ...Array.from({ length: 5 }, (_, i) => generateArticle(i, rand))];
    try {
      await Promise.all(articles.map((content, i) => pool.derive(meta(`a${i}`, `Article ${i}`), content, path.join(dir, `a${i}.json`))));
    } finally {
      await pool.close();
    }
    articles.forEach((content, i) => {
      const cached = JSON.parse(fs.readFileSync(path.join(dir, `a${i}.json`), 'utf8'));
      expect(cached).toEqual(JSON.parse(JSON.stringify(deriveArticle(meta(`a${i}`, `Article ${i}`), content))));
      expect(cached.extraction.statistics.length).toBeGreaterThan(0);
    });
  });

  it('fails the tasks of workers stopped mid-way, then starts new workers', async () => {
    const pool = DerivePool.create({ size: 1 })!;
    const dir = tempDir('margin-derive-');
    const content = fs.readFileSync(SAMPLE, 'utf8');
    const first = pool.derive(meta('x', 'X'), content, path.join(dir, 'x.json'));
    await pool.close();
    await expect(first).rejects.toThrow(/stopped/);
    await pool.derive(meta('y', 'Y'), content, path.join(dir, 'y.json'));
    await pool.close();
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'y.json'), 'utf8')).text).toContain('troops');
  });

  it('a folder import caches rendering and statistics of every article it adds', async () => {
    const s = await createServices({ dir: tempDir('margin-lib-') });
    const source = tempDir('margin-src-');
    const rand = mulberry32(11);
    for (let i = 0; i < 60; i++) fs.writeFileSync(path.join(source, `a${i}.txt`), generateArticle(i, rand));
    const outcome = await s.dispatch('import.folder', { path: source, jobId: 'w' });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const added = (outcome.value as ImportSummary).results.filter((r) => r.status === 'added');
    expect(added).toHaveLength(60);
    for (const r of added) {
      const file = path.join(s.store.dir, 'articles', r.id!, 'derived.json');
      const cached = JSON.parse(fs.readFileSync(file, 'utf8'));
      const m = s.store.meta(r.id!);
      expect(cached.extraction).toEqual(JSON.parse(JSON.stringify(deriveArticle(m, s.store.content(r.id!)).extraction)));
    }
  });
});
