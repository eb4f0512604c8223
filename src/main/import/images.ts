// Makes an article's images local: each <img> is fetched once through a loader, identified from its
// bytes, and pointed at `assets/img-<n>.<ext>`; anything that fails is replaced by its alt text.
// Tracking pixels (1-2 px) and non-images (SVG, HTML) are dropped. Nothing remote is ever left in `src`.
import { sniffImage } from './imageType';
import { imageCandidates } from './urls';
import type { ImageLoader } from './loaders';
import { MAX_IMAGES, type ImportedAsset } from './types';

export interface LocalizeOptions {
  loader: ImageLoader;
  /** Images fetched per article at most (default 200); the rest are dropped. */
  maxImages?: number;
  /** Parallel fetches (default 4). */
  concurrency?: number;
  /** All fetches stop when it fires (the images still pending are dropped). */
  signal: AbortSignal;
}

type Loaded = { bytes: Uint8Array; mime: string; ext: string };

/** Replaces an image by its alt text (or nothing). */
function dropImage(img: Element): void {
  const alt = img.getAttribute('alt')?.trim();
  if (alt) img.parentNode?.insertBefore(img.ownerDocument.createTextNode(alt), img);
  img.remove();
}

/** True for images declared 0-2 pixels wide or high: spacers and tracking pixels. */
function declaredTiny(img: Element): boolean {
  return ['width', 'height'].some((attr) => {
    const v = img.getAttribute(attr);
    return v !== null && /^\s*\d+(px)?\s*$/.test(v) && parseInt(v, 10) <= 2;
  });
}

async function loadFirst(urls: URL[], opts: LocalizeOptions): Promise<Loaded | null> {
  for (const url of urls.slice(0, 3)) {
    if (opts.signal.aborted) return null;
    const bytes = await opts.loader(url, opts.signal);
    if (!bytes) continue;
    const kind = sniffImage(bytes);
    if (!kind) continue;
    if (kind.width > 0 && kind.height > 0 && kind.width <= 2 && kind.height <= 2) return null;
    return { bytes, mime: kind.mime, ext: kind.ext };
  }
  return null;
}

/** Runs tasks with at most `limit` in flight. */
async function runLimited(tasks: Array<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

/**
 * Fetches the images under `root` and rewrites them to `assets/<file>`; returns the assets in
 * document order. Images that cannot be fetched are replaced by their alt text.
 */
export async function localizeImages(root: Element, base: URL | null, opts: LocalizeOptions): Promise<ImportedAsset[]> {
  const maxImages = opts.maxImages ?? MAX_IMAGES;
  const jobs = new Map<string, { urls: URL[]; result: Loaded | null }>();
  const plan: Array<{ img: Element; key: string | null }> = [];
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const urls = declaredTiny(img) ? [] : imageCandidates(img, base);
    const known = urls.find((u) => jobs.has(u.href));
    let key: string | null = known ? known.href : null;
    if (key === null && urls.length > 0 && jobs.size < maxImages) {
      key = urls[0]!.href;
      jobs.set(key, { urls, result: null });
    }
    plan.push({ img, key });
  }

  await runLimited(
    [...jobs.values()].map((job) => async () => {
      job.result = await loadFirst(job.urls, opts);
    }),
    opts.concurrency ?? 4,
  );

  const assets: ImportedAsset[] = [];
  const files = new Map<string, string>();
  for (const { img, key } of plan) {
    const loaded = key === null ? null : (jobs.get(key)?.result ?? null);
    if (!loaded || key === null) {
      dropImage(img);
      continue;
    }
    let file = files.get(key);
    if (file === undefined) {
      file = `img-${assets.length + 1}.${loaded.ext}`;
      files.set(key, file);
      assets.push({ file, bytes: loaded.bytes, mime: loaded.mime });
    }
    for (const attr of Array.from(img.attributes)) {
      if (!['alt', 'title'].includes(attr.name)) img.removeAttribute(attr.name);
    }
    img.setAttribute('src', `assets/${file}`);
  }
  return assets;
}
