// Decodes HTML bytes the way a careful browser would: BOM, then valid UTF-8, then the declared
// charset (HTTP header or <meta>), then detection. Never throws.
import { decodeBytes, decodeWithLabel, type Decoded } from './decode';

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The charset a page declares in its first 4 KB (`<meta charset>` or `http-equiv` content), or null. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i.exec(head);
  return m ? m[1]! : null;
}

/** The charset parameter of a Content-Type header, or null. */
export function headerCharset(contentType: string): string | null {
  const m = /;\s*charset\s*=\s*["']?([^;"'\s]+)/i.exec(contentType);
  return m ? m[1]! : null;
}

/** Decodes page bytes; `declared` is the HTTP charset, when there was one. */
export function decodeHtml(bytes: Uint8Array, declared: string | null = null): Decoded {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom) return decodeBytes(bytes);
  try {
    const text = utf8Strict.decode(bytes);
    if (!text.includes('\u0000')) return { text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the declarations decide.
  }
  for (const label of [declared, metaCharset(bytes)]) {
    if (!label) continue;
    const decoded = decodeWithLabel(bytes, label);
    if (decoded && decoded.encoding !== 'utf-8') return decoded;
  }
  return decodeBytes(bytes);
}
