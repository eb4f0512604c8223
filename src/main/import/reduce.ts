// Reduces a whole web page to its article with Mozilla Readability, falling back to the whole body
// when Readability finds nothing worth keeping. Mutates the document it is given; no sanitizing here.
import { Readability } from '@mozilla/readability';
import { cleanLine, normalizeDate, personName } from './fields';

/** The part of the page to keep, and what Readability learned about it. */
export interface Reduced {
  /** The element whose children are the article. */
  root: Element;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  /** False when the whole body was kept. */
  reduced: boolean;
}

/** Readability's article is kept when it holds this much text, or this share of the body's text. */
const MIN_ARTICLE_CHARS = 500;
const MIN_ARTICLE_SHARE = 0.3;

function textLength(node: Node | null): number {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Finds the article in `doc`; the body is the fallback. */
export function reduceToArticle(doc: Document): Reduced {
  const body = doc.body ?? doc.documentElement;
  const fallback = body.cloneNode(true) as Element;
  const bodyChars = textLength(fallback);
  const whole: Reduced = { root: fallback, title: null, byline: null, siteName: null, publishedAt: null, reduced: false };
  try {
    const article = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
    if (!article?.content) return whole;
    const meta = {
      title: cleanLine(article.title),
      byline: personName(article.byline),
      siteName: cleanLine(article.siteName),
      publishedAt: normalizeDate(article.publishedTime),
    };
    const chars = textLength(article.content);
    const images = article.content.getElementsByTagName('img').length;
    if ((chars === 0 && images === 0) || (chars < MIN_ARTICLE_CHARS && chars < MIN_ARTICLE_SHARE * bodyChars)) return { ...whole, ...meta };
    // Readability wraps the article in <div id="readability-page-1">: keep what is inside.
    const only = article.content.children.length === 1 ? article.content.children[0] : undefined;
    const root = only && only.id === 'readability-page-1' ? only : article.content;
    return { root, ...meta, reduced: true };
  } catch {
    return whole;
  }
}
