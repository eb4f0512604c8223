// Builds the document for Markdown: YAML front matter gives title/author/source/date and is cut
// from the body; otherwise the first `# H1` (or the first line) is the title. Never renders Markdown.
import { parse as parseYaml } from 'yaml';
import { parseTextArticle } from '../../shared/textArticle';
import { normalizeNewlines } from './sniff';
import { cleanLine, firstOf, normalizeDate, personName } from './fields';
import type { DocOrigin } from './textDoc';
import type { ImportedDoc } from './types';

const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Splits `---` YAML front matter from the body. Text whose "front matter" is not a YAML mapping is all body. */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { data: {}, body: text };
  const rest = text.slice(m[0].length).replace(/^\n+/, '');
  if ((m[1] ?? '').trim() === '') return { data: {}, body: rest };
  try {
    const data: unknown = parseYaml(m[1]!);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return { data: {}, body: text };
    return { data: data as Record<string, unknown>, body: rest };
  } catch {
    return { data: {}, body: text };
  }
}

/** Markdown inline syntax reduced to its text: links and images to their words, emphasis and code marks dropped. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`|~~)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The lines outside ``` / ~~~ code fences, with their index, fence lines themselves skipped. */
function* proseLines(lines: readonly string[]): Generator<[number, string]> {
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
    } else if (fence === null) yield [i, line];
  }
}

/** The first level-one heading (ATX `# T` or setext `T\n===`) outside code fences. */
export function firstHeading(body: string): string | null {
  const lines = body.split('\n');
  for (const [i, line] of proseLines(lines)) {
    const atx = /^\s{0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) return cleanLine(stripInlineMarkdown(atx[1]!));
    const next = lines[i + 1];
    if (line.trim() !== '' && next !== undefined && /^\s{0,3}=+\s*$/.test(next)) return cleanLine(stripInlineMarkdown(line));
  }
  return null;
}

/** The first line of prose outside code fences, its Markdown marks removed. */
function firstProseLine(body: string): string | null {
  for (const [, line] of proseLines(body.split('\n'))) {
    const text = stripInlineMarkdown(line.replace(/^\s*(#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+/, ''));
    if (/[\p{L}\p{N}]/u.test(text)) return cleanLine(text);
  }
  return null;
}

/** A Markdown document from decoded text (BOM already stripped). */
export function markdownDoc(text: string, origin: DocOrigin): ImportedDoc {
  const { data, body } = splitFrontMatter(normalizeNewlines(text));
  const parts = parseTextArticle(body);
  return {
    title: firstOf(cleanLine(data.title), firstHeading(body), firstProseLine(body)) ?? origin.fallbackTitle,
    author: firstOf(personName(data.author), personName(data.authors), personName(data.by), parts.author),
    source: firstOf(cleanLine(data.source), cleanLine(data.url), cleanLine(data.link), cleanLine(data.canonical_url), origin.source),
    siteName: firstOf(cleanLine(data.site), cleanLine(data.siteName), cleanLine(data.site_name), cleanLine(data.publication)),
    publishedAt: firstOf(normalizeDate(data.date), normalizeDate(data.published), normalizeDate(data.publishedAt), normalizeDate(data.published_at), normalizeDate(data.pubDate)),
    format: 'markdown',
    content: body,
    assets: [],
    encoding: origin.encoding,
  };
}
