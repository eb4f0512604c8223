// Writes Markdown and W3C exports to disk: one file per article in a folder (updated in place on
// re-export), one file with every article, or one JSON file. Renders through src/shared/export;
// never imports electron and never deletes or overwrites a file Margin did not write there.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MarginError } from '../../shared/api/result';
import { renderArticleFile, renderCollectionFile } from '../../shared/export/document';
import { uniqueFileName } from '../../shared/export/fileName';
import type { ExportArticle, ExportOptions } from '../../shared/export/types';
import { toW3C } from '../../shared/export/w3c';
import { writeFileAtomic } from './atomicWrite';
import { scanFolder } from './folderScan';
import { fsReason } from './fsReason';

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

/** The file's text, or null when there is no file. A folder at that name is an error. */
async function readExisting(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Exports each article to its own Markdown file in `dir` (created if missing). Files written by an
 * earlier export are found by the article id in their front matter, even if renamed, and only their
 * Margin section and Margin's front matter keys change. New files get unique names from the titles.
 * A file that fails is reported in `skipped`; the others are still written. Throws a MarginError
 * when the folder itself cannot be written.
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
  const summary: ExportSummary = { written: [], updated: [], skipped: [], outPath: folder };
  for (const [i, article] of articles.entries()) {
    const known = index.byId.get(article.meta.id);
    const name = known ?? uniqueFileName(article.meta.title, index.taken);
    const file = path.join(folder, name);
    try {
      if (path.dirname(file) !== folder) throw new Error(`unsafe file name ${name}`);
      const existing = known ? await readExisting(file) : null;
      await writeFileAtomic(file, renderArticleFile(article, options, existing));
      (existing === null ? summary.written : summary.updated).push(file);
      index.byId.set(article.meta.id, name);
    } catch (err) {
      summary.skipped.push({ articleId: article.meta.id, title: article.meta.title, reason: fsReason(err, name) });
    }
    onProgress?.(i + 1, articles.length);
  }
  return summary;
}

/** Writes `text` to `file` atomically, creating its folder; a failure throws a MarginError naming the file. */
async function writeSingle(file: string, text: string, existed: boolean): Promise<ExportSummary> {
  try {
    await writeFileAtomic(file, text);
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
