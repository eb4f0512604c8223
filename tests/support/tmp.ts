// Temp folders for tests, removed when the test file finishes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'margin-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export const SEEDS = path.resolve(import.meta.dirname, '..', '..', 'seeds');
export const SAMPLE = path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!);
