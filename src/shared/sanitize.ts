// The one DOMPurify wrapper. Every HTML string Margin imports or shows goes through
// `sanitizeArticleHtml` with this config, in main (with a jsdom window) and in the renderer (with
// the page's window). What survives cannot run code and cannot load anything remote. A page's own
// <article> is unwrapped (its content kept): the reader is the one article landmark.
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';

/** Stored article images are referenced as `assets/<file>`; the transport maps them to a URL. */
export const ASSET_SRC = /^assets\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/;
const SAFE_LINK = /^(https?:|mailto:|#)/i;

const ALLOWED_TAGS = [
  'a', 'abbr', 'aside', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del',
  'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's',
  'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'datetime', 'colspan', 'rowspan', 'class', 'id', 'lang', 'dir', 'start'];

export interface Sanitizer {
  /** Sanitizes article HTML; `assetUrl` (when given) rewrites `assets/<file>` image sources. */
  sanitizeArticleHtml(html: string, assetUrl?: (file: string) => string): string;
  /** The same, as a DOM fragment of the sanitizer's window (saves a parse when a DOM is needed). */
  sanitizeArticleFragment(html: string): DocumentFragment;
}

/** Builds the sanitizer over a window (the page's, or jsdom's in Node). */
export function createSanitizer(window: unknown): Sanitizer {
  const purify = createDOMPurify(window as WindowLike);
  let rewrite: ((file: string) => string) | undefined;

  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.nodeName === 'IMG') {
      const src = el.getAttribute('src') ?? '';
      if (ASSET_SRC.test(src)) {
        if (rewrite) el.setAttribute('src', rewrite(src.slice('assets/'.length)));
      } else if (!DATA_IMAGE.test(src) && !(rewrite === undefined && isRewrittenAsset(src))) {
        // A remote or unknown image: dropped, never fetched. Keep its alt text readable.
        const alt = el.getAttribute('alt');
        if (alt && el.parentNode) el.parentNode.insertBefore(el.ownerDocument.createTextNode(alt), el);
        el.parentNode?.removeChild(el);
        return;
      }
      el.setAttribute('loading', 'lazy');
    }
    if (el.nodeName === 'A') {
      const href = el.getAttribute('href');
      if (href !== null && !SAFE_LINK.test(href.trim())) el.removeAttribute('href');
      if (href !== null && /^https?:/i.test(href.trim())) el.setAttribute('rel', 'noopener noreferrer');
    }
  });

  const config: Config = {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'loading', 'rel'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    FORBID_TAGS: ['style', 'form', 'svg', 'math', 'base', 'meta', 'link', 'iframe', 'object', 'embed'],
    KEEP_CONTENT: true,
    RETURN_TRUSTED_TYPE: false,
  };

  return {
    sanitizeArticleHtml(html, assetUrl) {
      rewrite = assetUrl;
      try {
        return purify.sanitize(html, config) as string;
      } finally {
        rewrite = undefined;
      }
    },
    sanitizeArticleFragment(html) {
      return purify.sanitize(html, { ...config, RETURN_DOM_FRAGMENT: true });
    },
  };
}

/** Already-rewritten asset URLs (the renderer re-sanitizes HTML main rewrote). */
function isRewrittenAsset(src: string): boolean {
  return /^margin-asset:\/\/[A-Za-z0-9_-]+\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(src) || /^\/api\/assets\/[A-Za-z0-9_-]+\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}(\?token=[A-Za-z0-9_-]+)?$/.test(src);
}
