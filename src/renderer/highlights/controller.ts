// Highlighting in the reader: turns a selection into a highlight, paints anchored highlights, opens
// the toolbar on a selection or a click, edits colour, note and tags, deletes with undo.
import type { Api } from '../../shared/api/client';
import { anchorAll } from '../../shared/anchoring';
import { mergeTags, tagMatches } from '../../shared/tags';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../../shared/types';
import { clearHighlights, firstMarkOf, highlightIdsAt, marksOf, offsetsToRange, paintHighlights, rangeToOffsets } from '../reader/paint';
import type { Reader } from '../reader/reader';
import { toast } from '../ui/toast';
import { NoteEditor } from './noteEditor';
import { renderHighlightsPanel } from './panel';
import { HighlightToolbar } from './toolbar';

const COLOR_KEY = 'margin-last-color';

export class HighlightController {
  private highlights: Highlight[] = [];
  private orphanIds = new Set<string>();
  private articleId: string | null = null;
  private readonly toolbar: HighlightToolbar;
  private readonly editor = new NoteEditor();
  private pendingSelection: { start: number; end: number; exact: string } | null = null;
  /** Bumped by every sync() and load(): an older answer is dropped. */
  private syncRequest = 0;
  private lastColor: HighlightColor;
  /** Offers existing tags while typing one (set by the tags feature). */
  tagSuggestions: () => string[] = () => [];
  private tagFilter: string[] = [];
  /** Timing of the last anchor + paint, for the benchmark. */
  lastPaintMs = 0;

  constructor(
    private readonly api: Api,
    private readonly reader: Reader,
    private readonly panel: HTMLElement,
    private readonly onChanged: () => void,
  ) {
    const saved = localStorage.getItem(COLOR_KEY) as HighlightColor | null;
    this.lastColor = saved && (HIGHLIGHT_COLORS as readonly string[]).includes(saved) ? saved : 'yellow';
    this.toolbar = new HighlightToolbar({
      color: (c) => void this.chooseColor(c),
      note: () => void this.editNote(),
      tag: () => void this.editTags(),
      remove: () => void this.removeCurrent(),
      switchTo: (id) => this.openFor(id, true),
      close: () => this.close(true),
    });
    document.body.append(this.toolbar.element, this.editor.element);
    document.addEventListener('selectionchange', () => this.onSelectionChange());
    reader.root.addEventListener('click', (e) => this.onClick(e));
    reader.root.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('mousedown', (e) => {
      const t = e.target as Node;
      if (!this.toolbar.element.contains(t) && !this.editor.element.contains(t) && !reader.root.contains(t)) this.close(false);
    });
    reader.element.querySelector('.reader-scroll')?.addEventListener('scroll', () => this.close(false), { passive: true });
  }

  /** Loads, anchors and paints the highlights of the article now shown in the reader. */
  async load(articleId: string): Promise<void> {
    this.articleId = articleId;
    this.syncRequest++; // a sync still on its way must not overwrite what this loads
    this.close(false);
    const r = await this.api.call('highlights.list', { articleId });
    if (this.articleId !== articleId) return;
    if (!r.ok) return toast(r.error.message, { error: true });
    this.highlights = r.value;
    this.repaint();
  }

  /**
   * Takes in the article's highlights as saved (changed elsewhere, or this window's own save coming
   * back): repaints only when they differ, and leaves the toolbar and note editor as they are.
   */
  async sync(articleId: string): Promise<void> {
    if (this.articleId !== articleId) return;
    const request = ++this.syncRequest;
    const r = await this.api.call('highlights.list', { articleId });
    // Only the answer to the latest request (an older one may arrive last and hold less).
    if (request !== this.syncRequest || this.articleId !== articleId || !r.ok) return;
    const byId = (hs: readonly Highlight[]) => JSON.stringify([...hs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    if (byId(r.value) === byId(this.highlights)) return;
    this.highlights = r.value;
    this.repaint();
  }

  /** Shows in the panel only highlights carrying all of these tags (nested tags count). */
  setTagFilter(tags: string[]): void {
    this.tagFilter = tags;
    this.repaint();
  }

  /** Clears the reader's marks and paints every highlight again at its anchored place. */
  repaint(): void {
    const { reader } = this;
    if (!reader.model) return;
    // Kept across the repaint: a selection in the article (unwrapping marks would move its ends; its
    // text offsets stay) and the panel item that has keyboard focus.
    const selected = this.selectionInReader();
    const focused = (document.activeElement as HTMLElement | null)?.closest?.('.hl-item')?.getAttribute('data-hl') ?? null;
    const t0 = performance.now();
    clearHighlights(reader.root);
    reader.refreshModel();
    const model = reader.model!;
    const { placed, orphans } = anchorAll(model.text, this.highlights.map((x) => ({ id: x.id, quote: x.quote, position: x.position })));
    this.orphanIds = new Set(orphans);
    const items = this.highlights
      .filter((x) => placed.has(x.id))
      .map((x) => ({ id: x.id, start: placed.get(x.id)!.start, end: placed.get(x.id)!.end, color: x.color, hasNote: x.note.trim() !== '' }));
    paintHighlights(reader.root, model, items);
    reader.refreshModel();
    this.lastPaintMs = performance.now() - t0;
    // Read by `npm run bench` (anchor + paint inside the page, without network or article rendering).
    reader.root.dataset.paintMs = this.lastPaintMs.toFixed(1);
    const order = new Map(items.map((i) => [i.id, i.start]));
    const inOrder = this.highlights.filter((x) => order.has(x.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const shown = (x: Highlight) => this.tagFilter.every((f) => x.tags.some((t) => tagMatches(t, f)));
    renderHighlightsPanel(this.panel, inOrder.filter(shown), this.highlights.filter((x) => this.orphanIds.has(x.id) && shown(x)), { jump: (id) => this.jump(id) }, this.tagFilter);
    if (selected) {
      const range = offsetsToRange(document, reader.model!, selected.start, selected.end);
      const selection = document.getSelection();
      if (range && selection) {
        selection.removeAllRanges();
        selection.addRange(range);
      }
    }
    if (focused && !this.panel.contains(document.activeElement)) {
      this.panel.querySelector<HTMLElement>(`.hl-item[data-hl="${CSS.escape(focused)}"] .hl-jump`)?.focus({ preventScroll: true });
    }
  }

  /** Scrolls to a highlight, flashes it and opens its toolbar. */
  jump(id: string, openToolbar = true): boolean {
    const mark = firstMarkOf(this.reader.root, id);
    if (!mark) return false;
    const r = mark.getBoundingClientRect();
    const scroller = this.reader.element.querySelector('.reader-scroll')!.getBoundingClientRect();
    if (r.top < scroller.top || r.bottom > scroller.bottom) mark.scrollIntoView({ block: 'center' });
    for (const m of marksOf(this.reader.root, id)) {
      m.classList.remove('hl-flash');
      void m.offsetWidth;
      m.classList.add('hl-flash');
    }
    if (openToolbar) this.openFor(id, true);
    return true;
  }

  /** Creates a highlight over text offsets (used by the statistics panel's "Highlight"). */
  async createAt(start: number, end: number, color: HighlightColor = this.lastColor): Promise<Highlight | null> {
    if (!this.articleId || !this.reader.model) return null;
    const exact = this.reader.model.text.slice(start, end);
    return this.create({ start, end, exact }, color);
  }

  private selectionInReader(): { start: number; end: number; exact: string } | null {
    const sel = document.getSelection();
    const model = this.reader.model;
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !model) return null;
    const range = sel.getRangeAt(0);
    if (!this.reader.root.contains(range.commonAncestorContainer)) return null;
    const offsets = rangeToOffsets(model, range);
    if (!offsets || offsets.end <= offsets.start) return null;
    const exact = model.text.slice(offsets.start, offsets.end);
    if (exact.trim() === '') return null;
    return { ...offsets, exact };
  }

  private onSelectionChange(): void {
    if (this.editor.open) return;
    const sel = this.selectionInReader();
    if (!sel) {
      if (this.pendingSelection && !this.toolbar.element.contains(document.activeElement)) {
        this.pendingSelection = null;
        if (this.toolbar.current?.highlightId === null) this.toolbar.hide();
      }
      return;
    }
    this.pendingSelection = sel;
    const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    this.toolbar.show({ rect, highlightId: null, color: null, others: [] });
  }

  private onClick(e: MouseEvent): void {
    const sel = document.getSelection();
    if (sel && !sel.isCollapsed) return;
    const target = e.target as Element;
    const ids = target.closest?.('mark[data-hl]') ? highlightIdsAt(target) : [];
    if (ids.length === 0) return;
    this.openFor(ids[0]!, false, ids.slice(1));
  }

  private onKey(e: KeyboardEvent): void {
    if ((e.key === 'h' || e.key === 'H') && !e.altKey && !e.metaKey && !e.ctrlKey) {
      const sel = this.selectionInReader();
      if (sel) {
        e.preventDefault();
        void this.create(sel, this.lastColor, true);
      }
    }
  }

  private openFor(id: string, focus: boolean, others?: string[]): void {
    const hl = this.highlights.find((x) => x.id === id);
    const mark = firstMarkOf(this.reader.root, id);
    if (!hl || !mark) return;
    const all = others ?? [];
    const label = (x: string) => {
      const o = this.highlights.find((y) => y.id === x);
      return o ? `${o.color} “${o.quote.exact.slice(0, 24)}${o.quote.exact.length > 24 ? '…' : ''}”` : x;
    };
    this.pendingSelection = null;
    this.toolbar.show({ rect: mark.getBoundingClientRect(), highlightId: id, color: hl.color, others: all.map((x) => ({ id: x, label: label(x) })) }, focus);
  }

  private close(returnFocus: boolean): void {
    const wasOpen = this.toolbar.open;
    this.toolbar.hide();
    if (this.editor.open) this.editor.hide();
    if (returnFocus && wasOpen) this.reader.root.focus({ preventScroll: true });
  }

  private rememberColor(c: HighlightColor): void {
    this.lastColor = c;
    localStorage.setItem(COLOR_KEY, c);
  }

  private async create(sel: { start: number; end: number; exact: string }, color: HighlightColor, focus = false, extra: { note?: string; tags?: string[] } = {}): Promise<Highlight | null> {
    if (!this.articleId) return null;
    const r = await this.api.call('highlights.add', { articleId: this.articleId, ...sel, color, ...extra });
    if (!r.ok) {
      toast(r.error.message, { error: true });
      return null;
    }
    this.rememberColor(color);
    this.highlights.push(r.value);
    document.getSelection()?.removeAllRanges();
    this.pendingSelection = null;
    this.repaint();
    this.onChanged();
    this.openFor(r.value.id, focus);
    return r.value;
  }

  /** The highlight the toolbar is about, creating it from the pending selection when needed. */
  private async currentOrCreate(): Promise<Highlight | null> {
    const id = this.toolbar.current?.highlightId;
    if (id) return this.highlights.find((x) => x.id === id) ?? null;
    const sel = this.pendingSelection ?? this.selectionInReader();
    return sel ? this.create(sel, this.lastColor) : null;
  }

  private async chooseColor(color: HighlightColor): Promise<void> {
    const id = this.toolbar.current?.highlightId;
    if (!id) {
      const sel = this.pendingSelection ?? this.selectionInReader();
      if (sel) await this.create(sel, color, true);
      return;
    }
    await this.update(id, { color });
    this.rememberColor(color);
    this.openFor(id, true);
  }

  private async update(id: string, change: { color?: HighlightColor; note?: string; tags?: string[] }): Promise<boolean> {
    if (!this.articleId) return false;
    const r = await this.api.call('highlights.update', { articleId: this.articleId, id, ...change });
    if (!r.ok) {
      toast(r.error.message, { error: true });
      return false;
    }
    this.highlights = this.highlights.map((x) => (x.id === id ? r.value : x));
    this.repaint();
    this.onChanged();
    return true;
  }

  private async editNote(): Promise<void> {
    const hl = await this.currentOrCreate();
    if (!hl) return;
    const mark = firstMarkOf(this.reader.root, hl.id);
    this.toolbar.hide();
    this.editor.show({
      title: 'Note',
      label: 'Note on this highlight',
      value: hl.note,
      multiline: true,
      hint: 'Ctrl+Enter to save, Escape to cancel',
      rect: (mark ?? this.reader.root).getBoundingClientRect(),
      save: (note) => void this.update(hl.id, { note }).then(() => this.jump(hl.id, false)),
      cancel: () => this.openFor(hl.id, true),
    });
  }

  /** Tags the current highlight; on a fresh selection, creates the highlight with its tags in one step. */
  private async editTags(): Promise<void> {
    const id = this.toolbar.current?.highlightId ?? null;
    const hl = id ? this.highlights.find((x) => x.id === id) ?? null : null;
    const sel = hl ? null : (this.pendingSelection ?? this.selectionInReader());
    if (!hl && !sel) return;
    const rect = hl ? (firstMarkOf(this.reader.root, hl.id) ?? this.reader.root).getBoundingClientRect() : this.toolbar.current!.rect;
    this.toolbar.hide();
    this.editor.show({
      title: 'Tags',
      label: 'Tags (comma separated; nest with /)',
      value: hl ? hl.tags.join(', ') : '',
      multiline: false,
      suggestions: this.tagSuggestions,
      rect,
      save: (value) => {
        let tags: string[];
        try {
          tags = mergeTags([], value.split(',').filter((t) => t.trim() !== ''));
        } catch (err) {
          toast((err as Error).message, { error: true });
          return;
        }
        if (hl) void this.update(hl.id, { tags }).then(() => this.openFor(hl.id, true));
        else if (sel) void this.create(sel, this.lastColor, true, { tags });
      },
      cancel: () => (hl ? this.openFor(hl.id, true) : this.reader.root.focus()),
    });
  }

  private async removeCurrent(): Promise<void> {
    const id = this.toolbar.current?.highlightId;
    if (!id || !this.articleId) return;
    const r = await this.api.call('highlights.remove', { articleId: this.articleId, id });
    if (!r.ok) return toast(r.error.message, { error: true });
    this.close(true);
    this.highlights = this.highlights.filter((x) => x.id !== id);
    this.repaint();
    this.onChanged();
    const removed = r.value;
    toast('Highlight deleted.', {
      action: {
        label: 'Undo',
        run: () =>
          void this.api.call('highlights.restore', { highlight: removed }).then((back) => {
            if (!back.ok) return toast(back.error.message, { error: true });
            if (this.articleId === removed.articleId) {
              this.highlights.push(back.value);
              this.repaint();
            }
            this.onChanged();
          }),
      },
    });
  }

  /** For the statistics panel: the DOM range of text offsets, to scroll to and flash. */
  rangeOf(start: number, end: number): Range | null {
    return this.reader.model ? offsetsToRange(document, this.reader.model, start, end) : null;
  }
}
