// Pins the build output the Electron window depends on, which nothing here can run: a CommonJS
// preload (a sandboxed renderer cannot load an ES-module preload) and the main bundle pointing at it.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const OUT = path.resolve(import.meta.dirname, '..', '..', 'out');

test('the preload is emitted as CommonJS and the window loads that file', () => {
  const preload = path.join(OUT, 'preload', 'index.cjs');
  expect(fs.existsSync(preload)).toBe(true);
  const code = fs.readFileSync(preload, 'utf8');
  expect(code).toMatch(/require\(["']electron["']\)/);
  expect(code).not.toMatch(/^\s*import\s|^\s*export\s/m);
  const main = fs.readFileSync(path.join(OUT, 'main', 'index.js'), 'utf8');
  expect(main).toContain('index.cjs');
  expect(main).toMatch(/sandbox:\s*true/);
  expect(main).toMatch(/contextIsolation:\s*true/);
  expect(main).toMatch(/nodeIntegration:\s*false/);
  expect(main).not.toMatch(/from\s+["']lowdb["']/); // lowdb is ESM-only: bundled, never loaded by name
});
