// Generates libraries for the bench and the tests: N plain-text articles of about 5 KB with 10
// highlights each, written straight into the store's on-disk layout. Not a store: it never fsyncs.
import fs from 'node:fs';
import { describe as describeRange } from '../../src/shared/anchoring/describe';
import { renderArticle } from '../../src/main/render/renderArticle';
import { LibraryLayout } from '../../src/main/library/layout';
import { SCHEMA_VERSION, type AnnotationsFile, type IndexFile } from '../../src/main/library/schema';
import { contentHash } from '../../src/main/library/store';
import { createServices } from '../../src/main/services/services';
import { HIGHLIGHT_COLORS, type ArticleMeta, type Highlight } from '../../src/shared/types';
import { mulberry32 as prng } from '../../src/shared/random';

export interface GenOptions {
  articles: number;
  highlightsPerArticle?: number;
  bytesPerArticle?: number;
  seed?: number;
}

export interface GeneratedLibrary {
  dir: string;
  /** Article ids in the order they were added (the list shows them newest first). */
  ids: string[];
  /** A passage tag on the first highlight of every article. */
  commonTag: string;
  /** Two article tags, each on about one article in ten. */
  tagA: string;
  tagB: string;
  /** The text model of article `i`, for checking that highlights anchor. */
  textOf(i: number): string;
}

const AUTHOR = 'Bench Desk';
const TEMPLATES = 24;
const WORDS = `harbour grain convoy ministry pipeline ceasefire budget tariff reservoir border census drought
  bridge council treaty shipment refinery election railway inflation garrison vaccine frontier verdict
  monsoon quarry pension harvest subsidy parliament corridor blackout uprising mandate exporter dockyard`
  .split(/\s+/)
  .filter(Boolean);
const PASSAGE_TAGS = ['evidence', 'quote', 'numbers', 'war/equipment', 'war/casualties', 'economy', 'economy/trade', 'follow up', 'Kyiv', 'energy'];
const ARTICLE_TAGS = ['reading', 'to check', 'long read', 'europe', 'asia', 'africa', 'americas', 'archive'];


const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const hex = (r: () => number, chars: number) => Array.from({ length: chars }, () => Math.floor(r() * 16).toString(16)).join('');
const titleOf = (i: number) => `Field report no. ${String(i).padStart(6, '0')}`;

function body(r: () => number, bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const words = Array.from({ length: 8 + Math.floor(r() * 10) }, () => pick(r, WORDS));
      words.push(`${Math.floor(r() * 9000) + 100}`);
      const sentence = words.join(' ');
      sentences.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join('\n\n');
}

interface Template {
  body: string;
  text: string;
  spans: Array<Pick<Highlight, 'quote' | 'position'>>;
}

/** A body and its highlight selectors. Titles all have the same length, so offsets fit every article. */
function template(r: () => number, bytes: number, highlights: number): Template {
  const text0 = body(r, bytes);
  const meta = { title: titleOf(0), author: AUTHOR, format: 'text' } as ArticleMeta;
  const { text } = renderArticle(meta, `${titleOf(0)}\nBy ${AUTHOR}\n\n${text0}`);
  const bodyStart = text.indexOf(text0.slice(0, 40)) + 40;
  const stride = Math.floor((text.length - bodyStart - 100) / highlights);
  const spans = [];
  for (let h = 0; h < highlights; h++) {
    let start = bodyStart + h * stride + Math.floor(r() * (stride / 2));
    while (text[start] !== ' ') start++;
    start++;
    let end = start + 20 + Math.floor(r() * 60);
    while (end < text.length && /\w/.test(text[end]!)) end++;
    spans.push(describeRange(text, start, end));
  }
  return { body: text0, text, spans };
}

/**
 * Writes a library of `articles` generated articles into `dir` (which should be empty) and returns
 * what tests and the bench need to know about it. About 1 s per 1,000 articles on a slow disk.
 */
export function generateLibrary(dir: string, options: GenOptions): GeneratedLibrary {
  const r = prng(options.seed ?? 8);
  const perArticle = options.highlightsPerArticle ?? 10;
  const templates = Array.from({ length: TEMPLATES }, () => template(r, options.bytesPerArticle ?? 5000, perArticle));
  const layout = new LibraryLayout(dir);
  fs.mkdirSync(layout.annotationsDir, { recursive: true });
  fs.mkdirSync(layout.articlesDir, { recursive: true });
  const commonTag = 'bench/common';
  const [tagA, tagB] = ['topic/alpha', 'topic/beta'];
  const t0 = Date.UTC(2025, 0, 1);
  const metas: ArticleMeta[] = [];
  const templateOf: number[] = [];
  for (let i = 0; i < options.articles; i++) {
    const k = i % TEMPLATES;
    const t = templates[k]!;
    const id = hex(r, 16);
    const title = titleOf(i + 1);
    const content = `${title}\nBy ${AUTHOR}\n\n${t.body}`;
    const when = new Date(t0 + i * 60_000).toISOString();
    const meta: ArticleMeta = {
      id,
      title,
      author: AUTHOR,
      source: `https://news.example/${id}`,
      siteName: 'news.example',
      publishedAt: null,
      addedAt: when,
      format: 'text',
      hash: contentHash(content),
      size: Buffer.byteLength(content),
      trashedAt: null,
    };
    const tags = [pick(r, ARTICLE_TAGS)];
    if (r() < 0.1) tags.push(tagA);
    if (r() < 0.1) tags.push(tagB);
    const highlights: Highlight[] = t.spans.map((span, h) => ({
      id: hex(r, 12),
      articleId: id,
      color: HIGHLIGHT_COLORS[h % HIGHLIGHT_COLORS.length]!,
      note: h % 3 === 0 ? `Note ${h} on ${title}` : '',
      tags: h === 0 ? [commonTag] : r() < 0.5 ? [pick(r, PASSAGE_TAGS)] : [],
      createdAt: when,
      updatedAt: when,
      quote: { ...span.quote },
      position: { ...span.position },
    }));
    const ann: AnnotationsFile = { schemaVersion: SCHEMA_VERSION, articleId: id, tags: [...new Set(tags)], highlights };
    fs.mkdirSync(layout.articleDir(id));
    fs.writeFileSync(layout.content(id, 'text'), content);
    fs.writeFileSync(layout.annotations(id), JSON.stringify(ann));
    metas.push(meta);
    templateOf.push(k);
  }
  const index: IndexFile = { schemaVersion: SCHEMA_VERSION, seeded: true, articles: metas };
  fs.writeFileSync(layout.index, JSON.stringify(index));
  return {
    dir,
    ids: metas.map((m) => m.id),
    commonTag,
    tagA,
    tagB,
    textOf: (i) => templates[templateOf[i]!]!.text.replace(titleOf(0), titleOf(i + 1)),
  };
}

/**
 * A library in `dir` holding one plain-text article of `words` words with `highlights` highlights
 * spread evenly over it (the reader's worst case for anchoring and painting). Returns its id.
 */
export async function generateLongArticle(dir: string, words = 100_000, highlights = 1_000): Promise<string> {
  const r = prng(100);
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(pick(r, WORDS), i % 120 === 119 ? '.\n\n' : ' ');
  const services = await createServices({ dir });
  const { meta } = services.store.add({ title: 'A very long report', author: AUTHOR, source: null, format: 'text', content: `A very long report\nBy ${AUTHOR}\n\n${parts.join('')}` });
  const added = { id: meta.id };
  const { text } = services.views.derived(added.id);
  const stride = Math.floor(text.length / (highlights + 1));
  const now = new Date(Date.UTC(2025, 0, 1)).toISOString();
  const list: Highlight[] = [];
  for (let h = 0; h < highlights; h++) {
    let start = 40 + h * stride;
    while (text[start] !== ' ') start++;
    start++;
    let end = start + 15 + Math.floor(r() * 40);
    while (end < text.length && /\w/.test(text[end]!)) end++;
    list.push({ id: hex(r, 12), articleId: added.id, color: HIGHLIGHT_COLORS[h % HIGHLIGHT_COLORS.length]!, note: '', tags: [], createdAt: now, updatedAt: now, ...describeRange(text, start, end) });
  }
  services.store.updateAnnotations(added.id, (d) => {
    d.highlights.push(...list);
  });
  return added.id;
}
