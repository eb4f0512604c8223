// Imports what the user pasted: the clipboard's HTML when there is some (kept whole, sanitized,
// embedded data: images stored), else its plain text. Nothing is fetched from the network.
import { htmlDoc } from './htmlDoc';
import { dataLoader } from './loaders';
import { markdownDoc, splitFrontMatter } from './markdownDoc';
import { isBlank, normalizeNewlines } from './sniff';
import { textDoc } from './textDoc';
import { formatSize, MAX_FILE_BYTES, type ImportItem } from './types';

const NAME = 'pasted text';

/** Pasted text that announces itself as Markdown: front matter, or a `# Title` first line. */
function looksLikeMarkdown(text: string): boolean {
  if (Object.keys(splitFrontMatter(text).data).length > 0) return true;
  return /^\s*#[ \t]+\S/.test(text);
}

/**
 * Imports a paste. `html` (the clipboard's text/html) is preferred when it holds readable content;
 * its remote images are dropped with their alt text kept. Never throws.
 */
export async function importPastedText(text: string, html?: string): Promise<ImportItem> {
  const fail = (message: string): ImportItem => ({ name: NAME, ok: false, message });
  try {
    if (text.length + (html?.length ?? 0) > MAX_FILE_BYTES) return fail(`the pasted text is too large (the limit is ${formatSize(MAX_FILE_BYTES)})`);
    const origin = { source: null, encoding: 'utf-8', fallbackTitle: 'Pasted text' };
    if (html && !isBlank(html)) {
      const doc = await htmlDoc(html, { ...origin, pageUrl: null, loader: dataLoader, reduce: false, imageBudgetMs: 10_000 });
      if (doc) return { name: NAME, ok: true, doc };
    }
    const clean = normalizeNewlines(text.replace(/^\uFEFF/, ''));
    if (isBlank(clean)) return fail('nothing to import: the pasted text is empty');
    return { name: NAME, ok: true, doc: looksLikeMarkdown(clean) ? markdownDoc(clean, origin) : textDoc(clean, origin) };
  } catch (err) {
    return fail(`the pasted text could not be imported: ${(err as Error).message}`);
  }
}
