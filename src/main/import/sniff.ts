// Tells text from everything else before and after decoding: known binary formats by their magic
// bytes, control-character noise, empty input, and which text format unnamed input is.
import type { ContentFormat } from '../../shared/types';

const MAGIC: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'an image (PNG)' },
  { bytes: [0xff, 0xd8, 0xff], what: 'an image (JPEG)' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'an image (GIF)' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (EPUB, Word and OpenDocument files are ZIP archives too)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program' },
  { bytes: [0x1f, 0x8b], what: 'a compressed (gzip) file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document' },
];

/** Names a known binary format from its first bytes ("a PDF document"), or null. */
export function knownBinaryFormat(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (m.bytes.every((b, i) => bytes[i] === b)) return m.what;
  }
  if (bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x46 && bytes[8] === 0x57 && bytes[9] === 0x45) return 'an image (WebP)';
  return null;
}

/** True when decoded text is really binary: a NUL, or more than 5% control characters, in its first 64 K characters. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0xfffd || c === 0x7f) control++;
  }
  return control > 0.05 * sample.length;
}

/** True when the text holds nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Guesses the format of text that came without a telling file extension. */
export function sniffFormat(text: string): ContentFormat {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/.test(head) || /<(html|body)[\s>]/.test(head)) return 'html';
  if (/^---\r?\n[\s\S]*?\r?\n(---|\.\.\.)\s*(\r?\n|$)/.test(text.slice(0, 8192))) return 'markdown';
  return 'text';
}

/** CRLF and lone CR become LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
