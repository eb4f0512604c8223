import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE, tempDir } from '../../support/tmp';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const margin = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'margin.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });

describe('the margin CLI, run as a child process', () => {
  it('lists a new library holding the sample article, as text and as JSON', () => {
    const lib = tempDir();
    const text = margin(['list', '--library', lib]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/General Staff: Russia lost .* — AI/);
    const json = margin(['list', '--json', '--library', lib]);
    const rows = JSON.parse(json.stdout) as Array<{ id: string; title: string; author: string }>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.author).toBe('AI');
  });

  it('honours MARGIN_LIBRARY, imports files, and shows an article', () => {
    const lib = tempDir();
    const file = path.join(tempDir(), 'note.md');
    fs.writeFileSync(file, '---\ntitle: Grain exports\nauthor: R. Smith\n---\n\nUkraine exported **4.2 million** tonnes.\n');
    const imported = margin(['import', file], { MARGIN_LIBRARY: lib });
    expect(imported.status).toBe(0);
    expect(imported.stderr).toMatch(/added: .*note\.md/);
    const rows = JSON.parse(margin(['list', '--json'], { MARGIN_LIBRARY: lib }).stdout) as Array<{ id: string; title: string }>;
    const grain = rows.find((r) => r.title === 'Grain exports')!;
    expect(grain).toBeDefined();
    const shown = margin(['show', grain.id, '--library', lib]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('Ukraine exported 4.2 million tonnes.');
    const again = margin(['import', file, '--library', lib]);
    expect(again.stderr).toMatch(/duplicate: .*Already in the library/);
  });

  it('exits 1 with one line for user errors, 2 for wrong usage', () => {
    const lib = tempDir();
    const missing = margin(['show', 'nosuchid', '--library', lib]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/No article with id nosuchid/);
    const binary = path.join(tempDir(), 'blob.txt');
    fs.writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0, 4]));
    const bad = margin(['import', binary, '--library', lib]);
    expect(bad.status).toBe(1);
    expect(margin(['frobnicate']).status).toBe(2);
    expect(margin(['show']).status).toBe(2);
    const help = margin(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/usage: margin <command>/);
    expect(fs.readFileSync(SAMPLE, 'utf8').length).toBeGreaterThan(0);
  });
});
