// Custom protocols instead of file://: margin-app: serves the built renderer (with the CSP header),
// margin-asset: serves images stored in the library. Both refuse anything outside their folder.
import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { buildCsp } from '../../shared/csp';
import type { Services } from '../services/services';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Must run before the app is ready. */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'margin-app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: 'margin-asset', privileges: { standard: true, secure: true } },
  ]);
}

const notFound = () => new Response('Not found', { status: 404 });

export function serveProtocols(services: Services, rendererDir: string): void {
  const rootDir = path.resolve(rendererDir);
  protocol.handle('margin-app', async (request) => {
    const url = new URL(request.url);
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(rootDir, rel);
    if (!file.startsWith(rootDir + path.sep)) return notFound();
    try {
      const body = await fs.readFile(file);
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
      if (type.startsWith('text/html')) headers['Content-Security-Policy'] = buildCsp('electron');
      return new Response(body, { headers });
    } catch {
      return notFound();
    }
  });
  protocol.handle('margin-asset', async (request) => {
    const url = new URL(request.url);
    try {
      const file = services.store.assetPath(url.hostname, decodeURIComponent(url.pathname.replace(/^\/+/, '')));
      const body = await fs.readFile(file);
      return new Response(body, { headers: { 'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' } });
    } catch {
      return notFound();
    }
  });
}
