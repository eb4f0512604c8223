// Picks how the UI reaches the services: Electron's preload bridge when present, else the loopback
// web server with the token from the page URL. Nothing else in the UI knows which one it got.
import type { Transport } from '../../shared/api/client';
import type { LibraryEvent, Method } from '../../shared/api/methods';
import type { Outcome } from '../../shared/api/result';
import { afterPaint } from '../ui/dom';

/** What the preload exposes as `window.margin` (see src/preload/index.ts). */
export interface ElectronBridge {
  call(method: Method, args: unknown): Promise<Outcome<unknown>>;
  subscribe(listener: (event: LibraryEvent) => void): () => void;
}

declare global {
  interface Window {
    margin?: ElectronBridge;
  }
}

export interface UiTransport extends Transport {
  /** URL of a stored article image. */
  assetUrl(articleId: string, file: string): string;
}

function electronTransport(bridge: ElectronBridge): UiTransport {
  return {
    call: (method, args) => bridge.call(method, args),
    subscribe: (listener) => bridge.subscribe(listener),
    assetUrl: (id, file) => `margin-asset://${encodeURIComponent(id)}/${encodeURIComponent(file)}`,
  };
}

/** Keeps the token for reloads and takes it out of the address bar. */
function rememberToken(token: string): void {
  sessionStorage.setItem('margin-token', token);
  const params = new URLSearchParams(location.search);
  params.delete('token');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
}

function webToken(): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    // After the first paint: the page's first use of sessionStorage waits on the browser process.
    void afterPaint().then(() => rememberToken(fromUrl));
    return fromUrl;
  }
  return sessionStorage.getItem('margin-token') ?? '';
}

function webTransport(): UiTransport {
  const token = webToken();
  return {
    async call(method, args) {
      try {
        const res = await fetch(`/api/call/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Margin-Token': token },
          body: JSON.stringify(args ?? {}),
        });
        return (await res.json()) as Outcome<unknown>;
      } catch (err) {
        return { ok: false, error: { code: 'io', message: `Margin's web server did not answer (${(err as Error).message}).` } };
      }
    },
    subscribe(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (e) => listener(JSON.parse(e.data as string) as LibraryEvent);
      return () => source.close();
    },
    assetUrl: (id, file) => `/api/assets/${encodeURIComponent(id)}/${encodeURIComponent(file)}?token=${encodeURIComponent(token)}`,
  };
}

export function pickTransport(): UiTransport {
  return window.margin ? electronTransport(window.margin) : webTransport();
}
