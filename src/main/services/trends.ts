// Trends across the library: statistics whose labels recur across articles ("tanks" in daily
// reports), with their values by article date. Labels match by singular, lower-case head words.
import type { Trend, TrendPoint } from '../../shared/api/contract';
import type { LibraryStore } from '../library/store';
import type { ArticleViews } from './articleViews';

const STOP = new Set(['the', 'a', 'an', 'of', 'new', 'total', 'more', 'than', 'over', 'some', 'about', 'around']);

/** Singular of an English word, for matching labels ("casualties" → "casualty", "tanks" → "tank"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** The key a label is matched by: its words, singular and lower case, without filler words. */
export function labelKey(label: string): string {
  return label
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w))
    .map(singular)
    .join(' ');
}

export function computeTrends(store: LibraryStore, views: ArticleViews, minArticles = 2): Trend[] {
  const byKey = new Map<string, { labels: Map<string, number>; points: TrendPoint[] }>();
  for (const meta of store.metas()) {
    if (meta.trashedAt) continue;
    let extraction;
    try {
      extraction = views.derived(meta.id).extraction;
    } catch {
      continue;
    }
    const seen = new Set<string>();
    for (const stat of extraction.statistics) {
      if (stat.kind === 'change' || !stat.label) continue;
      const key = labelKey(stat.label);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { labels: new Map(), points: [] }));
      entry.labels.set(stat.label, (entry.labels.get(stat.label) ?? 0) + 1);
      entry.points.push({ articleId: meta.id, title: meta.title, date: meta.publishedAt ?? meta.addedAt, value: stat.value, text: stat.text });
    }
  }
  return [...byKey.entries()]
    .filter(([, e]) => e.points.length >= minArticles)
    .map(([key, e]) => ({
      key,
      label: [...e.labels.entries()].sort((a, b) => b[1] - a[1])[0]![0],
      points: e.points.sort((a, b) => a.date.localeCompare(b.date)),
    }))
    .sort((a, b) => b.points.length - a.points.length || a.label.localeCompare(b.label));
}
