// Test fixtures built in code: temp folders, real PNG/GIF/JPEG bytes, a loopback HTTP server, and a
// structural safety check for sanitized HTML. Nothing here is a test by itself.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';

/** A fresh temp folder, removed by the returned cleanup. */
export function tempDir(prefix = 'margin-import-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real, decodable RGB PNG of one colour. */
export function png(width: number, height: number, rgb: [number, number, number] = [200, 30, 30]): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]),
  );
}

/** The classic 1×1 transparent GIF (a tracking pixel). */
export const PIXEL_GIF = new Uint8Array(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));

/** JPEG header bytes declaring the given size (enough for type sniffing). */
export function jpeg(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A loopback HTTP server on 127.0.0.1 (port 0) serving `routes` by path; 404 otherwise. */
export async function serve(routes: Record<string, Route>): Promise<{ url: (p: string) => string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(p);
    const route = routes[p];
    if (route) route(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not here</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const window = new JSDOM('').window;

/** Parses sanitized output into a detached body for structural assertions. */
export function parseBody(html: string): HTMLElement {
  return new window.DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

const FORBIDDEN_TAGS = ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'INPUT', 'BUTTON', 'BASE', 'META', 'LINK', 'STYLE', 'SVG', 'MATH', 'VIDEO', 'AUDIO', 'SOURCE', 'TEMPLATE', 'NOSCRIPT', 'FRAME', 'FRAMESET', 'TEXTAREA'];
const URL_ATTRS = ['src', 'href', 'srcset', 'poster', 'background', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'style', 'ping', 'lowsrc', 'dynsrc'];

/**
 * Every reason `html` is unsafe: forbidden elements, on* handlers, styles, hrefs other than
 * http(s)/mailto/#, any src other than assets/<file>. Empty when safe.
 */
export function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  for (const el of Array.from(parseBody(html).querySelectorAll('*'))) {
    const tag = el.tagName.toUpperCase();
    if (FORBIDDEN_TAGS.includes(tag)) problems.push(`<${tag.toLowerCase()}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim();
      if (name.startsWith('on')) problems.push(`${name} handler`);
      else if (name === 'href' && !/^(https?:\/\/|mailto:|#)/i.test(value)) problems.push(`href=${value}`);
      else if (name === 'src' && !/^assets\/[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) problems.push(`src=${value}`);
      else if (name !== 'href' && name !== 'src' && URL_ATTRS.includes(name)) problems.push(`${name}=${value}`);
      if (/javascript:|vbscript:|data:text/i.test(value)) problems.push(`${name} holds a script URL`);
    }
  }
  return problems;
}
