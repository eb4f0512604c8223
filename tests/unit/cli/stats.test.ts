import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE, tempDir } from '../../support/tmp';
import { labelKey, singular } from '../../../src/main/services/trends';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const margin = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'margin.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 });

interface Out {
  file?: string;
  statistics: Array<{ value: number; text: string; label: string; kind: string; approx: boolean; start: number; end: number }>;
  dates: Array<{ text: string; iso: string; start: number; end: number }>;
  warnings: Array<{ kind: string; message: string }>;
}

describe('margin stats FILE --json', () => {
  it('prints one object for one file, with offsets into the file as read (BOM stripped)', () => {
    const withBom = path.join(tempDir(), 'bom.txt');
    const raw = fs.readFileSync(SAMPLE, 'utf8');
    fs.writeFileSync(withBom, `\uFEFF${raw}`);
    const r = margin(['stats', withBom, '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.statistics.length).toBeGreaterThanOrEqual(10);
    for (const s of [...out.statistics, ...out.dates]) expect(raw.slice(s.start, s.end)).toBe(s.text);
    expect(out.warnings.map((w) => w.kind).sort()).toEqual(['date', 'number']);
    expect(out.dates.map((d) => d.iso)).toEqual(expect.arrayContaining(['2020-02-24', '2022-02']));
  });

  it('prints an array with a file field for several files, and refuses binaries', () => {
    const md = path.join(tempDir(), 'note.md');
    fs.writeFileSync(md, '# Quarterly results\n\nRevenue rose 12.5% to $3.5bn.\n');
    const out = JSON.parse(margin(['stats', SAMPLE, md, '--json']).stdout) as Out[];
    expect(out.map((o) => o.file)).toEqual([SAMPLE, md]);
    expect(out[1]!.statistics.map((s) => s.kind).sort()).toEqual(['money', 'percent']);
    const bin = path.join(tempDir(), 'x.txt');
    fs.writeFileSync(bin, Buffer.from([1, 0, 2, 0]));
    const bad = margin(['stats', bin]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/not a text file/);
  });
});

describe('trend labels', () => {
  it.each([
    ['tanks', 'tank'],
    ['casualties', 'casualty'],
    ['artillery systems', 'artillery system'],
    ['Tanks', 'tank'],
    ['new locations for air defenses', 'location for air defense'],
  ])('%s matches as %s', (label, key) => {
    expect(labelKey(label)).toBe(key);
  });
  it('keeps words that only look plural', () => {
    expect(singular('losses')).toBe('loss');
    expect(singular('status')).toBe('status');
  });
});
