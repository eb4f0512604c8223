// What every import does once the services answered: refresh the library list, open the new
// article, and tell the user which files were duplicates and which failed (and why).
import type { Api } from '../../shared/api/client';
import type { ImportItemResult } from '../../shared/api/contract';
import type { App } from '../app';
import { toast } from '../ui/toast';
import { readAsBase64, refuseFile } from './fileBytes';
import { annotationImport, countResults, summarize } from './summary';

/** Shows results where the user is looking; answers false when it is not showing (dialog closed). */
export type ResultSink = (results: ImportItemResult[], summary: string) => boolean;

const PASTE_NAME = 'Pasted text';
const MAX_PASTE_CHARS = 50 * 1024 * 1024;

export class ImportFlow {
  /** Set by the import dialog while it is open. */
  sink: ResultSink | null = null;

  constructor(
    private readonly app: App,
    private readonly api: Api,
  ) {}

  /** Refreshes the list and opens the first new article (or the one a lone duplicate matched). */
  async settle(results: readonly ImportItemResult[]): Promise<void> {
    await this.app.refresh();
    const target = results.find((r) => r.status === 'added') ?? (results.length === 1 ? results.find((r) => r.status === 'duplicate') : undefined);
    if (target?.id) await this.app.open(target.id);
  }

  /** Reports results in the open dialog, else as a toast (an alert when something failed). */
  announce(results: ImportItemResult[], summary = summarize(results)): void {
    if (this.sink?.(results, summary)) return;
    const failed = countResults(results).failed > 0;
    toast(summary, { error: failed, ms: results.length > 1 || failed ? 10_000 : 5000 });
  }

  /**
   * Brings in a W3C Web Annotation file (exported by Margin, Hypothesis and others): each highlight
   * onto the article it belongs to; the open article shows them at once (the services announce it).
   */
  async importAnnotations(file: File): Promise<void> {
    const refused = refuseFile(file);
    if (refused) return this.announce([refused]);
    let json: string;
    try {
      json = await file.text();
    } catch {
      return this.announce([{ name: file.name, status: 'failed', message: `"${file.name}" could not be read` }]);
    }
    const r = await this.api.call('annotations.importW3C', { json });
    if (!r.ok) return this.announce([{ name: file.name, status: 'failed', message: r.error.message }], `${file.name}: ${r.error.message}`);
    const { results, summary } = annotationImport(file.name, r.value);
    this.announce(results, summary);
  }

  /** Imports files dropped or pasted onto the window, one after another (.json: W3C annotations). */
  async importFiles(all: readonly File[]): Promise<void> {
    const isAnnotations = (f: File) => /\.json$/i.test(f.name);
    for (const f of all.filter(isAnnotations)) await this.importAnnotations(f);
    const files = all.filter((f) => !isAnnotations(f));
    if (files.length === 0) return;
    if (files.length > 1) toast(`Importing ${files.length} files…`);
    const results: ImportItemResult[] = [];
    for (const file of files) results.push(await this.importFile(file));
    await this.settle(results);
    this.announce(results);
  }

  private async importFile(file: File): Promise<ImportItemResult> {
    const refused = refuseFile(file);
    if (refused) return refused;
    let base64: string;
    try {
      base64 = await readAsBase64(file);
    } catch {
      return { name: file.name, status: 'failed', message: `"${file.name}" could not be read; folders cannot be dropped, use Import → Folder… instead` };
    }
    const r = await this.api.call('import.bytes', { name: file.name.slice(0, 260) || 'dropped file', base64 });
    return r.ok ? r.value : { name: file.name, status: 'failed', message: r.error.message };
  }

  /** Imports pasted text; HTML (a copied web page selection) is kept as HTML, sanitized by the services. */
  async importPaste(text: string, html: string): Promise<void> {
    const content = html.trim() ? html : text;
    if (!content.trim()) return;
    let result: ImportItemResult;
    if (content.length > MAX_PASTE_CHARS) {
      result = { name: PASTE_NAME, status: 'failed', message: 'the pasted text is too large (the limit is 50 MB)' };
    } else {
      const r = await this.api.call('articles.importText', html.trim() ? { name: PASTE_NAME, content, format: 'html' } : { name: PASTE_NAME, content });
      result = r.ok ? r.value : { name: PASTE_NAME, status: 'failed', message: r.error.message };
    }
    await this.settle([result]);
    this.announce([result]);
  }
}
