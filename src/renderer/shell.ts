// The window's frame and its library list, built and painted before the rest of the renderer is
// loaded (main.ts imports only this, boot.ts and the styles; app.ts and the features come in a
// chunk of their own). It holds every control of the library pane — the header's buttons and the
// tag browser's toggle — so that nothing moves when the features take them over: they only attach
// their behaviour to the elements made here.
import type { ArticlePage } from '../shared/api/contract';
import type { Outcome } from '../shared/api/result';
import { LibraryList } from './library/libraryList';
import { h } from './ui/dom';

export class Shell {
  readonly list: LibraryList;
  /** The grid of the window: the library pane now; the reader and the sidebar join it later. */
  readonly layout: HTMLElement;
  readonly notices: HTMLElement;
  /** Buttons in the library header (Import, Trash, Export…). */
  readonly libraryActions: HTMLElement;
  /** Views above the list (the tag browser, filters). */
  readonly libraryExtras: HTMLElement;
  readonly importButton: HTMLButtonElement;
  readonly trashToggle: HTMLButtonElement;
  readonly exportButton: HTMLButtonElement;
  readonly tagToggle: HTMLButtonElement;
  readonly tagBody: HTMLElement;
  /** An article chosen before the window could open it (see onOpen). */
  pendingOpen: string | null = null;
  private openArticle: ((id: string) => void) | null = null;
  /** Header buttons pressed before their feature was there: pressed again once it is (see ready). */
  private pressed: HTMLButtonElement[] | null = [];

  constructor(mount: HTMLElement) {
    this.list = new LibraryList({ onOpen: (id) => (this.openArticle ? this.openArticle(id) : (this.pendingOpen = id)) }, 'Library');
    this.importButton = h('button', { type: 'button', 'aria-haspopup': 'dialog' }, 'Import');
    this.trashToggle = h('button', { type: 'button', className: 'trash-toggle', 'aria-pressed': 'false' }, 'Trash');
    this.exportButton = h('button', { type: 'button', className: 'export-open', 'aria-haspopup': 'dialog' }, 'Export');
    this.libraryActions = h('div', { className: 'library-actions' }, this.importButton, this.trashToggle, this.exportButton);
    this.tagToggle = h('button', { type: 'button', className: 'tag-browser-toggle', 'aria-expanded': 'false', 'aria-controls': 'tag-browser' }, 'Tags');
    this.tagBody = h('div', { className: 'tag-browser-body', id: 'tag-browser' });
    this.tagBody.hidden = true;
    // The toggle is the shell's own: it works before the tag browser's feature has loaded.
    this.tagToggle.addEventListener('click', () => {
      const open = this.tagToggle.getAttribute('aria-expanded') !== 'true';
      this.tagToggle.setAttribute('aria-expanded', String(open));
      this.tagBody.hidden = !open;
    });
    for (const button of [this.importButton, this.trashToggle, this.exportButton]) {
      button.addEventListener('click', () => {
        if (this.pressed && !this.pressed.includes(button)) this.pressed.push(button);
      });
    }
    this.libraryExtras = h('div', { className: 'library-extras' }, h('section', { className: 'tag-browser', 'aria-label': 'Tag browser' }, this.tagToggle, this.tagBody));
    this.notices = h('div', { className: 'notices', role: 'region', 'aria-label': 'Notices' });
    const libraryPane = h(
      'nav',
      { className: 'library', 'aria-label': 'Library' },
      h('header', { className: 'library-header' }, h('h1', { className: 'brand' }, 'Margin'), this.libraryActions),
      this.libraryExtras,
      this.list.element,
    );
    this.layout = h('div', { className: 'layout' }, libraryPane);
    mount.replaceChildren(this.layout, this.notices);
  }

  /** Shows the list's first page as soon as it is here; the answer is handed on to the App. */
  async showFirstPage(page: Promise<Outcome<ArticlePage>>): Promise<Outcome<ArticlePage>> {
    const outcome = await page;
    if (outcome.ok) this.list.setRows(outcome.value.rows, null, outcome.value.total);
    return outcome;
  }

  /** From now on a chosen article opens with `open` (one chosen meanwhile is in pendingOpen). */
  onOpen(open: (id: string) => void): void {
    this.openArticle = open;
  }

  /** The features have attached their behaviour: buttons pressed before are pressed now. */
  ready(): void {
    const pressed = this.pressed ?? [];
    this.pressed = null;
    for (const button of pressed) button.click();
  }
}
