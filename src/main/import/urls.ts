// Resolves the URLs inside an imported page: its effective base, absolute links, and the best
// source of each image (srcset, <picture>, lazy-loading attributes). Pure DOM work, no fetching.

const LAZY_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-hi-res-src', 'data-url', 'data-lazy'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];

/**
 * The base URL relative references resolve against: the page URL, or its `<base href>` when that
 * stays on the page's own scheme (a file page cannot point its images at the web, and vice versa).
 */
export function documentBase(doc: Document, pageUrl: string | null): URL | null {
  let page: URL | null = null;
  try {
    page = pageUrl ? new URL(pageUrl) : null;
  } catch {
    page = null;
  }
  const href = Array.from(doc.getElementsByTagName('base')).find((b) => b.hasAttribute('href'))?.getAttribute('href');
  if (href) {
    try {
      const base = new URL(href, page ?? undefined);
      const sameScheme = page ? base.protocol === page.protocol : /^https?:$/.test(base.protocol);
      if (sameScheme) return base;
    } catch {
      // An unusable <base> is ignored.
    }
  }
  return page;
}

/** Resolves a reference; null when it cannot be resolved (relative without a base, or malformed). */
export function resolveUrl(ref: string, base: URL | null): URL | null {
  const trimmed = ref.trim();
  if (trimmed === '') return null;
  try {
    return base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
}

/** Makes every link under `root` absolute (http, https, mailto); in-page `#` links stay as they are. */
export function absolutizeLinks(root: Element, base: URL | null): void {
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    const href = a.getAttribute('href')?.trim();
    if (href === undefined) continue;
    if (href.startsWith('#')) continue;
    const url = resolveUrl(href, base);
    if (url && /^(https?|mailto):$/.test(url.protocol)) a.setAttribute('href', url.href);
  }
}

/** Parses a srcset into candidates with a comparable size (w descriptors beat x descriptors). */
export function parseSrcset(srcset: string): Array<{ url: string; size: number }> {
  const out: Array<{ url: string; size: number }> = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    let url = '';
    while (i < srcset.length && !/\s/.test(srcset[i]!)) url += srcset[i++]!;
    if (url === '') break;
    let descriptor = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      let depth = 0;
      while (i < srcset.length && (srcset[i] !== ',' || depth > 0)) {
        if (srcset[i] === '(') depth++;
        if (srcset[i] === ')') depth--;
        descriptor += srcset[i++]!;
      }
    }
    const d = descriptor.trim().toLowerCase();
    const w = /^(\d+)w$/.exec(d);
    const x = /^(\d*\.?\d+)x$/.exec(d);
    out.push({ url, size: w ? Number(w[1]) * 1000 : x ? Number(x[1]) : 1 });
  }
  return out;
}

function bestOfSrcset(srcset: string | null): string | null {
  if (!srcset) return null;
  const candidates = parseSrcset(srcset);
  if (candidates.length === 0) return null;
  return candidates.reduce((best, c) => (c.size > best.size ? c : best)).url;
}

/**
 * Where an image can be fetched from, best first: the largest srcset candidate (its own or its
 * <picture>'s), then lazy-loading attributes, then `src`. Duplicates and unresolvable ones are left out.
 */
export function imageCandidates(img: Element, base: URL | null): URL[] {
  const refs: Array<string | null> = [];
  const picture = img.parentElement?.nodeName === 'PICTURE' ? img.parentElement : null;
  refs.push(bestOfSrcset(img.getAttribute('srcset')));
  for (const attr of LAZY_SRCSET_ATTRS) refs.push(bestOfSrcset(img.getAttribute(attr)));
  if (picture) {
    for (const source of Array.from(picture.getElementsByTagName('source'))) {
      const type = source.getAttribute('type') ?? '';
      if (type === '' || /^image\/(png|jpeg|gif|webp)$/i.test(type)) refs.push(bestOfSrcset(source.getAttribute('srcset') ?? source.getAttribute('data-srcset')));
    }
  }
  for (const attr of LAZY_ATTRS) refs.push(img.getAttribute(attr));
  refs.push(img.getAttribute('src'));
  const seen = new Set<string>();
  const urls: URL[] = [];
  for (const ref of refs) {
    const url = ref ? resolveUrl(ref, base) : null;
    if (url && !seen.has(url.href)) {
      seen.add(url.href);
      urls.push(url);
    }
  }
  return urls;
}
