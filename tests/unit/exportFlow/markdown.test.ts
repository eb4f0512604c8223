import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseExportedMarkdown } from '../../../src/shared/export/parse';
import { toObsidianTags } from '../../../src/shared/export/tags';
import type { LibraryEvent } from '../../../src/shared/api/methods';
import { tempDir } from '../../support/tmp';
import { MARKS, call, mark, sampleLibrary } from './library';

const mdFiles = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith('.md')).sort();

describe('export.run to a folder, through the contract', () => {
  it('writes the sample with every highlight, note, tag and colour, in reading order, and reports progress', async () => {
    const { s, sample, highlights } = await sampleLibrary();
    const out = path.join(tempDir(), 'vault', 'Margin');
    const events: LibraryEvent[] = [];
    s.events.subscribe((e) => events.push(e));
    const result = await call(s, 'export.run', { scope: { all: true }, target: 'folder', path: out, format: 'md', jobId: 'job-1' });
    expect(result).toMatchObject({ updated: [], skipped: [], outPath: out });
    expect(result.written).toHaveLength(1);
    expect(mdFiles(out)).toEqual([path.basename(result.written[0]!)]);

    const parsed = parseExportedMarkdown(fs.readFileSync(result.written[0]!, 'utf8'));
    expect(parsed.frontMatter).toMatchObject({ 'margin-id': sample.id, title: sample.title, 'highlight-count': MARKS.length });
    const [article] = parsed.articles;
    expect(article!.id).toBe(sample.id);
    expect(
      article!.highlights.map(({ id, quote, note, color, tags, orphaned }) => ({ id, quote, note, color, tags, orphaned })),
    ).toEqual(MARKS.map((m, i) => ({ id: highlights[i]!.id, quote: m.phrase, note: m.note, color: m.color, tags: toObsidianTags(m.tags), orphaned: false })));

    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual({ type: 'progress', jobId: 'job-1', task: 'export', done: 2, total: 2 });
  });

  it('keeps what the user wrote outside the marked section, and finds a renamed file, on re-export', async () => {
    const { s, sample } = await sampleLibrary();
    const out = tempDir();
    const first = await call(s, 'export.run', { scope: {}, target: 'folder', path: out, format: 'md' });
    const file = first.written[0]!;
    const renamed = path.join(out, 'My reading notes.md');
    const original = fs.readFileSync(file, 'utf8');
    const edited = original
      .replace('---\n<!-- margin:begin', 'rating: 5\n---\nMy summary above.\n\n<!-- margin:begin')
      .replace(/<!-- margin:end -->\n$/, '<!-- margin:end -->\n\n## My thoughts\n\nWritten by me.\n');
    expect(edited).not.toBe(original);
    fs.writeFileSync(renamed, edited);
    fs.rmSync(file);

    const added = mark(s, sample.id, 'Global Response', 'green', 'New note after the first export');
    const second = await call(s, 'export.run', { scope: { articleIds: [sample.id] }, target: 'folder', path: out, format: 'md' });
    expect(second).toMatchObject({ written: [], updated: [renamed], skipped: [] });
    expect(mdFiles(out)).toEqual(['My reading notes.md']);
    const text = fs.readFileSync(renamed, 'utf8');
    expect(text).toContain('My summary above.');
    expect(text).toContain('## My thoughts\n\nWritten by me.');
    const parsed = parseExportedMarkdown(text);
    expect(parsed.frontMatter).toMatchObject({ rating: 5, 'highlight-count': MARKS.length + 1 });
    const notes = parsed.articles[0]!.highlights.map((h) => h.note);
    expect(notes).toContain('New note after the first export');
    expect(parsed.articles[0]!.highlights.map((h) => h.id)).toContain(added.id);
  });

  it('exports only the articles whose tags all match, nested tags included', async () => {
    const { s, sample } = await sampleLibrary();
    const grain = await s.importer.importText('grain.md', '# Grain exports\n\nUkraine exported **4.2 million** tonnes of grain in March.\n', 'markdown');
    s.tags.setArticleTags(grain.id!, ['economy/grain']);
    mark(s, grain.id!, '4.2 million', 'yellow', 'Record month');

    const war = await call(s, 'export.run', { scope: { tags: ['war'] }, target: 'folder', path: tempDir(), format: 'md' });
    expect(war.written.map((f) => parseExportedMarkdown(fs.readFileSync(f, 'utf8')).articles[0]!.id)).toEqual([sample.id]);

    const economy = await call(s, 'export.run', { scope: { tags: ['economy'] }, target: 'folder', path: tempDir(), format: 'md' });
    const [only] = economy.written.map((f) => parseExportedMarkdown(fs.readFileSync(f, 'utf8')));
    expect(economy.written).toHaveLength(1);
    expect(only!.articles[0]).toMatchObject({ id: grain.id, title: 'Grain exports' });
    expect(only!.articles[0]!.highlights.map((h) => h.note)).toEqual(['Record month']);

    await expect(call(s, 'export.run', { scope: { tags: ['war', 'economy'] }, target: 'folder', path: tempDir(), format: 'md' })).rejects.toThrow(
      /no article is tagged "war" and "economy"/,
    );
  });

  it('writes one file with statistics and colour groups, marking highlights that lost their place', async () => {
    const { s, sample, highlights } = await sampleLibrary();
    const lost = { ...highlights[0]!, id: 'orphan-1', quote: { ...highlights[0]!.quote, exact: 'a sentence the article no longer has', prefix: '', suffix: '' } };
    s.highlights.restore(lost);
    const file = path.join(tempDir(), 'notes', 'All notes.md');
    const result = await call(s, 'export.run', {
      scope: { articleIds: [sample.id, 'nosucharticle'] },
      target: 'file',
      path: file,
      format: 'md',
      options: { includeStatistics: true, groupBy: 'color', includeNotes: false },
    });
    expect(result).toMatchObject({ written: [file], outPath: file });
    expect(result.skipped).toEqual([{ articleId: 'nosucharticle', title: 'nosucharticle', reason: 'it is not in the library' }]);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^### Yellow$/m);
    expect(text).toMatch(/^### Purple$/m);
    expect(text).toContain('## Statistics');
    expect(text).toContain('| 10,980 | 10980 | count | tanks |');
    expect(text).toContain('## Warnings');
    const parsed = parseExportedMarkdown(text);
    const hl = parsed.articles[0]!.highlights;
    expect(hl.filter((h) => h.orphaned).map((h) => h.id)).toEqual(['orphan-1']);
    expect(hl.every((h) => h.note === '')).toBe(true);
    expect(YAML.parse(text.split('---\n')[1]!)).toMatchObject({ articles: 1, 'highlight-count': MARKS.length + 1 });
  });

  it('refuses a target a file stands in for, and a relative path, with messages saying so', async () => {
    const { s } = await sampleLibrary({ marked: false });
    const blocker = path.join(tempDir(), 'Margin Export');
    fs.writeFileSync(blocker, 'not a folder');
    const outcome = await s.dispatch('export.run', { scope: {}, target: 'folder', path: blocker, format: 'md' });
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'io', message: `Cannot export to ${blocker}: a file is where the folder should be. Nothing was exported.` },
    });
    const below = await s.dispatch('export.run', { scope: {}, target: 'folder', path: path.join(blocker, 'notes'), format: 'md' });
    expect(below).toMatchObject({ ok: false, error: { message: /a file is where the folder should be/ } });
    expect(fs.readFileSync(blocker, 'utf8')).toBe('not a folder');
    const relative = await s.dispatch('export.run', { scope: {}, target: 'folder', path: 'notes/here', format: 'md' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'bad_input', message: /full path/ } });
  });

  it('gives one article as Markdown for the clipboard, and a default folder in the home folder', async () => {
    const { s, sample } = await sampleLibrary();
    const md = await call(s, 'export.markdown', { articleId: sample.id, options: { groupBy: 'tag' } });
    expect(md.startsWith(`# General Staff`)).toBe(true);
    expect(md).not.toContain('margin:begin');
    expect(md).toMatch(/^### war\/equipment\/tanks$/m);
    expect(parseExportedMarkdown(md).articles[0]!.highlights.map((h) => h.quote).sort()).toEqual(MARKS.map((m) => m.phrase).sort());
    const folder = await call(s, 'export.defaultFolder', {});
    expect(path.isAbsolute(folder)).toBe(true);
    expect(path.basename(folder)).toBe('Margin Export');
  });
});
