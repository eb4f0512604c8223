// The reader pane: shows one article's sanitized HTML with good typography, and the actions on
// it (move to trash / restore). Highlights and statistics attach to it through `root`.
import type { ArticleView } from '../../shared/types';
import { createSanitizer, type Sanitizer } from '../../shared/sanitize';
import { buildTextModel, type TextModel } from '../../shared/text/textModel';
import { clear, formatDate, h } from '../ui/dom';

export interface ReaderActions {
  onTrash(id: string): void;
  onRestore(id: string): void;
}

export class Reader {
  readonly element: HTMLElement;
  /** The article's own content; the text model is computed over it. */
  readonly root: HTMLElement;
  private readonly toolbar: HTMLElement;
  /** A row under the toolbar that features fill (the article's tags). */
  readonly slot: HTMLElement;
  /** Built on the first article shown: setting DOMPurify up is not needed for the first paint. */
  private sanitizer: Sanitizer | null = null;
  view: ArticleView | null = null;
  onCaretToggle: () => void = () => {};
  private caretButton: HTMLButtonElement | null = null;
  model: TextModel<Node> | null = null;

  constructor(
    private readonly actions: ReaderActions,
    private readonly assetUrl: (articleId: string, file: string) => string,
  ) {
    this.toolbar = h('div', { className: 'reader-toolbar' });
    this.root = h('article', { className: 'article', tabindex: -1 });
    this.slot = h('div', { className: 'reader-slot' });
    this.element = h('main', { className: 'reader', 'aria-label': 'Reader' }, this.toolbar, this.slot, h('div', { className: 'reader-scroll' }, this.root));
    this.showEmpty();
  }

  showEmpty(message = 'Choose an article from the library.'): void {
    this.view = null;
    this.model = null;
    clear(this.toolbar);
    clear(this.slot);
    clear(this.root);
    this.root.removeAttribute('aria-label');
    this.root.append(h('p', { className: 'reader-empty' }, message));
  }

  show(view: ArticleView): void {
    this.view = view;
    const { meta } = view;
    // Safe: the HTML was sanitized in main and is sanitized again here by the one DOMPurify wrapper.
    this.sanitizer ??= createSanitizer(window);
    this.root.innerHTML = this.sanitizer.sanitizeArticleHtml(view.html, (file) => this.assetUrl(meta.id, file));
    this.root.setAttribute('aria-label', meta.title);
    this.model = buildTextModel<Node>(this.root);
    clear(this.toolbar);
    const info = [meta.siteName, meta.publishedAt ? `published ${formatDate(meta.publishedAt)}` : null, `added ${formatDate(meta.addedAt)}`]
      .filter(Boolean)
      .join(' · ');
    this.caretButton = h('button', { type: 'button', 'aria-pressed': 'false', title: 'Select text with the keyboard (F7), then press H to highlight', onclick: () => this.onCaretToggle() }, 'Keyboard selection');
    this.toolbar.append(
      h('span', { className: 'reader-info' }, info, meta.source && /^https?:/i.test(meta.source) ? h('a', { href: meta.source, className: 'source-link' }, 'Original') : null),
      meta.trashedAt
        ? h('button', { type: 'button', onclick: () => this.actions.onRestore(meta.id) }, 'Restore from trash')
        : h('button', { type: 'button', 'aria-label': 'Move to trash', onclick: () => this.actions.onTrash(meta.id) }, 'Move to trash'),
      this.caretButton,
    );
    this.root.parentElement?.scrollTo({ top: 0 });
  }

  setCaretButton(on: boolean): void {
    this.caretButton?.setAttribute('aria-pressed', String(on));
  }

  /** Rebuilds the text model after the DOM under root changed (e.g. highlights painted). */
  refreshModel(): void {
    if (this.view) this.model = buildTextModel<Node>(this.root);
  }
}
