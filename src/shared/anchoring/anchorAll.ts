// Anchors every highlight of an article in one pass, following the shift that edits cause so
// that an insertion near the start costs one comparison per highlight. It must not paint.

import { anchorNear, type Anchor, type AnchorSelectors } from './anchor';

/** One stored highlight to place. */
export interface AnchorItem extends AnchorSelectors {
  id: string;
}

/** Placed highlights by id (in input order) and the ids that could not be placed, in input order. */
export interface AnchorAllResult {
  placed: Map<string, Anchor>;
  orphans: string[];
}

/**
 * Anchors all `items` in `text`. Items are visited in order of their stored position and each
 * placed one teaches the next where to look (old position + the shift seen so far).
 */
export function anchorAll(text: string, items: AnchorItem[]): AnchorAllResult {
  const order = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.position?.start ?? Infinity) - (b.item.position?.start ?? Infinity) || a.index - b.index);
  const found: Array<Anchor | null> = new Array(items.length).fill(null);
  let shift = 0;
  for (const { item, index } of order) {
    const expected = item.position ? item.position.start + shift : undefined;
    const a = anchorNear(text, item, expected);
    found[index] = a;
    if (a && item.position) shift = a.start - item.position.start;
  }
  const placed = new Map<string, Anchor>();
  const orphans: string[] = [];
  items.forEach((item, i) => {
    const a = found[i];
    if (a) placed.set(item.id, a);
    else orphans.push(item.id);
  });
  return { placed, orphans };
}
