// Reads an HTML page's own description of itself: JSON-LD, Open Graph and other meta tags,
// <time datetime> and <title>. Read-only over the document; no network, no sanitizing.
import { cleanLine, firstOf, normalizeDate, personName } from './fields';

/** What a page says about itself. Every field is null when the page does not say. */
export interface PageMeta {
  title: string | null;
  author: string | null;
  siteName: string | null;
  publishedAt: string | null;
  /** The `<title>` element, with a trailing " | Site name" removed when the site name is known. */
  titleTag: string | null;
}

const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|\w+NewsArticle|SocialMediaPosting|LiveBlogPosting|WebPage)$/;

type JsonObject = Record<string, unknown>;

function jsonLdObjects(doc: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    found.push(value as JsonObject);
    visit((value as JsonObject)['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block says nothing; the other sources still count.
    }
  }
  return found;
}

function articleLd(doc: Document): JsonObject | null {
  const objects = jsonLdObjects(doc);
  const isType = (o: JsonObject, pattern: RegExp) => {
    const t = o['@type'];
    return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && pattern.test(x));
  };
  return objects.find((o) => isType(o, ARTICLE_TYPES) && !isType(o, /^WebPage$/)) ?? objects.find((o) => isType(o, ARTICLE_TYPES)) ?? null;
}

/** Every meta tag keyed by its lowercased name, property or itemprop (first occurrence wins). */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  // getElementsByTagName, not querySelectorAll: jsdom's selector engine is slow on big pages.
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function stripSiteName(title: string | null, siteName: string | null): string | null {
  if (title === null || siteName === null) return title;
  const site = siteName.toLowerCase();
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' : ']) {
    const parts = title.split(sep);
    if (parts.length < 2) continue;
    if (parts[parts.length - 1]!.trim().toLowerCase() === site) return cleanLine(parts.slice(0, -1).join(sep));
    if (parts[0]!.trim().toLowerCase() === site) return cleanLine(parts.slice(1).join(sep));
  }
  return title;
}

/** Reads title, author, site name and publication date from the page's metadata. */
export function readMetadata(doc: Document): PageMeta {
  const ld = articleLd(doc);
  const meta = metaTags(doc);
  const m = (...keys: string[]) => firstOf(...keys.map((k) => cleanLine(meta.get(k))));
  const publisher = ld?.publisher;
  const siteName = firstOf(
    m('og:site_name', 'application-name', 'twitter:site:name'),
    publisher && typeof publisher === 'object' ? personName(publisher) : null,
  );
  const times = Array.from(doc.getElementsByTagName('time')).filter((t) => t.hasAttribute('datetime'));
  const timeEl = times.find((t) => t.hasAttribute('pubdate') || t.getAttribute('itemprop') === 'datePublished') ?? times[0];
  const authorLink = Array.from(doc.getElementsByTagName('a')).find((a) => a.getAttribute('rel')?.split(/\s+/).includes('author'));
  return {
    title: firstOf(cleanLine(ld?.headline), m('og:title', 'twitter:title', 'dc.title', 'citation_title')),
    author: firstOf(
      personName(ld?.author),
      personName(meta.get('author')),
      personName(meta.get('article:author')),
      personName(meta.get('dc.creator')),
      personName(meta.get('citation_author')),
      personName(meta.get('parsely-author')),
      personName(meta.get('byl')),
      personName(authorLink?.textContent),
    ),
    siteName,
    publishedAt: firstOf(
      normalizeDate(ld?.datePublished),
      ...['article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publish-date', 'parsely-pub-date', 'citation_publication_date', 'sailthru.date'].map((k) =>
        normalizeDate(meta.get(k)),
      ),
      normalizeDate(timeEl?.getAttribute('datetime')),
      normalizeDate(ld?.dateCreated),
    ),
    titleTag: stripSiteName(cleanLine(doc.getElementsByTagName('title')[0]?.textContent), siteName),
  };
}
