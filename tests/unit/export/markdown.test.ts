import { Marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { renderArticleFile, renderCollectionFile } from '../../../src/shared/export/document';
import { exportedArticleId, parseExportedMarkdown } from '../../../src/shared/export/parse';
import { toObsidianTag, toObsidianTags } from '../../../src/shared/export/tags';
import { exportOptions, type ExportArticle } from '../../../src/shared/export/types';
import { HIGHLIGHT_COLORS } from '../../../src/shared/types';
import { ARTICLE_ID, FIXED_NOW, highlight, plainArticle, sampleArticle } from './fixtures';

const lexer = new Marked({ gfm: true });
const options = (o: Parameters<typeof exportOptions>[0] = {}) => exportOptions({ now: FIXED_NOW, ...o });

function frontMatter(md: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  expect(m).not.toBeNull();
  return YAML.parse(m![1]!) as Record<string, unknown>;
}

function expectAllHighlightsBack(article: ExportArticle, md: string, withNotes = true) {
  const parsed = parseExportedMarkdown(md);
  expect(parsed.articles).toHaveLength(1);
  const back = parsed.articles[0]!;
  expect(back.id).toBe(article.meta.id);
  expect(back.title).toBe(article.meta.title);
  expect(back.highlights.map((h) => h.id)).toEqual(article.highlights.map((h) => h.id));
  article.highlights.forEach((h, i) => {
    const b = back.highlights[i]!;
    expect(b.quote).toBe(h.quote.exact);
    expect(b.note).toBe(withNotes ? h.note : '');
    expect(b.color).toBe(h.color);
    expect(b.tags).toEqual(toObsidianTags(h.tags));
    expect(b.articleId).toBe(article.meta.id);
    expect(b.orphaned).toBe((article.orphanIds ?? []).includes(h.id));
  });
  return back;
}

describe('article Markdown', () => {
  const article = sampleArticle();
  const md = renderArticleFile(article, options({ includeStatistics: true }));

  it('has the front matter Margin promises, readable by the yaml package', () => {
    expect(frontMatter(md)).toEqual({
      'margin-id': ARTICLE_ID,
      title: article.meta.title,
      author: 'AI',
      source: article.meta.source,
      added: '2025-01-15T08:30:00.000Z',
      exported: '2025-03-01T12:00:00.000Z',
      tags: ['war', 'news/europe', 'to-read'],
      'highlight-count': article.highlights.length,
    });
  });

  it('gives back every highlight, note, tag and colour in reading order (all five colours, Markdown specials)', () => {
    expect(new Set(article.highlights.map((h) => h.color))).toEqual(new Set(HIGHLIGHT_COLORS));
    const back = expectAllHighlightsBack(article, md);
    expect(back.highlights.filter((h) => h.orphaned)).toHaveLength(1);
  });

  it('shows the title as H1, a source link, and one blockquote per highlight', () => {
    const tokens = lexer.lexer(md.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const h1 = tokens.find((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 1);
    expect(h1?.text).toBe(article.meta.title);
    const info = tokens[tokens.indexOf(h1!) + 2] as Tokens.Paragraph;
    const links = info.tokens.filter((t): t is Tokens.Link => t.type === 'link').map((t) => t.href);
    expect(links).toEqual(['https://example.com/news/russia%20%28losses%29?a=1', `margin://article/${ARTICLE_ID}`]);
    expect(tokens.filter((t) => t.type === 'blockquote')).toHaveLength(article.highlights.length);
  });

  it('prefixes every line of a multi-paragraph quote and adds an Obsidian block id and deep link', () => {
    const h = article.highlights[1]!;
    expect(md).toContain('> The losses have been mounting steadily.\n>\n> The situation on the ground remains tense.\n>\n> \\*\\*Global Response\\*\\*\n\n^hl-');
    const back = parseExportedMarkdown(md).articles[0]!.highlights[1]!;
    expect(back.blockId).toMatch(/^hl-[A-Za-z0-9-]+$/);
    expect(md).toContain(`\n^${back.blockId}\n`);
    expect(md).toContain(`[Open in Margin](margin://article/${ARTICLE_ID}#highlight-${h.id})`);
    const ids = parseExportedMarkdown(md).articles[0]!.highlights.map((x) => x.blockId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes tags as Obsidian tags, nested tags kept', () => {
    expect(md).toContain('#war/equipment/tanks #machine-learning');
    expect(md).toContain('#war/equipment #casualties');
  });

  it('adds statistics as a Markdown table and the warnings as a list', () => {
    const tokens = lexer.lexer(md.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const table = tokens.find((t): t is Tokens.Table => t.type === 'table');
    expect(table?.header.map((c) => c.text)).toEqual(['As written', 'Value', 'Kind', 'Label']);
    expect(table?.rows.map((r) => r[0]!.text)).toEqual(['1,020,010', '10,980']);
    expect(table?.rows[0]![3]!.text).toBe('troops | lost');
    const list = tokens.find((t): t is Tokens.List => t.type === 'list');
    expect(list?.items[0]!.text).toBe('The title says 1,020.010 troops but the body says 1,020,010.');
    expect(renderArticleFile(article, options())).not.toContain('## Statistics');
  });

  it('leaves notes out when asked, and still reads back the rest', () => {
    const noNotes = renderArticleFile(article, options({ includeNotes: false }));
    expect(noNotes).not.toContain('not emphasis');
    expectAllHighlightsBack(article, noNotes, false);
  });

  it('groups by colour under headings named by the user, keeping reading order inside each', () => {
    const grouped = renderArticleFile(article, options({ groupBy: 'color', colorNames: { yellow: 'Key point', pink: 'Question' } }));
    const headings = lexer
      .lexer(grouped)
      .filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 3)
      .map((t) => t.text);
    expect(headings).toEqual(['Yellow — Key point', 'Green', 'Blue', 'Pink — Question', 'Purple']);
    const back = parseExportedMarkdown(grouped).articles[0]!.highlights;
    const expected = HIGHLIGHT_COLORS.flatMap((c) => article.highlights.filter((h) => h.color === c).map((h) => h.id));
    expect(back.map((h) => h.id)).toEqual(expected);
    expect(back.find((h) => h.color === 'yellow')?.colorName).toBe('Key point');
  });

  it('groups by tag: a highlight shows under each of its tags, its block id only once', () => {
    const grouped = renderArticleFile(article, options({ groupBy: 'tag' }));
    const headings = lexer
      .lexer(grouped)
      .filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 3)
      .map((t) => t.text);
    expect(headings).toEqual(['casualties', 'edge', 'machine-learning', 'notes/markdown', 'war/equipment', 'war/equipment/tanks', 'Untagged']);
    const first = article.highlights[0]!;
    expect(grouped.split(`#highlight-${first.id})`)).toHaveLength(3);
    const back = parseExportedMarkdown(grouped).articles[0]!.highlights;
    expect(new Set(back.map((h) => h.id))).toEqual(new Set(article.highlights.map((h) => h.id)));
    expect(back).toHaveLength(article.highlights.length);
    expect(back.every((h) => h.blockId !== null)).toBe(true);
  });

  it('fills a user template, keeping the quote prefix on every line', () => {
    const a = plainArticle('tpl', 'Template test', 0);
    a.highlights = [highlight({ exact: 'one\ntwo', note: 'my *note*', tags: ['x y'] }, 'tpl'), highlight({ exact: 'three' }, 'tpl')];
    const out = renderArticleFile(a, options({ template: '> {{quote}}\n{{note}}\n{{tags}} {{link}} {{blockId}}' }));
    expect(out).toContain(`> one\n>\n> two\nmy \\*note\\*\n#x-y [Open in Margin](margin://article/tpl#highlight-${a.highlights[0]!.id}) ^hl-`);
    expect(out).toContain(`> three\n [Open in Margin](margin://article/tpl#highlight-${a.highlights[1]!.id}) ^hl-`);
  });

  it('says so when an article has no highlights', () => {
    const out = renderArticleFile(plainArticle('empty', 'Nothing here', 0), options());
    expect(out).toContain('No highlights yet.');
    expect(parseExportedMarkdown(out).articles[0]!.highlights).toEqual([]);
  });
});

describe('one file with many articles', () => {
  it('puts each article under its own H1 and reads all of them back', () => {
    const articles = [sampleArticle(), plainArticle('second', 'Second # article'), plainArticle('third', 'Third')];
    const md = renderCollectionFile(articles, options());
    expect(frontMatter(md)).toMatchObject({ articles: 3, 'highlight-count': articles.reduce((n, a) => n + a.highlights.length, 0) });
    const parsed = parseExportedMarkdown(md);
    expect(parsed.articles.map((a) => [a.id, a.title])).toEqual(articles.map((a) => [a.meta.id, a.meta.title]));
    parsed.articles.forEach((a, i) => expect(a.highlights.map((h) => h.note)).toEqual(articles[i]!.highlights.map((h) => h.note)));
  });
});

describe('Obsidian tags', () => {
  it.each([
    ['war/equipment', 'war/equipment'],
    ['machine learning', 'machine-learning'],
    ['#already', 'already'],
    ['C++ / tips & tricks', 'C/tips-tricks'],
    ['2024', '_2024'],
    ['2024/10', '_2024/10'],
    ['économie', 'économie'],
    ['  spaced  out  ', 'spaced-out'],
    ['a//b/', 'a/b'],
    ['!!!', ''],
  ])('%j → %j', (tag, expected) => {
    expect(toObsidianTag(tag)).toBe(expected);
  });
});

describe('merging into a file already on disk', () => {
  const article = plainArticle('m1', 'Merge me');

  it('keeps a file without markers below a new Margin section', () => {
    const mine = '# My page\n\nWritten by hand.\n';
    const out = renderArticleFile(article, options(), mine);
    expect(out.endsWith('<!-- margin:end -->\n\n# My page\n\nWritten by hand.\n')).toBe(true);
    expect(parseExportedMarkdown(out).articles[0]!.id).toBe('m1');
    // Exporting again replaces the section instead of adding a second one.
    const again = renderArticleFile(article, options(), out);
    expect(again).toBe(out);
  });

  it('writes fresh front matter when the old one is not valid YAML, keeping the body', () => {
    const broken = '---\ntitle: [unclosed\n---\n<!-- margin:begin -->\nold\n<!-- margin:end -->\nmine\n';
    const out = renderArticleFile(article, options(), broken);
    expect(frontMatter(out)['margin-id']).toBe('m1');
    expect(out).not.toContain('\nold\n');
    expect(out.endsWith('<!-- margin:end -->\nmine\n')).toBe(true);
  });

  it('ignores marker look-alikes inside escaped notes', () => {
    const a = plainArticle('m2', 'Markers', 0);
    a.highlights = [highlight({ exact: '<!-- margin:end -->', note: '<!-- margin:end -->\n<!-- margin:begin -->' }, 'm2')];
    const out = renderArticleFile(a, options(), renderArticleFile(a, options()) + 'after\n');
    expect(out.endsWith('<!-- margin:end -->\nafter\n')).toBe(true);
    expect(parseExportedMarkdown(out).articles[0]!.highlights[0]).toMatchObject({ quote: '<!-- margin:end -->', note: '<!-- margin:end -->\n<!-- margin:begin -->' });
  });
});

describe('finding the article a file belongs to', () => {
  it.each([
    ['---\nmargin-id: abc123\n---\n', 'abc123'],
    ["---\ntitle: x\nmargin-id: 'id.with:odd chars'\n---\n", 'id.with:odd chars'],
    ['---\nid: mine\n---\nno section\n', null],
    ['---\nid: theirs\n---\n<!-- margin:begin -->\n<!-- margin:end -->\n', 'theirs'],
    ['no front matter\nmargin-id: nope\n', null],
  ])('%j → %j', (md, id) => {
    expect(exportedArticleId(md)).toBe(id);
  });
});
