import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExportedMarkdown } from '../../../src/shared/export/parse';
import { tempDir } from '../../support/tmp';
import { mark, sampleLibrary } from './library';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const margin = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'margin.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 });

describe('margin export, run as a child process', () => {
  it('exports a library to a folder and to W3C JSON, and fails with one line', async () => {
    const { s, sample: row } = await sampleLibrary({ marked: false });
    const lib = s.store.dir;
    mark(s, row.id, '10,980 tanks', 'green', 'Tanks *lost*', ['war/equipment']);

    const out = path.join(tempDir(), 'Notes');
    const folder = margin('export', '--out', out, '--tag', 'war', '--group-by', 'color', '--statistics', '--library', lib);
    expect(folder.status, folder.stderr).toBe(0);
    expect(folder.stdout).toMatch(/^written: .*General Staff.*\.md$/m);
    expect(folder.stdout).toMatch(/1 file written, 0 files updated, 0 skipped\.$/m);
    const [name] = fs.readdirSync(out);
    const text = fs.readFileSync(path.join(out, name!), 'utf8');
    expect(text).toMatch(/^### Green$/m);
    expect(text).toContain('## Statistics');
    expect(parseExportedMarkdown(text).articles[0]!.highlights).toMatchObject([
      { articleId: row.id, quote: '10,980 tanks', note: 'Tanks *lost*', color: 'green', tags: ['war/equipment'] },
    ]);

    const json = path.join(out, 'all.json');
    const w3c = margin('export', '--out', json, '--article', row.id, '--library', lib);
    expect(w3c.status, w3c.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 1 });

    const blocked = margin('export', '--out', path.join(json, 'inside'), '--library', lib);
    expect(blocked.status).toBe(1);
    expect(blocked.stderr.trim().split('\n')).toEqual([`margin: Cannot export to ${path.join(json, 'inside')}: a file is where the folder should be. Nothing was exported.`]);
  });
});
