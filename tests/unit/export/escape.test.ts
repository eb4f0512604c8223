import { JSDOM } from 'jsdom';
import { Marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { blockquote, decodeParagraphs, encodeBlocks } from '../../../src/shared/export/escape';
import { HOSTILE_NOTES } from './fixtures';

const marked = new Marked({ gfm: true });

function noteMarkdown(note: string): string {
  return encodeBlocks(note, 'note')
    .map((p) => p.join('\n'))
    .join('\n\n');
}

/** Reads note Markdown back with marked's lexer: every top-level token must be a paragraph. */
function readNote(md: string): string {
  const tokens = marked.lexer(md).filter((t) => t.type !== 'space');
  expect(tokens.every((t) => t.type === 'paragraph')).toBe(true);
  return decodeParagraphs(tokens.map((t) => (t as Tokens.Paragraph).text), 'note');
}

function readQuote(md: string): string {
  const tokens = marked.lexer(md).filter((t) => t.type !== 'space');
  expect(tokens.map((t) => t.type)).toEqual(['blockquote']);
  const inner = (tokens[0] as Tokens.Blockquote).tokens.filter((t) => t.type !== 'space');
  expect(inner.every((t) => t.type === 'paragraph')).toBe(true);
  return decodeParagraphs(inner.map((t) => (t as Tokens.Paragraph).text), 'quote');
}

/** What a reader sees: the rendered HTML's elements and its text with whitespace collapsed. */
const page = new JSDOM('<body></body>').window.document.body;
function rendered(md: string): { tags: string[]; text: string } {
  const body = page;
  // Test-only: the HTML is inspected, never shown.
  body.innerHTML = marked.parse(md) as string;
  const tags = [...new Set([...body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))];
  return { tags, text: (body.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

// A small deterministic generator of nasty strings (no Math.random: failures must reproduce).
const PIECES = ['a', 'b', ' ', '  ', '\n', '\n', '\t', '*', '_', '#', '>', '-', '+', '1.', '2)', '[', ']', '(', ')', '`', '|', '<', '&', '&#32;', '\\', '~', '=', '%', '$', '^', ':', '!', '.', 'http://x.y/a_b', 'www.e.com', '\u00a0', '\r', '\u2028', 'é', '😀', '<!--', '-->', '---', '    ', '"', '@', 'a@b.co', '<!-- margin:end -->'];
function strings(count: number, seed: number): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 14) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''));
}

describe('Markdown escaping of notes', () => {
  it.each(HOSTILE_NOTES)('reads back exactly through marked: %j', (note) => {
    expect(readNote(noteMarkdown(note))).toBe(note);
  });

  it.each(HOSTILE_NOTES)('renders as the text itself, with no markup of its own: %j', (note) => {
    const { tags, text } = rendered(noteMarkdown(note));
    expect(tags.filter((t) => !['p', 'br', 'a'].includes(t))).toEqual([]);
    expect(text).toBe(collapse(note));
  });

  it('keeps bare URLs clickable', () => {
    const { tags } = rendered(noteMarkdown('see https://example.com/a_b?x=1&y=2 now'));
    expect(tags).toContain('a');
    expect(noteMarkdown('see https://example.com/a_b?x=1&y=2 now')).toContain('https://example.com/a_b?x=1&y=2');
  });

  it('round-trips and renders 600 generated strings as notes and as quotes', () => {
    for (const text of strings(600, 42)) {
      const note = noteMarkdown(text);
      expect(readNote(note), JSON.stringify(text)).toBe(text);
      expect(rendered(note).text, JSON.stringify(text)).toBe(collapse(text));
      const quote = blockquote(encodeBlocks(text, 'quote'));
      expect(readQuote(quote), JSON.stringify(text)).toBe(text);
    }
  });
});

describe('Markdown escaping of quotes', () => {
  it('prefixes every line of a multi-paragraph quote', () => {
    const md = blockquote(encodeBlocks('First block.\nSecond block.\nThird *block*.', 'quote'));
    expect(md).toBe('> First block.\n>\n> Second block.\n>\n> Third \\*block\\*.');
    expect(readQuote(md)).toBe('First block.\nSecond block.\nThird *block*.');
  });

  it('keeps empty blocks, edge whitespace and line-start specials', () => {
    for (const q of ['  a  \n\nb', '\n\nstarts with blanks', '- 1. > # every block start', 'ends with blanks\n\n', '', '\n']) {
      expect(readQuote(blockquote(encodeBlocks(q, 'quote')))).toBe(q);
    }
  });
});
