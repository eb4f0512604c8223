// The window's layout and the flow between its parts: the library list opens an article in the
// reader; the sidebar panels follow the open article. All data comes through the `api` object.
import type { Api } from '../shared/api/client';
import type { ArticleSummary, ArticleView } from '../shared/types';
import { HighlightController } from './highlights/controller';
import { LibraryList } from './library/libraryList';
import { CaretMode } from './reader/caretMode';
import { Reader } from './reader/reader';
import { Sidebar } from './sidebar/sidebar';
import { clear, h } from './ui/dom';
import { toast } from './ui/toast';

export class App {
  readonly list: LibraryList;
  readonly reader: Reader;
  readonly sidebar: Sidebar;
  readonly highlights: HighlightController;
  readonly caret: CaretMode;
  private showingTrash = false;
  private openId: string | null = null;
  private rows: ArticleSummary[] = [];
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
  /** Tag filter of the library list (all of them must match). */
  tagFilter: string[] = [];

  constructor(
    private readonly api: Api,
    assetUrl: (articleId: string, file: string) => string,
    mount: HTMLElement,
  ) {
    this.list = new LibraryList({ onOpen: (id) => void this.open(id) }, 'Library');
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
    this.notices = h('div', { className: 'notices', role: 'region', 'aria-label': 'Notices' });
    this.trashToggle = h('button', { type: 'button', className: 'trash-toggle', 'aria-pressed': 'false', onclick: () => void this.toggleTrash() }, 'Trash');
    this.libraryActions = h('div', { className: 'library-actions' }, this.trashToggle);
    this.libraryExtras = h('div', { className: 'library-extras' });
    const libraryPane = h(
      'nav',
      { className: 'library', 'aria-label': 'Library' },
      h('header', { className: 'library-header' }, h('h1', { className: 'brand' }, 'Margin'), this.libraryActions),
      this.libraryExtras,
      this.list.element,
    );
    mount.replaceChildren(h('div', { className: 'layout' }, libraryPane, this.reader.element, this.sidebar.element), this.notices);
    api.subscribe((event) => {
      if (event.type === 'library.changed') {
        void this.refresh();
        for (const listener of this.changed) listener();
      }
      else if (event.type === 'navigate') void this.open(event.articleId, event.highlightId);
      else if (event.type === 'notice') toast(event.message);
    });
  }

  async start(): Promise<void> {
    const info = await this.api.call('library.info', {});
    if (info.ok) this.showNotices(info.value.notices);
    else this.showNotices([info.error.message]);
    await this.refresh();
    const deepLink = /^\/article\/([A-Za-z0-9_-]+)/.exec(location.pathname);
    const first = deepLink?.[1] ?? this.rows[0]?.id;
    if (first) await this.open(first);
  }

  private showNotices(notices: string[]): void {
    clear(this.notices);
    for (const n of notices) this.notices.append(h('p', { role: 'alert', className: 'notice' }, n));
  }

  async refresh(): Promise<void> {
    const rows = await this.api.call('articles.list', { trash: this.showingTrash, tags: this.tagFilter });
    if (!rows.ok) return toast(rows.error.message, { error: true });
    this.rows = rows.value;
    // Keep the keyboard where it is: a refresh from another process must not move it.
    const keep = this.list.selectedId;
    this.list.setRows(this.rows, keep && this.rows.some((r) => r.id === keep) ? keep : this.openId);
  }

  get currentArticleId(): string | null {
    return this.openId;
  }

  async open(id: string, highlightId?: string): Promise<void> {
    const view = await this.api.call('articles.open', { id });
    if (!view.ok) {
      this.reader.showEmpty(view.error.message);
      return toast(view.error.message, { error: true });
    }
    this.openId = id;
    this.reader.show(view.value);
    for (const listener of this.opened) listener(view.value);
    await this.highlights.load(id);
    const target = highlightId ?? /^#highlight-([A-Za-z0-9_-]+)$/.exec(location.hash)?.[1];
    if (target) {
      if (!this.highlights.jump(target, false)) toast('That highlight is no longer in this article.');
      if (location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    }
    this.list.setRows(this.rows, id);
    document.title = `${view.value.meta.title} — Margin`;
  }

  private async toggleTrash(): Promise<void> {
    this.showingTrash = !this.showingTrash;
    this.trashToggle.setAttribute('aria-pressed', String(this.showingTrash));
    this.trashToggle.textContent = this.showingTrash ? 'Back to library' : 'Trash';
    this.list.element.setAttribute('aria-label', this.showingTrash ? 'Trash' : 'Library');
    await this.refresh();
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
