// Public face of anchoring: describe a selection as selectors, re-find selectors in a text.
// Re-exports only; the logic lives in the files beside it.

export { describe, CONTEXT_LENGTH } from './describe';
export { anchor, type Anchor, type AnchorSelectors } from './anchor';
export { anchorAll, type AnchorItem, type AnchorAllResult } from './anchorAll';
