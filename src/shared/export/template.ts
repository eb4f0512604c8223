// Fills a user's template for one highlight ("> {{quote}}\n{{note}}\n{{tags}} {{link}}"). Pure string
// work: values arrive already escaped as Markdown; this only places them.

/** Names a template can use, each between double braces. */
export const TEMPLATE_FIELDS = [
  'quote',
  'note',
  'tags',
  'color',
  'colorName',
  'link',
  'url',
  'blockId',
  'id',
  'title',
  'created',
] as const;
/** One of the names in TEMPLATE_FIELDS. */
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
const QUOTE_PREFIX = /^\s*(?:>\s?)+$/;
const LIST_PREFIX = /^\s*(?:[-*+]|\d{1,9}[.)])\s+$/;

/** How the 2nd and later lines of a multi-line value continue after `prefix` (the text before it). */
function continuation(prefix: string): { line: string; blank: string } {
  if (QUOTE_PREFIX.test(prefix)) return { line: prefix, blank: prefix.trimEnd() };
  if (LIST_PREFIX.test(prefix)) return { line: ' '.repeat(prefix.length), blank: '' };
  return { line: '', blank: '' };
}

/**
 * Fills `template` with `values` (Markdown, possibly several lines). A multi-line value keeps the
 * quote or list prefix it was placed after on every line; a line whose placeholders were all empty
 * and which has nothing else but spaces or '>' is dropped. Unknown names are left as written.
 */
export function fillTemplate(template: string, values: Record<TemplateField, string>): string {
  const known = new Set<string>(TEMPLATE_FIELDS);
  const out: string[] = [];
  for (const line of template.replace(/\r\n?/g, '\n').split('\n')) {
    let filledAny = false;
    let usedAny = false;
    let result = '';
    let last = 0;
    for (const m of line.matchAll(PLACEHOLDER)) {
      const name = m[1]!;
      if (!known.has(name)) continue;
      usedAny = true;
      const value = values[name as TemplateField];
      if (value !== '') filledAny = true;
      const before = line.slice(last, m.index);
      const prefix = (result + before).slice((result + before).lastIndexOf('\n') + 1);
      const cont = continuation(prefix);
      const lines = value.split('\n').map((l, i) => (i === 0 ? l : l === '' ? cont.blank : cont.line + l));
      result += before + lines.join('\n');
      last = m.index + m[0].length;
    }
    result += line.slice(last);
    if (usedAny && !filledAny && /^[\s>]*$/.test(result)) continue;
    out.push(result);
  }
  return out.join('\n');
}
