// Writes a new article's folder: its body and its images. Nobody knows the folder until the index
// names it, so the files go straight under their final names; on failure the folder goes again.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { MarginError } from '../../shared/api/result';
import type { ArticleMeta, ContentFormat } from '../../shared/types';
import { fsyncDirAsync, ioError, writeFileDurably } from './durableJsonFile';
import type { LibraryLayout } from './layout';

export interface NewArticle {
  title: string;
  author: string | null;
  source: string | null;
  siteName?: string | null;
  publishedAt?: string | null;
  format: ContentFormat;
  content: string;
  assets?: Array<{ file: string; bytes: Uint8Array }>;
}

/** Injected for failure tests (disk full): replaces the raw write of a text file. */
export type RawWrite = (fd: number, text: string) => void;

export const ASSET_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

function checkAssetNames(doc: NewArticle): void {
  for (const asset of doc.assets ?? []) {
    if (!ASSET_FILE.test(asset.file)) throw new MarginError('bad_input', `Not an asset name: ${asset.file}`);
  }
}

/** Writes the folder durably on this thread (one article added). */
export function writeArticleFolder(layout: LibraryLayout, meta: ArticleMeta, doc: NewArticle, writeFile?: RawWrite): void {
  const dir = layout.articleDir(meta.id);
  try {
    checkAssetNames(doc);
    fs.mkdirSync(dir, { recursive: true });
    writeFileDurably(layout.content(meta.id, meta.format), doc.content, writeFile);
    if (doc.assets?.length) {
      fs.mkdirSync(layout.assetsDir(meta.id), { recursive: true });
      for (const asset of doc.assets) fs.writeFileSync(path.join(layout.assetsDir(meta.id), asset.file), asset.bytes);
    }
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw ioError(err, layout.content(meta.id, meta.format));
  }
}

/** The same off the main thread, files and folder fsynced, for many articles side by side (addMany). */
export async function writeArticleFolderAsync(layout: LibraryLayout, meta: ArticleMeta, doc: NewArticle, writeFile?: RawWrite): Promise<void> {
  const dir = layout.articleDir(meta.id);
  const writeDurably = async (file: string, data: string | Uint8Array) => {
    const handle = await fsp.open(file, 'wx');
    try {
      if (writeFile && typeof data === 'string') writeFile(handle.fd, data);
      else await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  };
  try {
    checkAssetNames(doc);
    await fsp.mkdir(dir, { recursive: true });
    if (doc.assets?.length) await fsp.mkdir(layout.assetsDir(meta.id));
    const files = [writeDurably(layout.content(meta.id, meta.format), doc.content)];
    for (const asset of doc.assets ?? []) files.push(writeDurably(path.join(layout.assetsDir(meta.id), asset.file), asset.bytes));
    const failed = (await Promise.allSettled(files)).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    if (doc.assets?.length) await fsyncDirAsync(layout.assetsDir(meta.id));
    await fsyncDirAsync(dir);
  } catch (err) {
    await fsp.rm(dir, { recursive: true, force: true });
    throw ioError(err, layout.content(meta.id, meta.format));
  }
}
