import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPath, listImportable } from '../../../src/main/import';
import { tempDir } from './fixtures';

let dir: string;
let cleanup: () => void;

async function collect(iterable: AsyncIterable<string> | Promise<string[]>): Promise<string[]> {
  if (iterable instanceof Promise) return iterable;
  const out: string[] = [];
  for await (const p of iterable) out.push(p);
  return out;
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir('margin-walk-'));
  for (let d = 0; d < 100; d++) {
    const sub = path.join(dir, `shelf-${String(d).padStart(3, '0')}`, 'box');
    fs.mkdirSync(sub, { recursive: true });
    for (let f = 0; f < 100; f++) {
      const ext = ['.txt', '.md', '.html', '.htm', '.markdown'][f % 5];
      fs.writeFileSync(path.join(f % 2 ? sub : path.dirname(sub), `note-${f}${ext}`), `Note ${d}/${f}\n`);
    }
  }
  fs.mkdirSync(path.join(dir, '.git', 'objects'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.git', 'objects', 'HEAD.txt'), 'hidden');
  fs.writeFileSync(path.join(dir, '.hidden.md'), 'hidden');
  fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'README.md'), 'dependency');
  fs.writeFileSync(path.join(dir, 'photo.png'), 'not importable');
  fs.writeFileSync(path.join(dir, 'data.json'), '{}');
  fs.symlinkSync(dir, path.join(dir, 'shelf-000', 'loop-to-root'));
  fs.symlinkSync(path.join(dir, 'shelf-001'), path.join(dir, 'shelf-002', 'loop-to-sibling'));
  fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling.txt'));
});
afterAll(() => cleanup());

describe('listImportable', () => {
  it('lists all 10,000 notes once, skipping hidden entries, node_modules, other types and symlink loops', async () => {
    const started = performance.now();
    const files = await collect(listImportable(dir));
    const ms = performance.now() - started;
    expect(files).toHaveLength(10_000);
    expect(new Set(files).size).toBe(10_000);
    expect(files.every((f) => /shelf-\d{3}(\/box)?\/note-\d+\.(txt|md|html|htm|markdown)$/.test(f))).toBe(true);
    expect(files.some((f) => f.includes('loop-to'))).toBe(false);
    expect(files[0]).toBe(path.join(dir, 'shelf-000', 'box', 'note-1.md'));
    expect(ms).toBeLessThan(10_000);
  });

  it('yields the one file when given a file, nothing for a missing path', async () => {
    const file = path.join(dir, 'shelf-004', 'note-0.txt');
    expect(await collect(listImportable(file))).toEqual([file]);
    expect(await collect(listImportable(path.join(dir, 'missing')))).toEqual([]);
  });

  it('stops early when aborted', async () => {
    const controller = new AbortController();
    const files: string[] = [];
    for await (const f of listImportable(dir, { signal: controller.signal }) as AsyncIterable<string>) {
      files.push(f);
      if (files.length === 25) controller.abort();
    }
    expect(files).toHaveLength(25);
  });

  it('lists files that import', async () => {
    const files = await collect(listImportable(path.join(dir, 'shelf-007')));
    expect(files).toHaveLength(100);
    const items = await Promise.all(files.slice(0, 10).map((f) => importPath(f)));
    expect(items.every((i) => i.ok)).toBe(true);
  });
});
