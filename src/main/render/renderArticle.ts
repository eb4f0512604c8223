// Turns a stored article (text, Markdown or imported HTML) into the sanitized HTML the reader shows
// and its text model. Markdown goes through marked; every result through the one DOMPurify wrapper.
import { Marked } from 'marked';
import { buildTextModel } from '../../shared/text/textModel';
import { parseTextArticle } from '../../shared/textArticle';
import type { ArticleMeta } from '../../shared/types';
import { nodeSanitizer } from './dom';

/** Bump when the HTML this produces changes: cached renders are then rebuilt. */
export const RENDER_VERSION = 3;

const marked = new Marked({ gfm: true, breaks: false, async: false });

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain text → Markdown: HTML is escaped, and a line that is only bold text becomes a heading. */
export function textToMarkdown(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const escaped = escapeHtml(line);
      const bold = /^\s*\*\*([^*].*?)\*\*\s*$/.exec(escaped);
      return bold ? `## ${bold[1]!.trim()}` : escaped;
    })
    .join('\n');
}

function bodyHtml(meta: ArticleMeta, content: string): string {
  switch (meta.format) {
    case 'text': {
      const parts = parseTextArticle(content);
      return marked.parse(textToMarkdown(content.slice(parts.bodyStart))) as string;
    }
    case 'markdown':
      return marked.parse(stripLeadingTitle(content, meta.title)) as string;
    case 'html':
      return stripLeadingHtmlTitle(content, meta.title);
  }
}

/** Drops a Markdown body's first `# Title` line when it repeats the article's title. */
function stripLeadingTitle(markdown: string, title: string): string {
  const m = /^\s*#\s+(.+)\n/.exec(markdown);
  return m && m[1]!.trim() === title.trim() ? markdown.slice(m[0].length) : markdown;
}

/** Drops an HTML body's first <h1> when it repeats the article's title (the header shows it). */
function stripLeadingHtmlTitle(html: string, title: string): string {
  const m = /^\s*(?:<(?:div|section|article|header)[^>]*>\s*)*<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (!m) return html;
  const text = m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  return text === title.replace(/\s+/g, ' ').trim() ? html.slice(0, m.index) + html.slice(m.index).replace(m[0].slice(m[0].search(/<h1/i)), '') : html;
}

export interface RenderedArticle {
  html: string;
  text: string;
}

/** Renders the whole article (header with title and byline, then body) and its text model. */
export function renderArticle(meta: ArticleMeta, content: string): RenderedArticle {
  const byline = meta.author ? `<p class="byline">By ${escapeHtml(meta.author)}</p>` : '';
  const header = `<header class="article-header"><h1>${escapeHtml(meta.title)}</h1>${byline}</header>`;
  // One parse: the sanitized DOM gives both the HTML and the text model. The container belongs to
  // the fragment's own (inert, scripting-disabled) document, so appending adopts nothing.
  const fragment = nodeSanitizer().sanitizeArticleFragment(`${header}<div class="article-body">${bodyHtml(meta, content)}</div>`);
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return { html: container.innerHTML, text: buildTextModel(container).text };
}
