// Where each piece of a library lives inside its folder. Only the store and the import of assets
// use these paths; nothing else builds library paths by hand.
import path from 'node:path';
import type { ContentFormat } from '../../shared/types';

const EXT: Record<ContentFormat, string> = { text: 'txt', markdown: 'md', html: 'html' };

export class LibraryLayout {
  constructor(readonly dir: string) {}
  get index() {
    return path.join(this.dir, 'library.json');
  }
  get articlesDir() {
    return path.join(this.dir, 'articles');
  }
  get annotationsDir() {
    return path.join(this.dir, 'annotations');
  }
  /** Tag renames, merges and deletes not yet written into every annotations file (see tagLog.ts). */
  get tagLog() {
    return path.join(this.dir, 'tag-log.json');
  }
  get backupsDir() {
    return path.join(this.dir, 'backups');
  }
  /** The list's digest of every annotations file (a cache; see summaryCache.ts). */
  get summaryCache() {
    return path.join(this.dir, 'annotations-summary.json');
  }
  /** Ids whose annotations changed since the summary cache was written, one per line. */
  get summaryJournal() {
    return path.join(this.dir, 'annotations-summary.journal');
  }
  snapshotDir(name: string) {
    return path.join(this.backupsDir, name);
  }
  articleDir(id: string) {
    return path.join(this.articlesDir, id);
  }
  content(id: string, format: ContentFormat) {
    return path.join(this.articleDir(id), `content.${EXT[format]}`);
  }
  derived(id: string) {
    return path.join(this.articleDir(id), 'derived.json');
  }
  assetsDir(id: string) {
    return path.join(this.articleDir(id), 'assets');
  }
  annotations(id: string) {
    return path.join(this.annotationsDir, `${id}.json`);
  }
}
