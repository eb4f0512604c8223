import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/tmp';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const margin = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'margin.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 });
const firstId = (lib: string) => (JSON.parse(margin(['list', '--json', '--library', lib]).stdout) as Array<{ id: string }>)[0]!.id;

describe('margin import-annotations', () => {
  it('moves highlights between libraries through W3C JSON, and refuses a broken file', () => {
    const from = tempDir();
    const to = tempDir();
    const out = path.join(tempDir(), 'notes.json');
    const id = firstId(from);
    expect(margin(['highlight', id, '--quote', 'seven aerial targets', '--color', 'blue', '--note', 'the airman', '--tag', 'air defense', '--library', from]).status).toBe(0);
    expect(margin(['export', '--out', out, '--format', 'w3c', '--library', from]).status).toBe(0);
    const r = margin(['import-annotations', out, '--json', '--library', to]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 1, skipped: [] });
    const list = JSON.parse(margin(['highlights', firstId(to), '--json', '--library', to]).stdout) as Array<{ color: string; note: string; tags: string[]; quote: { exact: string } }>;
    expect(list).toEqual([expect.objectContaining({ color: 'blue', note: 'the airman', tags: ['air defense'], quote: expect.objectContaining({ exact: 'seven aerial targets' }) })]);

    fs.writeFileSync(out, '{"type": "AnnotationCollection", "items": [{"target": ');
    const bad = margin(['import-annotations', out, '--library', to]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
