// One bounded HTTP GET: follows redirects itself (http/https only, loops and chains refused), stops
// at a deadline and a byte limit, and turns every failure into a sentence. Never throws.
import { STATUS_CODES } from 'node:http';
import { formatSize } from './types';

export interface FetchLimits {
  timeoutMs: number;
  maxRedirects: number;
  maxBytes: number;
  fetchImpl: typeof fetch;
  /** The Accept header. */
  accept: string;
  /** Aborts from outside (e.g. a shared deadline for all images of a page). */
  signal?: AbortSignal;
}

export type FetchResult =
  | { ok: true; url: string; status: number; contentType: string; bytes: Uint8Array }
  | { ok: false; message: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'Mozilla/5.0 (compatible; Margin reader)';

/** "15 s", "0.2 s". */
function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 1000 ? 2 : 1))} s`;
}

function networkMessage(err: unknown, host: string): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (err as { code?: string }).code;
  if (code === 'ECONNREFUSED') return `could not connect to ${host}: connection refused`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `could not find the server ${host}`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `${host} closed the connection`;
  return `could not reach ${host}: ${cause?.message ?? (err as Error).message ?? String(err)}`;
}

async function readLimited(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** GETs `address` within the limits; the result's `url` is the address after redirects. */
export async function fetchLimited(address: string, limits: FetchLimits): Promise<FetchResult> {
  let current: URL;
  try {
    current = new URL(address);
  } catch {
    return { ok: false, message: `"${address}" is not a valid web address` };
  }
  if (!/^https?:$/.test(current.protocol)) return { ok: false, message: `only http and https addresses can be imported, not ${current.protocol}` };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const onOuterAbort = () => controller.abort();
  limits.signal?.addEventListener('abort', onOuterAbort);
  const visited = new Set<string>([current.href]);
  try {
    for (let redirects = 0; ; ) {
      if (limits.signal?.aborted) return { ok: false, message: 'cancelled' };
      const res = await limits.fetchImpl(current.href, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { accept: limits.accept, 'user-agent': USER_AGENT },
      });
      if (res.type === 'opaqueredirect') return { ok: false, message: `${current.host} redirected, and the redirect could not be followed` };
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel().catch(() => undefined);
        const location = res.headers.get('location');
        if (!location) return { ok: false, message: `${current.host} answered ${res.status} without saying where to go` };
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return { ok: false, message: `${current.host} redirected to an invalid address` };
        }
        if (!/^https?:$/.test(next.protocol)) return { ok: false, message: `${current.host} redirected to a non-web address (${next.protocol})` };
        if (visited.has(next.href)) return { ok: false, message: `redirect loop: ${current.href} redirects back to ${next.href}` };
        if (++redirects > limits.maxRedirects) return { ok: false, message: `too many redirects (more than ${limits.maxRedirects})` };
        visited.add(next.href);
        current = next;
        continue;
      }
      if (res.status >= 400) {
        await res.body?.cancel().catch(() => undefined);
        const text = res.statusText || STATUS_CODES[res.status] || 'Error';
        return { ok: false, message: `the server answered ${res.status} ${text}` };
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      const tooLarge = { ok: false as const, message: `the response is larger than ${formatSize(limits.maxBytes)}` };
      if (declared > limits.maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        return tooLarge;
      }
      const bytes = await readLimited(res, limits.maxBytes);
      if (bytes === null) return tooLarge;
      return { ok: true, url: current.href, status: res.status, contentType: res.headers.get('content-type') ?? '', bytes };
    }
  } catch (err) {
    if (timedOut) return { ok: false, message: `timed out after ${seconds(limits.timeoutMs)}` };
    if (limits.signal?.aborted) return { ok: false, message: 'cancelled' };
    return { ok: false, message: networkMessage(err, current.host) };
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener('abort', onOuterAbort);
  }
}
