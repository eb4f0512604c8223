// Export and W3C import over the library: picks the articles a scope names, gathers each with its
// highlights in reading order (orphans marked) and writes them through src/main/export. No electron.
import os from 'node:os';
import path from 'node:path';
import { setImmediate as nextTick } from 'node:timers/promises';
import type { ExportResult, ParsedArgs } from '../../shared/api/contract';
import { MarginError } from '../../shared/api/result';
import { anchor, anchorAll } from '../../shared/anchoring';
import { renderArticleMarkdown } from '../../shared/export/markdown';
import { exportOptions, type ExportArticle, type ExportOptions } from '../../shared/export/types';
import { fromW3C } from '../../shared/export/w3cImport';
import type { ArticleSummary, Highlight } from '../../shared/types';
import { exportToFile, exportToFolder, exportW3C } from '../export/exportService';
import type { NewHighlight } from './highlights';
import type { CoreServices } from './services';

/** The services export reads from and reports to. */
export type ExporterDeps = Pick<CoreServices, 'store' | 'views' | 'highlights' | 'tags' | 'events'>;

export type ExportScope = ParsedArgs<'export.run'>['scope'];
type RunArgs = ParsedArgs<'export.run'>;
type RawOptions = ParsedArgs<'export.markdown'>['options'];

/** What a W3C import did: highlights created and annotations left out, with the reason. */
export interface W3CImportResult {
  imported: number;
  skipped: Array<{ quote: string; reason: string }>;
}

/** File name used when a W3C export is pointed at a folder. */
export const W3C_FILE_NAME = 'Margin annotations.json';
/** Progress events are sent at most this often (ms), plus the last one. */
const PROGRESS_EVERY_MS = 100;
/** Articles gathered between two yields to the event loop (so progress events go out). */
const YIELD_EVERY = 25;

const clip = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 79)}…` : one;
};

/** Expands a leading `~` and insists on a full path: a relative one would land wherever the app runs. */
export function resolveExportPath(raw: string, home = os.homedir()): string {
  const trimmed = raw.trim();
  const expanded = trimmed === '~' ? home : /^~[\\/]/.test(trimmed) ? path.join(home, trimmed.slice(2)) : trimmed;
  if (!path.isAbsolute(expanded)) {
    throw new MarginError('bad_input', `Give the full path of the export (such as ${path.join(home, 'Margin Export')}), not "${clip(raw)}".`);
  }
  return path.resolve(expanded);
}

export class Exporter {
  constructor(
    private readonly s: ExporterDeps,
    private readonly home: () => string = os.homedir,
  ) {}

  /** Where exports go unless the user picks another place. */
  defaultFolder(): string {
    return path.join(this.home(), 'Margin Export');
  }

  /**
   * The articles a scope names: the listed ids (in that order), else the non-trashed articles
   * carrying every one of `tags`, else every non-trashed article. Listed ids are also filtered by
   * `tags` when both are given. Unknown ids come back in `missing`.
   */
  select(scope: ExportScope): { rows: ArticleSummary[]; missing: string[] } {
    const tags = scope.tags ?? [];
    if (scope.articleIds) {
      const known = new Map(this.s.store.metas().map((m) => [m.id, m]));
      const ids = [...new Set(scope.articleIds)];
      const missing = ids.filter((id) => !known.has(id));
      const rows = ids.filter((id) => known.has(id)).map((id) => this.s.store.summary(id));
      return { rows: this.s.tags.filterArticles(rows, tags), missing };
    }
    return { rows: this.s.tags.filterArticles(this.s.store.summaries(), tags), missing: [] };
  }

  /** One article as export sees it: highlights in reading order, orphans last and marked, extraction. */
  gather(summary: ArticleSummary): ExportArticle {
    const derived = this.s.views.derived(summary.id);
    const stored = this.s.store.annotationsOf(summary.id).highlights;
    const { placed, orphans } = anchorAll(
      derived.text,
      stored.map((h) => ({ id: h.id, quote: h.quote, position: h.position })),
    );
    const now = (h: Highlight): Highlight => {
      const at = placed.get(h.id);
      return at ? { ...h, position: { type: 'TextPositionSelector', start: at.start, end: at.end } } : h;
    };
    const orphanSet = new Set(orphans);
    const inText = stored.filter((h) => !orphanSet.has(h.id)).map(now);
    inText.sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end);
    const lost = stored.filter((h) => orphanSet.has(h.id)).sort((a, b) => a.position.start - b.position.start);
    return { meta: summary, highlights: [...inText, ...lost], orphanIds: orphans, extraction: derived.extraction };
  }

  /** One article's notes as Markdown (title, links, highlights), without front matter or markers. */
  markdown(articleId: string, options: RawOptions): string {
    return renderArticleMarkdown(this.gather(this.s.store.summary(articleId)), this.options(options));
  }

  /** Runs an export; with a jobId, reports progress on the bus in two steps per article (read, written). */
  async run(args: RunArgs): Promise<ExportResult> {
    const out = resolveExportPath(args.path, this.home());
    const { rows, missing } = this.select(args.scope);
    if (rows.length === 0) throw new MarginError('not_found', nothingMatches(args.scope, missing));
    const options = this.options(args.options);
    const total = rows.length * 2;
    const progress = this.progress(args.jobId, total);

    const articles: ExportArticle[] = [];
    const skipped: ExportResult['skipped'] = missing.map((id) => ({ articleId: id, title: id, reason: 'it is not in the library' }));
    for (const [i, row] of rows.entries()) {
      try {
        articles.push(this.gather(row));
      } catch (err) {
        skipped.push({ articleId: row.id, title: row.title, reason: `it could not be read (${(err as Error).message})` });
      }
      progress(i + 1);
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await nextTick();
    }
    const written = (done: number) => progress(rows.length + done);

    let result: ExportResult;
    if (args.format === 'w3c') {
      result = await exportW3C(args.target === 'folder' ? path.join(out, W3C_FILE_NAME) : out, articles);
    } else if (args.target === 'folder') {
      result = await exportToFolder(out, articles, options, written);
    } else {
      result = await exportToFile(out, articles, options, written);
    }
    progress(total, true);
    return { ...result, skipped: [...skipped, ...result.skipped] };
  }

  /**
   * Imports W3C Web Annotation JSON as highlights. Each annotation goes to the article its Margin
   * link names, else to an article with the same source; its quote is anchored in that article's
   * text and it is created with its colour, note and tags. Ones that cannot be placed, or that are
   * already there, are reported with the reason. Malformed JSON throws (bad_input).
   */
  importW3C(json: string): W3CImportResult {
    const annotations = fromW3C(json);
    const live = this.s.store.metas().filter((m) => m.trashedAt === null);
    const byId = new Map(live.map((m) => [m.id, m]));
    const bySource = new Map<string, string[]>();
    for (const m of live) if (m.source) bySource.set(m.source, [...(bySource.get(m.source) ?? []), m.id]);
    const result: W3CImportResult = { imported: 0, skipped: [] };
    // Per article: the passages highlighted already (read once) or placed by this file, and what to add.
    const taken = new Map<string, Set<string>>();
    const takenIn = (id: string) => {
      let set = taken.get(id);
      if (!set) taken.set(id, (set = new Set(this.s.highlights.list(id).map((h) => `${h.position.start}:${h.position.end}`))));
      return set;
    };
    const toAdd = new Map<string, Array<{ input: Omit<NewHighlight, 'articleId'>; quote: string }>>();
    for (const a of annotations) {
      const skip = (reason: string) => result.skipped.push({ quote: clip(a.quote.exact), reason });
      const candidates = [
        ...(a.articleId && byId.has(a.articleId) ? [a.articleId] : []),
        ...(a.source !== undefined ? (bySource.get(a.source) ?? []).filter((id) => id !== a.articleId) : []),
      ];
      if (candidates.length === 0) {
        skip(a.source ? `no article in this library comes from ${clip(a.source)}` : 'it does not say which article it belongs to');
        continue;
      }
      let placedIn: { articleId: string; start: number; end: number } | null = null;
      for (const articleId of candidates) {
        const at = anchor(this.s.views.derived(articleId).text, { quote: a.quote, ...(a.position ? { position: a.position } : {}) });
        if (at) {
          placedIn = { articleId, start: at.start, end: at.end };
          break;
        }
      }
      if (!placedIn) {
        skip('its text was not found in the article');
        continue;
      }
      const { articleId, start, end } = placedIn;
      const passage = `${start}:${end}`;
      if (takenIn(articleId).has(passage)) {
        skip('that passage is already highlighted');
        continue;
      }
      takenIn(articleId).add(passage);
      const list = toAdd.get(articleId) ?? [];
      list.push({ input: { start, end, color: a.color, note: a.note, tags: a.tags }, quote: a.quote.exact });
      toAdd.set(articleId, list);
    }
    // One locked write per article; when that fails, one by one, so each highlight is told why.
    const changed: string[] = [];
    for (const [articleId, list] of toAdd) {
      try {
        this.s.highlights.addMany(articleId, list.map((x) => x.input));
        result.imported += list.length;
        changed.push(articleId);
      } catch {
        for (const x of list) {
          try {
            this.s.highlights.add({ articleId, ...x.input });
            result.imported++;
            if (!changed.includes(articleId)) changed.push(articleId);
          } catch (err) {
            result.skipped.push({ quote: clip(x.quote), reason: (err as Error).message });
          }
        }
      }
    }
    if (changed.length > 0) this.s.events.emit({ type: 'library.changed', articleIds: changed });
    return result;
  }

  private options(raw: RawOptions): ExportOptions {
    return exportOptions({ ...raw, now: new Date() });
  }

  /** A progress reporter for `jobId` that sends at most one event per PROGRESS_EVERY_MS. */
  private progress(jobId: string | undefined, total: number): (done: number, force?: boolean) => void {
    if (!jobId) return () => undefined;
    let last = 0;
    return (done, force = false) => {
      const now = Date.now();
      if (!force && done !== 1 && now - last < PROGRESS_EVERY_MS) return;
      last = now;
      this.s.events.emit({ type: 'progress', jobId, task: 'export', done, total });
    };
  }
}

function nothingMatches(scope: ExportScope, missing: string[]): string {
  if (missing.length > 0 && (scope.articleIds?.length ?? 0) === missing.length) {
    return `Nothing to export: no article with id ${missing.join(', ')} in this library.`;
  }
  if (scope.tags && scope.tags.length > 0) {
    return `Nothing to export: no article is tagged ${scope.tags.map((t) => `"${t}"`).join(' and ')}.`;
  }
  return 'Nothing to export: the library has no articles.';
}
