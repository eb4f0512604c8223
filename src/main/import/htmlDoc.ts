// Builds the document for HTML (files, pages, pastes): metadata, the article (Readability or the
// whole body), local images, and the sanitized result. Decoding and fetching the page are the caller's.
import { withDom, type DomLease } from './dom';
import { cleanLine, firstOf } from './fields';
import { localizeImages } from './images';
import { firstHeadingText, htmlToPlainText } from './htmlText';
import { readMetadata } from './metadata';
import { reduceToArticle, type Reduced } from './reduce';
import { absolutizeLinks, documentBase } from './urls';
import type { ImageLoader } from './loaders';
import type { DocOrigin } from './textDoc';
import type { ImportedAsset, ImportedDoc } from './types';

/** Where HTML came from and how to treat it. */
export interface HtmlOrigin extends DocOrigin {
  /** The page's URL (http(s) or file:), the base for relative links and images. */
  pageUrl: string | null;
  /** Where images are fetched from. */
  loader: ImageLoader;
  /** True to reduce a whole page to its article; false keeps everything (pastes). */
  reduce: boolean;
  /** Time allowed for all images together. */
  imageBudgetMs: number;
}

function firstTextLine(text: string): string | null {
  for (const line of text.split('\n')) {
    const clean = cleanLine(line);
    if (clean) return clean.length > 120 ? `${clean.slice(0, 117).trimEnd()}…` : clean;
  }
  return null;
}

function hostName(pageUrl: string | null): string | null {
  if (!pageUrl || !/^https?:/i.test(pageUrl)) return null;
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The article HTML as an ImportedDoc, or null when the page holds no readable text or image. */
export function htmlDoc(html: string, origin: HtmlOrigin): Promise<ImportedDoc | null> {
  return withDom((dom) => build(dom, html, origin));
}

async function build(dom: DomLease, html: string, origin: HtmlOrigin): Promise<ImportedDoc | null> {
  const doc = dom.parse(html);
  const base = documentBase(doc, origin.pageUrl);
  const meta = readMetadata(doc);
  if (doc.body) absolutizeLinks(doc.body, base);
  const part: Reduced = origin.reduce
    ? reduceToArticle(doc)
    : { root: doc.body ?? doc.documentElement, title: null, byline: null, siteName: null, publishedAt: null, reduced: false };

  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), origin.imageBudgetMs);
  let assets: ImportedAsset[];
  try {
    assets = await localizeImages(part.root, base, { loader: origin.loader, signal: deadline.signal });
  } finally {
    clearTimeout(timer);
  }
  const content = dom.sanitize(part.root.innerHTML);
  // Judge what survived sanitizing, not the raw page (a body of nothing but scripts is empty).
  const text = htmlToPlainText(content);
  if (text.trim() === '' && assets.length === 0) return null;

  // Readability keeps "Story | Site" when the rest is short; the <title> without the site name is better then.
  const readTitle = part.title && meta.titleTag && part.title !== meta.titleTag && part.title.startsWith(meta.titleTag) ? meta.titleTag : part.title;
  const heading = cleanLine(firstHeadingText(content));
  return {
    title: firstOf(meta.title, readTitle, meta.titleTag, heading, firstTextLine(text)) ?? origin.fallbackTitle,
    author: firstOf(meta.author, part.byline),
    source: origin.source,
    siteName: firstOf(meta.siteName, part.siteName, hostName(origin.pageUrl)),
    publishedAt: firstOf(meta.publishedAt, part.publishedAt),
    format: 'html',
    content,
    assets,
    encoding: origin.encoding,
  };
}
