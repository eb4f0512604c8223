// Web mode: serves the built renderer on 127.0.0.1 and answers the same typed contract over HTTP
// with the same services. Every API request must carry the random token printed at start; the app
// page opened with it also carries the list's first page (see shared/api/firstPage.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { buildCsp } from '../shared/csp';
import { FIRST_PAGE_ARGS, firstPageBlock } from '../shared/api/firstPage';
import type { LibraryEvent } from '../shared/api/methods';
import type { Services } from '../main/services/services';

export interface WebServerOptions {
  services: Services;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  broadcast(event: LibraryEvent): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const MAX_BODY = 60 * 1024 * 1024;

const sameToken = (a: string, b: string) =>
  a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const { services, rendererDir } = options;
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const security = (res: http.ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  };
  const send = (res: http.ServerResponse, status: number, body: string | Buffer, type: string, cache = 'no-store') => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': cache });
    res.end(body);
  };
  const json = (res: http.ServerResponse, status: number, value: unknown) =>
    send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

  const authorised = (req: http.IncomingMessage, url: URL) => {
    const given = (req.headers['x-margin-token'] as string | undefined) ?? url.searchParams.get('token') ?? '';
    return sameToken(given, token);
  };
  // DNS rebinding: only our own loopback host names are answered.
  const hostOk = (req: http.IncomingMessage) => {
    const host = req.headers.host ?? '';
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  };

  /**
   * The app page. Opened with the token, it also carries the list's first page, so the window can
   * show the list without asking: the page up to </body> goes out at once (the browser fetches the
   * scripts meanwhile), the data block after it.
   */
  const serveApp = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    fs.readFile(path.join(rendererDir, 'index.html'), 'utf8', (err, html) => {
      if (err) return send(res, 404, 'Not found', 'text/plain');
      res.setHeader('Content-Security-Policy', buildCsp('web'));
      const end = html.lastIndexOf('</body>');
      if (end < 0 || req.method !== 'GET' || !authorised(req, url)) return send(res, 200, html, TYPES['.html']!);
      res.writeHead(200, { 'Content-Type': TYPES['.html']!, 'Cache-Control': 'no-store' });
      res.write(html.slice(0, end));
      void services.dispatch('articles.page', FIRST_PAGE_ARGS).then((outcome) => res.end(`${firstPageBlock(outcome)}${html.slice(end)}`));
    });
  };

  const serveStatic = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    const { pathname } = url;
    if (pathname === '/' || pathname === '/index.html') return serveApp(req, res, url);
    // Deep-link routes (/article/ID) load the page's relative ./assets/ from below the route.
    const rel = decodeURIComponent(pathname).replace(/^\/+/, '').replace(/^article\/(?:[^/]+\/)*?(?=assets\/)/, '');
    const file = path.resolve(rendererDir, rel);
    if (!file.startsWith(path.resolve(rendererDir) + path.sep)) return send(res, 404, 'Not found', 'text/plain');
    fs.readFile(file, (err, data) => {
      if (err) {
        // Client-side routes (deep links such as /article/ID) get the app page.
        if (!path.extname(rel)) return serveApp(req, res, url);
        return send(res, 404, 'Not found', 'text/plain');
      }
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      if (type.startsWith('text/html')) {
        res.setHeader('Content-Security-Policy', buildCsp('web'));
        return send(res, 200, data, type);
      }
      // Built assets carry a hash of their content in their name: they never change.
      send(res, 200, data, type, rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    });
  };

  const readBody = (req: http.IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      let size = 0;
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          reject(new Error('too large'));
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const server = http.createServer(async (req, res) => {
    security(res);
    if (!hostOk(req)) return send(res, 421, 'Misdirected request', 'text/plain');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
      return serveStatic(req, res, url);
    }
    if (!authorised(req, url)) return json(res, 401, { ok: false, error: { code: 'unauthorized', message: 'A valid Margin token is required.' } });

    if (req.method === 'POST' && url.pathname.startsWith('/api/call/')) {
      const origin = req.headers.origin;
      if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
        return json(res, 403, { ok: false, error: { code: 'unauthorized', message: 'Cross-origin calls are refused.' } });
      }
      let args: unknown;
      try {
        const body = await readBody(req);
        args = body ? JSON.parse(body) : {};
      } catch {
        return json(res, 400, { ok: false, error: { code: 'invalid_args', message: 'The request body is not JSON.' } });
      }
      const started = performance.now();
      const outcome = await services.dispatch(url.pathname.slice('/api/call/'.length), args);
      const body = JSON.stringify(outcome);
      // Time spent answering, shown in the browser's network timing (and its resource timing entries).
      res.setHeader('Server-Timing', `app;dur=${(performance.now() - started).toFixed(1)}`);
      return send(res, 200, body, 'application/json; charset=utf-8');
    }
    if (req.method === 'GET' && url.pathname === '/api/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    const asset = /^\/api\/assets\/([A-Za-z0-9_-]+)\/([A-Za-z0-9][A-Za-z0-9._-]{0,127})$/.exec(url.pathname);
    if (req.method === 'GET' && asset) {
      try {
        const file = services.store.assetPath(asset[1]!, asset[2]!);
        const data = fs.readFileSync(file);
        return send(res, 200, data, TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
      } catch {
        return send(res, 404, 'Not found', 'text/plain');
      }
    }
    return json(res, 404, { ok: false, error: { code: 'not_found', message: 'No such endpoint.' } });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    broadcast(event) {
      const line = `data: ${JSON.stringify(event)}\n\n`;
      for (const s of streams) s.write(line);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of streams) s.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
