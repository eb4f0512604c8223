// Lists verbatim occurrences of a string, optionally only those starting within a window.
// Bounded so that a near look never scans the whole text. No scoring here.

/** Start offsets of every occurrence of `needle` in `text` that starts within [from, to]. */
export function occurrences(text: string, needle: string, from = 0, to = text.length): number[] {
  const lo = Math.max(0, from);
  const region = lo === 0 && to >= text.length ? text : text.slice(lo, to + needle.length);
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = region.indexOf(needle); i !== -1; i = region.indexOf(needle, i + 1)) found.push(lo + i);
  return found;
}
