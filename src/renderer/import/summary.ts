// Words for import results: one line per file for the result list, and one short summary for a
// toast or the dialog's status line. Pure functions over ImportItemResult, no DOM.
import type { ImportItemResult } from '../../shared/api/contract';

/** How many files ended each way. */
export interface ResultCounts {
  added: number;
  duplicate: number;
  failed: number;
}

export function countResults(results: readonly ImportItemResult[]): ResultCounts {
  const counts: ResultCounts = { added: 0, duplicate: 0, failed: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

/** What to call an item: a web address as it is, a path by its last part. */
export function itemLabel(name: string): string {
  if (/^https?:\/\//i.test(name)) return name;
  return name.split(/[\\/]/).filter(Boolean).pop() ?? name;
}

/** Ends with a full stop; `capital` also starts it with a capital letter. */
const sentence = (s: string, capital = true) => {
  const t = s.trim();
  const start = capital ? t.charAt(0).toUpperCase() + t.slice(1) : t;
  return /[.!?…]$/.test(start) ? start : `${start}.`;
};

/** Why an item failed, naming it once (the services' messages often name the file already). */
export function failureText(r: ImportItemResult): string {
  const label = itemLabel(r.name);
  const why = r.message ?? 'it could not be read';
  return why.includes(label) ? sentence(why) : `Could not import ${label}: ${sentence(why, false)}`;
}

/** One sentence for one result. */
export function describeResult(r: ImportItemResult): string {
  if (r.status === 'added') return `Imported "${r.title ?? itemLabel(r.name)}".`;
  if (r.status === 'duplicate') return `${itemLabel(r.name)}: ${sentence(r.message ?? 'Already in the library')}`;
  return failureText(r);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "a.txt, b.md and 3 more". */
function some(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length < 2) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

export interface SummaryContext {
  /** The job was stopped before its last file. */
  cancelled?: boolean;
  /** Files the job had found (for "cancelled after 12 of 340"). */
  total?: number;
  /** Said when there were no results at all. */
  empty?: string;
}

/** A short account of a batch: how many were added, which were duplicates, which failed and why. */
export function summarize(results: readonly ImportItemResult[], ctx: SummaryContext = {}): string {
  const parts: string[] = [];
  if (ctx.cancelled) parts.push(`Cancelled after ${results.length}${ctx.total ? ` of ${ctx.total}` : ''} files; what was imported stays.`);
  if (results.length === 0) return [...parts, ctx.empty ?? 'Nothing was imported.'].join(' ');
  if (results.length === 1 && !ctx.cancelled) return describeResult(results[0]!);
  const c = countResults(results);
  parts.push(c.added > 0 ? `Imported ${plural(c.added, 'article', 'articles')}.` : 'Nothing new was imported.');
  if (c.duplicate > 0) {
    const names = results.filter((r) => r.status === 'duplicate').map((r) => itemLabel(r.name));
    parts.push(`${plural(c.duplicate, 'was', 'were')} already in the library: ${some(names)}.`);
  }
  if (c.failed > 0) {
    const why = results.filter((r) => r.status === 'failed').map((r) => failureText(r).replace(/\.$/, ''));
    parts.push(`${c.failed} failed: ${some(why, 2)}.`);
  }
  return parts.join(' ');
}

/** What a W3C annotation import brought in: a line per highlight it could not place, and a summary. */
export function annotationImport(file: string, outcome: { imported: number; skipped: ReadonlyArray<{ quote: string; reason: string }> }): { results: ImportItemResult[]; summary: string } {
  const results: ImportItemResult[] = outcome.skipped.map((s, i) => ({ name: `Highlight ${i + 1} not placed`, status: 'failed', message: `“${s.quote}”: ${s.reason}` }));
  const n = outcome.imported;
  const skipped = outcome.skipped.length;
  const summary = `Imported ${n} highlight${n === 1 ? '' : 's'} from ${itemLabel(file)}.${skipped ? ` ${skipped} could not be placed.` : ''}`;
  return { results, summary };
}
