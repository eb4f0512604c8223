// The derive worker from source runs as an esbuild bundle cached in node_modules/.cache/margin/:
// built once, reused while its inputs are unchanged, rebuilt when one changes; and the worker it
// starts does not inherit tsx's loader flags.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutTsxFlags } from '../../../src/main/workers/derivePool';
import { sourceBundle } from '../../../src/main/workers/sourceBundle';
import { tempDir } from '../../support/tmp';

/** A tiny project: node_modules/ (where the cache goes) and an entry importing a second module. */
function project(): { entry: string; helper: string; cache: string } {
  const root = tempDir('margin-bundle-');
  fs.mkdirSync(path.join(root, 'node_modules'));
  fs.mkdirSync(path.join(root, 'src'));
  const entry = path.join(root, 'src', 'entry.ts');
  const helper = path.join(root, 'src', 'helper.ts');
  fs.writeFileSync(helper, 'export const answer: number = 41;\n');
  fs.writeFileSync(entry, "import { answer } from './helper';\nexport const value: number = answer + 1;\n");
  const past = new Date(Date.now() - 60_000);
  for (const f of [entry, helper]) fs.utimesSync(f, past, past);
  return { entry, helper, cache: path.join(root, 'node_modules', '.cache', 'margin') };
}

describe('source bundle of a worker', () => {
  it('is built once into node_modules/.cache and reused while the sources are unchanged', async () => {
    const { entry, cache } = project();
    const first = await sourceBundle(entry);
    expect(first).not.toBeNull();
    expect(path.dirname(first!)).toBe(cache);
    expect((await import(first!)).value).toBe(42);
    const mtime = fs.statSync(first!).mtimeMs;
    const again = await sourceBundle(entry);
    expect(again).toBe(first);
    expect(fs.statSync(again!).mtimeMs).toBe(mtime);
  });

  it('is rebuilt when a module it includes changes', async () => {
    const { entry, helper } = project();
    const first = await sourceBundle(entry);
    fs.writeFileSync(helper, 'export const answer: number = 99;\n');
    const second = await sourceBundle(entry);
    expect(second).not.toBe(first);
    expect((await import(second!)).value).toBe(100);
  });

  it('is null where it cannot be built (a syntax error): the pool then starts the worker through tsx', async () => {
    const { entry } = project();
    fs.writeFileSync(entry, 'export const = ;\n');
    expect(await sourceBundle(entry)).toBeNull();
  });

  it('starts workers without tsx loader flags, keeping the others', () => {
    expect(
      withoutTsxFlags([
        '--require',
        '/p/node_modules/tsx/dist/preflight.cjs',
        '--import',
        'file:///p/node_modules/tsx/dist/loader.mjs',
        '--import=tsx',
        '--max-old-space-size=512',
        '--import',
        './other.mjs',
      ]),
    ).toEqual(['--max-old-space-size=512', '--import', './other.mjs']);
  });
});
