// Writes user text (quotes, notes, titles) as Markdown that renders as that text and reads back
// exactly, and reads it back. Pure string work: it knows nothing about highlights or files.
//
// The scheme: ASCII punctuation with a Markdown (CommonMark, GFM or Obsidian) meaning is
// backslash-escaped; whitespace at either end of a line, control characters and newlines that
// Markdown cannot express (runs, leading, trailing) become numeric character references; bare
// URLs are left as written so they still link. `decodeMarkdownText` undoes exactly this.

/** How newlines in the text map to Markdown. */
export type BlockMode =
  /** Quotes: every "\n" separates two paragraphs (blocks of the article). */
  | 'quote'
  /** Notes: "\n" is a line break inside a paragraph, "\n\n" separates paragraphs. */
  | 'note';

const ALWAYS_ESCAPED = /[\\`*_[\]<#|~$^&]/g;
const DOUBLED = /(={2,}|%{2,})/g;
const SPECIAL_CHAR = /[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Where a Markdown renderer would start an autolink, and the run of text it would take into it.
const URL_RUN = /(?:https?:\/\/|www\.)[^\s<]*/gi;
// After a URL, characters that are written as references or escaped, so a renderer would take them into the link.
const ENDS_GLUED = /[<\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]/;
const URL_START = /(https?|www)([:.])/gi;
// A run that can stay as written: only URL characters, nothing the decoder would change.
const CLEAN_URL = /^[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+$/;
const LINE_START = /^(?:[-+=%:>]|\d{1,9}[.)])/;

const charRef = (ch: string): string => `&#${ch.codePointAt(0)};`;
const charRefs = (s: string): string => Array.from(s, charRef).join('');

function escapePlain(s: string): string {
  return s
    .replace(ALWAYS_ESCAPED, '\\$&')
    .replace(DOUBLED, (run) => run.replace(/./g, '\\$&'))
    .replace(SPECIAL_CHAR, charRef);
}

/**
 * Bare URLs stay as written so they still render as links. A URL run holding characters that need
 * escaping is escaped and its scheme broken ("http\://"), so no renderer links it with the
 * backslashes inside, and so is a URL that ends `s` when `glued` (a character reference follows).
 */
function escapeWithUrls(s: string, glued: boolean): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(URL_RUN)) {
    const run = m[0];
    const end = m.index + run.length;
    const clean = CLEAN_URL.test(run) && !run.includes('&#') && (end < s.length ? !ENDS_GLUED.test(s[end]!) : !glued);
    out += escapePlain(s.slice(last, m.index)) + (clean ? run : escapePlain(run).replace(URL_START, '$1\\$2'));
    last = end;
  }
  return out + escapePlain(s.slice(last));
}

/**
 * Encodes one line of text (no "\n") as Markdown inline content that cannot start a block.
 * `after` is Markdown the caller appends to the line (character references), if any.
 */
export function encodeLine(line: string, after = ''): string {
  const lead = /^\s*/.exec(line)![0];
  const rest = line.slice(lead.length);
  const trail = /\s*$/.exec(rest)![0];
  const core = rest.slice(0, rest.length - trail.length);
  let body = escapeWithUrls(core, trail !== '' || after !== '');
  const start = LINE_START.exec(body);
  if (start) {
    const at = start[0].length - 1;
    body = body.slice(0, at) + '\\' + body.slice(at);
  }
  return charRefs(lead) + body + charRefs(trail) + after;
}

/**
 * Encodes multi-line text as Markdown paragraphs, each a list of lines (already escaped). In
 * 'quote' mode each paragraph has one line. `decodeParagraphs` with the same mode reverses it.
 */
export function encodeBlocks(text: string, mode: BlockMode): string[][] {
  if (text === '') return [];
  if (/^\n+$/.test(text)) return [[charRefs(text)]];
  const pieces = text.split(/(\n+)/);
  let prefix = '';
  if (pieces[0] === '') {
    prefix = charRefs(pieces[1]!);
    pieces.splice(0, 2);
  }
  let suffix = '';
  if (pieces.length > 1 && pieces[pieces.length - 1] === '') {
    suffix = charRefs(pieces[pieces.length - 2]!);
    pieces.splice(pieces.length - 2, 2);
  }
  const paragraphs: string[][] = [[]];
  for (let i = 0; i < pieces.length; i += 2) {
    const run = pieces[i + 1]?.length ?? 0;
    const soft = mode === 'note' && run === 1;
    const extra = run === 0 || soft ? 0 : run - (mode === 'note' ? 2 : 1);
    const after = run === 0 ? suffix : '&#10;'.repeat(extra);
    paragraphs[paragraphs.length - 1]!.push((i === 0 ? prefix : '') + encodeLine(pieces[i]!, after));
    if (run > 0 && !soft) paragraphs.push([]);
  }
  return paragraphs;
}

const DECODABLE = /\\([!-/:-@[-`{-~])|&#(\d{1,7});/g;

/** Reads back text written by `encodeLine` / `encodeBlocks` (one paragraph's raw Markdown). */
export function decodeMarkdownText(raw: string): string {
  return raw.replace(DECODABLE, (whole, punct: string | undefined, code: string | undefined) => {
    if (punct !== undefined) return punct;
    const n = Number(code);
    return n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

/** Joins decoded paragraphs back into the text `encodeBlocks` was given. */
export function decodeParagraphs(rawParagraphs: string[], mode: BlockMode): string {
  return rawParagraphs.map(decodeMarkdownText).join(mode === 'quote' ? '\n' : '\n\n');
}

/** Renders encoded quote paragraphs as a blockquote, every line prefixed. */
export function blockquote(paragraphs: string[][]): string {
  if (paragraphs.length === 0) return '>';
  return paragraphs.map((p) => p.map((l) => `> ${l}`).join('\n')).join('\n>\n');
}

/** Escapes text for one table cell or heading: one line, pipes escaped, newlines as spaces. */
export function encodeInline(text: string): string {
  return encodeLine(text.replace(/\r?\n/g, ' '));
}
