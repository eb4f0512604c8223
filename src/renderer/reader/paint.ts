// Paints highlights into the article DOM as <mark> pieces and maps between DOM ranges and
// text-model offsets. It must not change the article's text model and must not anchor or store.

import type { HighlightColor } from '../../shared/types';
import type { TextModel, TextSegment } from '../../shared/text/textModel';
import { BLOCK_ELEMENTS } from '../../shared/text/textModel';

/** A highlight already anchored to text-model offsets, ready to paint. */
export interface PaintItem {
  id: string;
  start: number;
  end: number;
  color: HighlightColor;
  hasNote: boolean;
}

const MARK_SELECTOR = 'mark[data-hl]';
/** Wraps whitespace split off between marks so the text model still counts it (see `paintSegment`). */
const GAP_ATTR = 'data-hl-gap';

/** A cut of one highlight through one text segment, in offsets local to the segment's node. */
interface Cut {
  item: PaintItem;
  rank: number;
  from: number;
  to: number;
}

/** Index of the first segment that ends after `offset` (segments.length if none). */
function firstSegmentEndingAfter(segments: TextSegment<Node>[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last segment that starts before `offset` (-1 if none). */
function lastSegmentStartingBefore(segments: TextSegment<Node>[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function makeMark(doc: Document, cut: Cut, nested: boolean): HTMLElement {
  const mark = doc.createElement('mark');
  mark.className = `hl hl-${cut.item.color}${nested ? ' hl-nested' : ''}`;
  mark.setAttribute('data-hl', cut.item.id);
  return mark;
}

const isBlock = (node: Node | null) => node !== null && node.nodeType === 1 && BLOCK_ELEMENTS.has(node.nodeName.toUpperCase());

/**
 * Splits one text node at every cut boundary and wraps each piece in its chain of marks, outer
 * (earlier, longer) first. Records the last mark of each highlight in `lastMark`.
 */
function paintSegment(node: Text, cuts: Cut[], lastMark: Map<string, HTMLElement>): void {
  const doc = node.ownerDocument;
  const bounds = [...new Set([0, node.length, ...cuts.flatMap((c) => [c.from, c.to])])].sort((a, b) => a - b);
  const blockParent = isBlock(node.parentNode);
  const total = node.length;
  let rest = node;
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    const piece = rest;
    if (to < total) rest = piece.splitText(to - from);
    const covering = cuts.filter((c) => c.from <= from && c.to >= to).sort((a, b) => a.rank - b.rank);
    const parent = piece.parentNode!;
    if (covering.length === 0) {
      // A whitespace-only text node directly in a block is dropped by the text model: keep it counted.
      if (blockParent && bounds.length > 2 && /^[ \t\n\r\f]*$/.test(piece.data)) {
        const gap = doc.createElement('span');
        gap.setAttribute(GAP_ATTR, '');
        parent.replaceChild(gap, piece);
        gap.appendChild(piece);
      }
      continue;
    }
    const outer = makeMark(doc, covering[0]!, false);
    let inner = outer;
    lastMark.set(covering[0]!.item.id, outer);
    for (const cut of covering.slice(1)) {
      const mark = makeMark(doc, cut, true);
      inner.appendChild(mark);
      inner = mark;
      lastMark.set(cut.item.id, mark);
    }
    parent.replaceChild(outer, piece);
    inner.appendChild(piece);
  }
}

/**
 * Wraps each item's text in `<mark class="hl hl-<color>" data-hl="<id>">` pieces: one per text node
 * it crosses, nested where highlights overlap (the later-starting, then shorter one inside, marked
 * `hl-nested`). The last piece of an item with a note gets `hl-has-note`. Paint a root that has no
 * marks (call `clearHighlights` first) with a model built from it; text nodes are split, so
 * rebuild the model afterwards — its `text` is unchanged.
 */
export function paintHighlights(root: HTMLElement, model: TextModel<Node>, items: PaintItem[]): void {
  const { segments } = model;
  const ranked = items
    .filter((it) => it.start < it.end)
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.start - b.item.start || b.item.end - a.item.end || a.index - b.index);
  const cutsBySegment = new Map<number, Cut[]>();
  ranked.forEach(({ item }, rank) => {
    for (let s = firstSegmentEndingAfter(segments, item.start); s < segments.length; s++) {
      const seg = segments[s]!;
      if (seg.start >= item.end) break;
      const cut = { item, rank, from: Math.max(item.start, seg.start) - seg.start, to: Math.min(item.end, seg.end) - seg.start };
      const list = cutsBySegment.get(s);
      if (list) list.push(cut);
      else cutsBySegment.set(s, [cut]);
    }
  });
  const lastMark = new Map<string, HTMLElement>();
  for (const [s, cuts] of cutsBySegment) {
    const node = segments[s]!.node;
    if (node.nodeType === 3 && root.contains(node)) paintSegment(node as Text, cuts, lastMark);
  }
  for (const { item } of ranked) {
    if (item.hasNote) lastMark.get(item.id)?.classList.add('hl-has-note');
  }
}

/** Removes every highlight mark (and gap wrapper) below `root` and merges the split text back. */
export function clearHighlights(root: HTMLElement): void {
  const wrappers = root.querySelectorAll(`${MARK_SELECTOR}, span[${GAP_ATTR}]`);
  const parents = new Set<Node>();
  for (const el of Array.from(wrappers)) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}

/** Highlight ids of the marks containing `el` (itself included), innermost first. */
export function highlightIdsAt(el: Element): string[] {
  const ids: string[] = [];
  for (let n: Element | null = el; n; n = n.parentElement) {
    const id = n.nodeName === 'MARK' ? n.getAttribute('data-hl') : null;
    if (id !== null && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** All painted pieces of highlight `id`, in document order. */
export function marksOf(root: ParentNode, id: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(MARK_SELECTOR)).filter((m) => m.getAttribute('data-hl') === id);
}

/** The first painted piece of highlight `id` (to scroll to or flash), or null. */
export function firstMarkOf(root: ParentNode, id: string): HTMLElement | null {
  for (const m of Array.from(root.querySelectorAll<HTMLElement>(MARK_SELECTOR))) {
    if (m.getAttribute('data-hl') === id) return m;
  }
  return null;
}

const segmentIndexes = new WeakMap<TextModel<Node>, Map<Node, number>>();

function segmentIndexOf(model: TextModel<Node>, node: Node): number | undefined {
  let index = segmentIndexes.get(model);
  if (!index) {
    index = new Map(model.segments.map((s, i) => [s.node, i]));
    segmentIndexes.set(model, index);
  }
  return index.get(node);
}

/**
 * Text offset of a boundary point. Inside a segment's text node it is exact; elsewhere (an element,
 * or whitespace between blocks) a start snaps forward to the next text and an end back to the
 * previous text, so a selection never starts or ends on a block separator.
 */
function boundaryOffset(model: TextModel<Node>, container: Node, offset: number, side: 'start' | 'end'): number {
  const { segments } = model;
  const s = segmentIndexOf(model, container);
  if (s !== undefined) {
    const seg = segments[s]!;
    return seg.start + Math.min(offset, seg.end - seg.start);
  }
  const point = container.ownerDocument!.createRange();
  point.setStart(container, offset);
  // Segments are in document order: binary-search the first one at or after the point.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(segments[mid]!.node, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (side === 'start') return lo < segments.length ? segments[lo]!.start : model.text.length;
  return lo > 0 ? segments[lo - 1]!.end : 0;
}

/**
 * Text-model offsets of a DOM range (a user's selection), or null when it covers no text of the
 * model. Endpoints may sit in text or element nodes and the range may cross blocks.
 */
export function rangeToOffsets(model: TextModel<Node>, range: Range): { start: number; end: number } | null {
  if (model.segments.length === 0) return null;
  try {
    const start = boundaryOffset(model, range.startContainer, range.startOffset, 'start');
    const end = boundaryOffset(model, range.endContainer, range.endOffset, 'end');
    return start < end ? { start, end } : null;
  } catch {
    // The range lives in another document or tree than the model.
    return null;
  }
}

/** A DOM range over text-model offsets [start, end), trimmed to text nodes; null if it holds no text. */
export function offsetsToRange(doc: Document, model: TextModel<Node>, start: number, end: number): Range | null {
  const { segments } = model;
  const first = firstSegmentEndingAfter(segments, Math.max(0, start));
  const last = lastSegmentStartingBefore(segments, Math.min(end, model.text.length));
  if (first >= segments.length || last < first) return null;
  const a = segments[first]!;
  const b = segments[last]!;
  const range = doc.createRange();
  range.setStart(a.node, Math.max(start, a.start) - a.start);
  range.setEnd(b.node, Math.min(end, b.end) - b.start);
  return range.collapsed ? null : range;
}
