// CLI command `margin export`: writes notes as Markdown (one file or a folder) or W3C JSON through
// the same export.run call the app makes, and prints what it wrote. Exit 1 when anything failed.
import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult, ParsedArgs as CallArgs } from '../../shared/api/contract';
import { MarginError } from '../../shared/api/result';
import { UsageError, allowOnly, flag, value, values, type ParsedArgs } from '../args';
import { COMMON, type Command } from './types';

type Grouping = NonNullable<NonNullable<CallArgs<'export.run'>['options']>['groupBy']>;
const GROUPINGS: readonly Grouping[] = ['none', 'color', 'tag'];

/**
 * `--group-by` as given. Written `--group-by=tag` it arrives as a value; written `--group-by tag`
 * it arrives as a bare flag followed by a positional word, which is taken here.
 */
function groupBy(args: ParsedArgs): Grouping | undefined {
  let raw = value(args, 'group-by');
  if (raw === 'true' && GROUPINGS.includes(args.positional[0] as Grouping)) raw = args.positional.shift();
  if (raw === undefined) return undefined;
  if (!GROUPINGS.includes(raw as Grouping)) throw new UsageError(`--group-by is one of ${GROUPINGS.join(', ')}`);
  return raw as Grouping;
}

/** The summary printed after an export: one line per file, then the skipped articles with reasons. */
export function formatSummary(r: ExportResult): string {
  const lines = [
    ...r.written.map((f) => `written: ${f}`),
    ...r.updated.map((f) => `updated: ${f}`),
    ...r.skipped.map((s) => `skipped: ${s.title} (${s.articleId}): ${s.reason}`),
  ];
  const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  lines.push(`Exported to ${r.outPath}: ${files(r.written.length)} written, ${files(r.updated.length)} updated, ${r.skipped.length} skipped.`);
  return `${lines.join('\n')}\n`;
}

export const exportCommands: Record<string, Command> = {
  export: {
    usage:
      'margin export --out PATH [--article ID]... [--tag TAG]... [--format md|w3c] [--folder] [--group-by none|color|tag] [--statistics] [--no-notes]',
    summary: 'export notes as Markdown (a file per article, or one file) or W3C JSON',
    async run({ args, io, services }) {
      allowOnly(args, [...COMMON, 'out', 'article', 'tag', 'format', 'folder', 'group-by', 'statistics', 'no-notes']);
      const grouping = groupBy(args);
      if (args.positional.length > 0) throw new UsageError(`unexpected "${args.positional[0]}"`);
      const out = value(args, 'out');
      if (!out || out === 'true') throw new UsageError('--out PATH is required');
      const format = value(args, 'format') ?? (/\.json$/i.test(out) ? 'w3c' : 'md');
      if (format !== 'md' && format !== 'w3c') throw new UsageError('--format is md or w3c');
      const single = !flag(args, 'folder') && /\.(md|markdown|json)$/i.test(out);
      const articleIds = values(args, 'article');
      const tags = values(args, 'tag');
      const s = await services();
      const outcome = await s.dispatch('export.run', {
        scope: { ...(articleIds.length > 0 ? { articleIds } : {}), ...(tags.length > 0 ? { tags } : {}) },
        target: single ? 'file' : 'folder',
        path: path.resolve(out),
        format,
        options: { includeNotes: !flag(args, 'no-notes'), includeStatistics: flag(args, 'statistics'), ...(grouping ? { groupBy: grouping } : {}) },
      });
      if (!outcome.ok) throw new MarginError(outcome.error.code, outcome.error.message);
      const result = outcome.value as ExportResult;
      io.out(formatSummary(result));
      if (result.skipped.length > 0) throw new MarginError('io', `${result.skipped.length} article${result.skipped.length === 1 ? ' was' : 's were'} not exported (see above).`);
    },
  },
  'import-annotations': {
    usage: 'margin import-annotations FILE.json [--json]',
    summary: 'import W3C Web Annotations (from Hypothesis, Thorium or a Margin export) as highlights',
    async run({ args, io, services }) {
      allowOnly(args, [...COMMON, 'json']);
      const [file] = args.positional;
      if (!file || args.positional.length > 1) throw new UsageError('name one JSON file');
      let json: string;
      try {
        json = fs.readFileSync(file, 'utf8');
      } catch (err) {
        throw new MarginError('bad_input', `Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      const r = await (await services()).dispatch('annotations.importW3C', { json });
      if (!r.ok) throw new MarginError(r.error.code, r.error.message);
      const result = r.value as { imported: number; skipped: Array<{ quote: string; reason: string }> };
      if (flag(args, 'json')) return io.out(`${JSON.stringify(result, null, 2)}\n`);
      io.out(`imported ${result.imported} highlights\n`);
      for (const sk of result.skipped) io.out(`skipped: "${sk.quote.slice(0, 60)}" — ${sk.reason}\n`);
    },
  },
};
