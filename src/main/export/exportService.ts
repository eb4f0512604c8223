// Writes Markdown and W3C exports to disk: one file per article in a folder (updated in place on
// re-export), one file with every article, or one JSON file. Renders through src/shared/export;
// never imports electron and never deletes or overwrites a file Margin did not write there.
import { randomBytes } from 'node:crypto';
import { access, constants, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MarginError } from '../../shared/api/result';
import { renderArticleFile, renderCollectionFile } from '../../shared/export/document';
import { uniqueFileName } from '../../shared/export/fileName';
import type { ExportArticle, ExportOptions } from '../../shared/export/types';
import { toW3C } from '../../shared/export/w3c';
import { commitTemp, writeFileAtomic, writeTemp } from './atomicWrite';
import { scanFolder } from './folderScan';
import { fsReason } from './fsReason';

/** What an export did: files created and updated, and the articles it could not write. */
export interface ExportSummary {
  /** Files created, as absolute paths. */
  written: string[];
  /** Files that existed (written by an earlier export) and were updated in place. */
  updated: string[];
  /** Articles that were not written, and why. */
  skipped: Array<{ articleId: string; title: string; reason: string }>;
  /** The folder or file exported to. */
  outPath: string;
}

/** Told after each article is prepared: how many are done out of how many. */
export type ProgressCallback = (done: number, total: number) => void;

/** Makes sure `folder` exists and takes new files; throws a MarginError naming it otherwise. */
async function ensureWritableFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
    if (!(await stat(folder)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new MarginError('io', `Cannot export to ${folder}: a file is where the folder should be. Nothing was exported.`);
    }
    throw new MarginError('read_only', `Cannot export to ${folder}: ${fsReason(err, 'the folder')}. Nothing was exported.`);
  }
  const probe = path.join(folder, `.margin-write-test-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(probe, '', { flag: 'wx' });
  } catch (err) {
    throw new MarginError('read_only', `Cannot export to ${folder}: ${fsReason(err, 'files there')}. Nothing was exported.`);
  }
  await rm(probe, { force: true });
}

/**
 * The file's text, or null when there is no file. A folder at that name is an error, and so is a
 * file the user made read-only (a rename would replace it anyway on Linux and macOS).
 */
async function readExisting(file: string): Promise<string | null> {
  try {
    const text = await readFile(file, 'utf8');
    await access(file, constants.W_OK);
    return text;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Runs `task` over `items` with at most `limit` running at once; results keep the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Files prepared at once: enough to overlap disk flushes, few enough to keep memory and handles low. */
const PARALLEL_WRITES = 8;

interface Planned {
  article: ExportArticle;
  name: string;
  /** Whether the name came from a file Margin wrote before (found by id). */
  known: boolean;
}

type Prepared = { tmp: string; existed: boolean } | { error: unknown };

/**
 * Exports each article to its own Markdown file in `dir` (created if missing). Files written by an
 * earlier export are found by the article id in their front matter, even if renamed, and only their
 * Margin section and Margin's front matter keys change. New files get unique names from the titles.
 * A file that fails is reported in `skipped`; the others are still written. Throws a MarginError
 * when the folder itself cannot be written.
 *
 * Every file is first written to a temp file (several at once; `onProgress` counts these), then all
 * are renamed into place in order, so no article's file is ever half-written.
 */
export async function exportToFolder(
  dir: string,
  articles: readonly ExportArticle[],
  options: ExportOptions,
  onProgress?: ProgressCallback,
): Promise<ExportSummary> {
  const folder = path.resolve(dir);
  await ensureWritableFolder(folder);
  const index = await scanFolder(folder);
  const plans: Planned[] = [];
  for (const article of articles) {
    const known = index.byId.get(article.meta.id);
    const name = known ?? uniqueFileName(article.meta.title, index.taken);
    index.byId.set(article.meta.id, name);
    plans.push({ article, name, known: known !== undefined });
  }

  let done = 0;
  const prepared = await mapLimited(plans, PARALLEL_WRITES, async ({ article, name, known }): Promise<Prepared> => {
    try {
      const file = path.join(folder, name);
      if (path.dirname(file) !== folder) throw new Error(`unsafe file name ${name}`);
      const existing = known ? await readExisting(file) : null;
      const tmp = await writeTemp(file, renderArticleFile(article, options, existing), existing !== null);
      return { tmp, existed: existing !== null };
    } catch (error) {
      return { error };
    } finally {
      onProgress?.(++done, plans.length);
    }
  });

  const summary: ExportSummary = { written: [], updated: [], skipped: [], outPath: folder };
  for (const [i, { article, name }] of plans.entries()) {
    const result = prepared[i]!;
    const file = path.join(folder, name);
    try {
      if ('error' in result) throw result.error;
      await commitTemp(result.tmp, file);
      (result.existed ? summary.updated : summary.written).push(file);
    } catch (err) {
      summary.skipped.push({ articleId: article.meta.id, title: article.meta.title, reason: fsReason(err, name) });
    }
  }
  return summary;
}

/** Writes `text` to `file` atomically, creating its folder; a failure throws a MarginError naming the file. */
async function writeSingle(file: string, text: string, existed: boolean): Promise<ExportSummary> {
  try {
    await writeFileAtomic(file, text, existed);
  } catch (err) {
    throw new MarginError('io', `Cannot export to ${file}: ${fsReason(err, path.basename(file))}. Nothing was changed.`);
  }
  return { written: existed ? [] : [file], updated: existed ? [file] : [], skipped: [], outPath: file };
}

async function existingText(file: string): Promise<string | null> {
  try {
    return await readExisting(file);
  } catch (err) {
    throw new MarginError('io', `Cannot export to ${file}: ${fsReason(err, path.basename(file))}. Nothing was changed.`);
  }
}

/**
 * Exports all articles into one Markdown file, each under its H1. An existing file keeps what the
 * user wrote outside Margin's section and their own front matter keys.
 */
export async function exportToFile(
  file: string,
  articles: readonly ExportArticle[],
  options: ExportOptions,
  onProgress?: ProgressCallback,
): Promise<ExportSummary> {
  const target = path.resolve(file);
  await ensureWritableFolder(path.dirname(target));
  const existing = await existingText(target);
  const text = renderCollectionFile(articles, options, existing, onProgress);
  return writeSingle(target, text, existing !== null);
}

/** Exports every highlight of `articles` as one W3C Web Annotation collection (JSON). */
export async function exportW3C(file: string, articles: readonly ExportArticle[]): Promise<ExportSummary> {
  const target = path.resolve(file);
  await ensureWritableFolder(path.dirname(target));
  const existed = (await existingText(target)) !== null;
  return writeSingle(target, `${JSON.stringify(toW3C(articles), null, 2)}\n`, existed);
}
