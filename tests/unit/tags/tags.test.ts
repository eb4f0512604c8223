import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeTag, tagKey, tagMatches } from '../../../src/shared/tags';
import { createServices, type Services } from '../../../src/main/services/services';
import { tempDir } from '../../support/tmp';

describe('tag names', () => {
  it.each([
    ['  Air Defense ', 'Air Defense'],
    ['#war', 'war'],
    ['war / equipment', 'war/equipment'],
    ['war//equipment/', 'war/equipment'],
    ['multiple   spaces', 'multiple spaces'],
    ['Cafe\u0301', 'Café'],
  ])('normalises %j to %j', (raw, want) => {
    expect(normalizeTag(raw)).toBe(want);
    expect(normalizeTag(raw).normalize('NFC')).toBe(normalizeTag(raw));
  });

  it('matches without regard to case, and nested tags under their parent', () => {
    expect(tagKey('Air Defense')).toBe(tagKey('air defense'));
    expect(tagMatches('war/equipment', 'WAR')).toBe(true);
    expect(tagMatches('warfare', 'war')).toBe(false);
  });

  it('refuses empty, over-long and malformed names with a message', () => {
    expect(() => normalizeTag('   ')).toThrow(/at least one letter/);
    expect(() => normalizeTag('/')).toThrow(/at least one letter/);
    expect(() => normalizeTag('x'.repeat(101))).toThrow(/at most 100 characters/);
    expect(() => normalizeTag('a,b')).toThrow(/cannot contain/);
  });
});

function text(s: Services, id: string) {
  return s.views.derived(id).text;
}

async function library(articles: number) {
  const dir = tempDir();
  const s = await createServices({ dir });
  const ids: string[] = [];
  for (let i = 0; i < articles; i++) {
    const r = await s.importer.importText(`report-${i}.txt`, `Report ${i}\n\nRussia lost ${100 + i} tanks and ${i * 3} drones on day ${i}.`, 'text');
    ids.push(r.id!);
  }
  return { dir, s, ids };
}

function addTagged(s: Services, id: string, quote: string, tags: string[]) {
  const t = text(s, id);
  const start = t.indexOf(quote);
  return s.highlights.add({ articleId: id, start, end: start + quote.length, color: 'yellow', tags });
}

describe('tags across the library', () => {
  it('counts articles and passages, filters by one and by several tags (nested included)', async () => {
    const { s, ids } = await library(4);
    s.tags.setArticleTags(ids[0]!, ['war/equipment', 'Diplomacy']);
    s.tags.setArticleTags(ids[1]!, ['war']);
    addTagged(s, ids[2]!, 'tanks', ['war/equipment']);
    addTagged(s, ids[3]!, 'drones', ['air defense']);
    const list = s.tags.list();
    expect(list.find((t) => t.tag === 'war/equipment')).toMatchObject({ articles: 1, passages: 1 });
    const rows = s.store.summaries();
    const titles = (tags: string[]) => s.tags.filterArticles(rows, tags).map((r) => r.title).sort();
    expect(titles(['war'])).toEqual(['Report 0', 'Report 1', 'Report 2']);
    expect(titles(['WAR/Equipment'])).toEqual(['Report 0', 'Report 2']);
    expect(titles(['war', 'diplomacy'])).toEqual(['Report 0']);
    expect(titles(['nothing'])).toEqual([]);
  });

  it('renames everywhere, merges onto an existing tag, deletes, and undo restores exactly', async () => {
    const { dir, s, ids } = await library(30);
    for (const id of ids) {
      s.tags.setArticleTags(id, ['losses', 'war']);
      addTagged(s, id, 'tanks', ['Losses', 'equipment']);
    }
    const before = ids.map((id) => structuredClone(s.store.annotationsOf(id)));
    const rename = s.tags.rename('losses', 'war');
    expect(rename).toMatchObject({ merged: true, articles: 30, passages: 30 });
    expect(s.store.annotationsOf(ids[5]!).tags).toEqual(['war']);
    expect(s.highlights.list(ids[5]!)[0]!.tags).toEqual(['war', 'equipment']);
    s.tags.undoChange(rename.undoToken);
    expect(ids.map((id) => s.store.annotationsOf(id))).toEqual(before);

    const del = s.tags.delete('equipment');
    expect(del.passages).toBe(30);
    expect(s.tags.list().some((t) => t.tag === 'equipment')).toBe(false);
    // Persistence: a restart of the services on the same folder sees the change.
    const again = await createServices({ dir });
    expect(again.tags.list().map((t) => tagKey(t.tag)).sort()).toEqual(['losses', 'war']);
    expect(again.highlights.list(ids[0]!)[0]!.tags).toEqual(['Losses']);
    expect(() => s.tags.undoChange('nope')).toThrow(/no longer be undone/);
    expect(() => s.tags.rename('absent', 'x')).toThrow(/No article or passage is tagged/);
  });
});

describe('the tag CLI', () => {
  const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
  const margin = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'margin.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 });

  it('tags, lists with counts, renames with merge, and untags', () => {
    const lib = tempDir();
    const [row] = JSON.parse(margin(['list', '--json', '--library', lib]).stdout) as Array<{ id: string }>;
    expect(margin(['tag', row!.id, 'war/equipment', 'Diplomacy', '--library', lib]).status).toBe(0);
    const hid = margin(['highlight', row!.id, '--quote', '10,980 tanks', '--tag', 'losses', '--library', lib]).stdout.trim();
    expect(margin(['tag', row!.id, '--highlight', hid, 'equipment', '--library', lib]).stdout).toContain('losses, equipment');
    const tags = JSON.parse(margin(['tags', '--json', '--library', lib]).stdout) as Array<{ tag: string; articles: number; passages: number }>;
    expect(tags.map((t) => [t.tag, t.articles, t.passages]).sort()).toEqual([['Diplomacy', 1, 0], ['equipment', 0, 1], ['losses', 0, 1], ['war/equipment', 1, 0]]);
    const merged = margin(['rename-tag', 'losses', 'equipment', '--library', lib]).stdout;
    expect(merged).toMatch(/Merged "losses" into "equipment": 0 articles, 1 passages/);
    // Undo from another process: the change lives in the library's tag log, not in one process.
    const token = /margin undo-tag (\S+)/.exec(merged)![1]!;
    expect(margin(['undo-tag', token, '--library', lib]).stdout).toMatch(/Undone: the tags of 1 articles/);
    expect(margin(['highlights', row!.id, '--json', '--library', lib]).stdout).toContain('"losses"');
    expect(margin(['undo-tag', token, '--library', lib]).stderr).toMatch(/no longer be undone/);
    expect(margin(['delete-tag', 'losses', '--library', lib]).stdout).toMatch(/Deleted "losses" from 0 articles, 1 passages/);
    expect(margin(['untag', row!.id, 'diplomacy', '--library', lib]).stdout.trim()).toBe('war/equipment');
    const bad = margin(['tag', row!.id, '   ', '--library', lib]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/at least one letter/);
  });
});

describe('tagging one highlight from two views of the same library', () => {
  it('merges onto the tags on disk, so neither view loses the other’s tag', async () => {
    const dir = tempDir();
    const s = await createServices({ dir });
    const r = await s.importer.importText('r.txt', 'Report\n\nRussia lost 100 tanks.', 'text');
    const h = addTagged(s, r.id!, 'tanks', ['first']);
    const other = await createServices({ dir }); // a second process's view, loaded before the change
    other.highlights.list(r.id!);
    s.highlights.editTags(r.id!, h.id, (t) => [...t, 'from-app']);
    other.highlights.editTags(r.id!, h.id, (t) => [...t, 'from-cli']);
    expect(s.highlights.list(r.id!)[0]!.tags).toEqual(['first', 'from-app', 'from-cli']);
    expect(() => s.highlights.editTags(r.id!, 'nope', (t) => t)).toThrow(/No highlight nope/);
  });

  it('an edit of an article\'s tags from a view that missed a change keeps what the other added', async () => {
    const dir = tempDir();
    const s = await createServices({ dir });
    const r = await s.importer.importText('r.txt', 'Report\n\nRussia lost 100 tanks.', 'text');
    s.tags.setArticleTags(r.id!, ['war', 'typo']);
    const other = await createServices({ dir });
    other.tags.addArticleTags(r.id!, ['from-cli']);
    // The window still shows [war, typo] and the person removes "typo", adds "losses".
    expect(s.tags.editArticleTags(r.id!, ['losses'], ['typo']).tags).toEqual(['war', 'from-cli', 'losses']);
  });
});
