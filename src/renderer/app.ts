// The window's layout and the flow between its parts: the library list opens an article in the
// reader; the sidebar panels follow the open article. All data comes through the `api` object.
import type { Api } from '../shared/api/client';
import type { ArticleListItem, ArticlePage } from '../shared/api/contract';
import { FIRST_PAGE_ROWS } from '../shared/api/firstPage';
import type { Outcome } from '../shared/api/result';
import type { ArticleView } from '../shared/types';
import { HighlightController } from './highlights/controller';
import { LibraryList } from './library/libraryList';
import { CaretMode } from './reader/caretMode';
import { Reader } from './reader/reader';
import type { Shell } from './shell';
import { Sidebar } from './sidebar/sidebar';
import { afterPaint, clear, h } from './ui/dom';
import { toast } from './ui/toast';

export class App {
  readonly list: LibraryList;
  readonly reader: Reader;
  readonly sidebar: Sidebar;
  readonly highlights: HighlightController;
  readonly caret: CaretMode;
  private showingTrash = false;
  private openId: string | null = null;
  /** The list's rows, newest first: only its first page until the rest arrived. */
  private rows: ArticleListItem[] = [];
  /** Rows in the whole list. */
  private total = 0;
  /** Bumped by every list request: an answer to an older one is dropped. */
  private listRequest = 0;
  /** Bumped by every open(): only the article asked for last is shown (its answer may come first). */
  private openRequest = 0;
  /** Bumped by every refreshOpen(): only its latest answer is shown. */
  private refreshRequest = 0;
  private readonly notices: HTMLElement;
  private readonly trashToggle: HTMLButtonElement;
  /** Buttons features add to the library header (Import, Export…). */
  readonly libraryActions: HTMLElement;
  /** Where features put their own views above the list (the tag browser, filters). */
  readonly libraryExtras: HTMLElement;
  /** Called after the library changed (here or in another process). */
  readonly changed: Array<() => void> = [];
  /** Called with each article the reader opens. */
  readonly opened: Array<(view: ArticleView) => void> = [];
  /** Called when the open article changed elsewhere (another window, the CLI, a tag renamed everywhere). */
  readonly openChanged: Array<(view: ArticleView) => void> = [];
  /** Called once, after the list was first painted: for work the first screen can do without. */
  readonly listShown: Array<() => void> = [];
  /** Tag filter of the library list (all of them must match). */
  tagFilter: string[] = [];

  constructor(
    private readonly api: Api,
    assetUrl: (articleId: string, file: string) => string,
    readonly shell: Shell,
  ) {
    this.list = shell.list;
    shell.onOpen((id) => void this.open(id));
    this.reader = new Reader(
      { onTrash: (id) => void this.trash(id), onRestore: (id) => void this.restore(id) },
      assetUrl,
    );
    this.sidebar = new Sidebar();
    this.highlights = new HighlightController(api, this.reader, this.sidebar.panels.highlights, () => {
      void this.refresh();
      for (const listener of this.changed) listener();
    });
    this.caret = new CaretMode(this.reader.root, (on) => this.reader.setCaretButton(on));
    this.reader.onCaretToggle = () => this.caret.toggle();
    this.sidebar.empty('statistics', 'Open an article to see the numbers it quotes.');
    this.notices = shell.notices;
    this.trashToggle = shell.trashToggle;
    this.trashToggle.addEventListener('click', () => void this.toggleTrash());
    this.libraryActions = shell.libraryActions;
    this.libraryExtras = shell.libraryExtras;
    shell.layout.append(this.reader.element, this.sidebar.element);
    api.subscribe((event) => {
      if (event.type === 'library.changed') {
        void this.refresh();
        void this.refreshOpen(event.articleIds);
        for (const listener of this.changed) listener();
      }
      else if (event.type === 'navigate') void this.open(event.articleId, event.highlightId);
      else if (event.type === 'notice') toast(event.message);
    });
  }

  /**
   * Shows the library. The list is what a person waits for: its first page (`firstPage`, from boot.ts,
   * which the shell has usually painted already) is shown first; the library's notices, the open
   * article, the rest of the list and whatever features wait for (`listShown`) are asked for once it
   * is on screen.
   */
  async start(firstPage?: Promise<Outcome<ArticlePage>>): Promise<void> {
    await this.loadList(FIRST_PAGE_ROWS, firstPage);
    // Header buttons pressed while the shell was alone act now, on the list as shown.
    this.shell.ready();
    await afterPaint();
    void this.api.call('library.info', {}).then((info) => this.showNotices(info.ok ? info.value.notices : [info.error.message]));
    const deepLink = /^\/article\/([A-Za-z0-9_-]+)/.exec(location.pathname);
    // An article the person chose meanwhile (in the shell, or here since) is not replaced by the first one.
    const chosen = this.shell.pendingOpen;
    if (chosen && location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    const first = chosen ?? deepLink?.[1] ?? this.rows[0]?.id;
    const opening = first && this.openRequest === 0 ? this.open(first) : null;
    const rest = this.rows.length < this.total ? this.loadList() : null;
    for (const listener of this.listShown) listener();
    await Promise.all([opening, rest]);
  }

  private showNotices(notices: string[]): void {
    clear(this.notices);
    for (const n of notices) this.notices.append(h('p', { role: 'alert', className: 'notice' }, n));
  }

  /**
   * Re-reads the list. `newView` (trash, a tag filter): a different list, so its first page is
   * shown as soon as it is here and the rest once that is painted.
   */
  async refresh(options: { newView?: boolean } = {}): Promise<void> {
    if (options.newView) {
      if (!(await this.loadList(FIRST_PAGE_ROWS)) || this.rows.length === this.total) return;
      await afterPaint();
    }
    await this.loadList();
  }

  /**
   * Asks for the list (its first `limit` rows, else all) and shows it, or shows `asked` when that
   * request is already on its way; false when it failed or a newer request overtook it.
   */
  private async loadList(limit?: number, asked?: Promise<Outcome<ArticlePage>>): Promise<boolean> {
    const request = ++this.listRequest;
    const page = await (asked ?? this.api.call('articles.page', { trash: this.showingTrash, tags: this.tagFilter, limit }));
    if (request !== this.listRequest) return false;
    if (!page.ok) {
      toast(page.error.message, { error: true });
      return false;
    }
    this.rows = page.value.rows;
    this.total = page.value.total;
    // Keep the keyboard where it is: a refresh from another process must not move it.
    const keep = this.list.selectedId;
    this.list.setRows(this.rows, keep && this.rows.some((r) => r.id === keep) ? keep : this.openId, this.total);
    return true;
  }

  get currentArticleId(): string | null {
    return this.openId;
  }

  async open(id: string, highlightId?: string): Promise<void> {
    const request = ++this.openRequest;
    const view = await this.api.call('articles.open', { id });
    if (request !== this.openRequest) return;
    if (!view.ok) {
      this.reader.showEmpty(view.error.message);
      return toast(view.error.message, { error: true });
    }
    this.openId = id;
    this.reader.show(view.value);
    for (const listener of this.opened) listener(view.value);
    await this.highlights.load(id);
    if (request !== this.openRequest) return;
    const target = highlightId ?? /^#highlight-([A-Za-z0-9_-]+)$/.exec(location.hash)?.[1];
    if (target) {
      if (!this.highlights.jump(target, false)) toast('That highlight is no longer in this article.');
      if (location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    }
    this.list.setRows(this.rows, id, this.total);
    document.title = `${view.value.meta.title} — Margin`;
  }

  /**
   * The open article's tags and highlights follow a change made elsewhere (`ids` empty: the whole
   * library, as after a tag rename); the reader keeps its place and nothing is re-rendered.
   */
  async refreshOpen(ids: readonly string[]): Promise<void> {
    const id = this.openId;
    if (!id || (ids.length > 0 && !ids.includes(id))) return;
    const request = this.openRequest;
    const mine = ++this.refreshRequest;
    const view = await this.api.call('articles.open', { id });
    // Only the answer to the latest refresh (an older one may arrive last and hold older tags).
    if (mine !== this.refreshRequest || request !== this.openRequest || this.openId !== id || !view.ok) return;
    for (const listener of this.openChanged) listener(view.value);
    await this.highlights.sync(id);
  }

  private async toggleTrash(): Promise<void> {
    this.showingTrash = !this.showingTrash;
    this.trashToggle.setAttribute('aria-pressed', String(this.showingTrash));
    this.trashToggle.textContent = this.showingTrash ? 'Back to library' : 'Trash';
    this.list.element.setAttribute('aria-label', this.showingTrash ? 'Trash' : 'Library');
    await this.refresh({ newView: true });
  }

  private async trash(id: string): Promise<void> {
    const r = await this.api.call('articles.trash', { id });
    if (!r.ok) return toast(r.error.message, { error: true });
    this.openId = null;
    this.reader.showEmpty('Moved to the trash.');
    await this.refresh();
    toast(`Moved "${r.value.title}" to the trash.`, { action: { label: 'Undo', run: () => void this.restore(id) } });
  }

  private async restore(id: string): Promise<void> {
    const r = await this.api.call('articles.restore', { id });
    if (!r.ok) return toast(r.error.message, { error: true });
    await this.refresh();
    toast(`Restored "${r.value.title}".`);
    if (!this.showingTrash) await this.open(id);
  }
}
