// Reads text out of sanitized, serialized HTML with string work instead of a second DOM parse
// (jsdom parsing costs ~1 ms per KB). Only for judging and titling output the sanitizer produced.

const TAG = /<\/?[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const BLOCK = /^<\/?(p|div|h[1-6]|li|br|tr|td|th|blockquote|pre|article|section|figure|figcaption|header|footer|aside|ul|ol|dl|dd|dt|table|hr|details|summary|caption)\b/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of serialized HTML, with a line break wherever a block starts or ends. */
export function htmlToPlainText(html: string): string {
  return decodeEntities(html.replace(TAG, (tag) => (BLOCK.test(tag) ? '\n' : '')));
}

/** The text of the first h1–h3, or null. */
export function firstHeadingText(html: string): string | null {
  const m = /<h([1-3])\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/h\1>/i.exec(html);
  return m ? htmlToPlainText(m[2]!) : null;
}
