// CLI command that brings files, folders (recursively) and web pages into the library, with one
// progress line per item on stderr and an optional JSON summary on stdout.
import fs from 'node:fs';
import type { ImportItemResult } from '../../shared/api/contract';
import { MarginError } from '../../shared/api/result';
import { resolveUserPath } from '../../main/services/importer';
import type { Services } from '../../main/services/services';
import { UsageError, allowOnly, flag } from '../args';
import type { CliIO } from '../main';
import { COMMON, type Command } from './types';

const isWebAddress = (arg: string) => /^https?:\/\//i.test(arg);

function isFolder(arg: string): boolean {
  try {
    return fs.statSync(resolveUserPath(arg)).isDirectory();
  } catch {
    return false;
  }
}

/** `added: <path>`, `duplicate: <path> — Already in the library…`, `failed: <path> — why`. */
function line(r: ImportItemResult, where: string, counter = ''): string {
  return `${counter}${r.status}: ${where}${r.message ? ` — ${r.message}` : ''}\n`;
}

/** Imports one folder as a job; Ctrl+C stops it after the current file and keeps what was imported. */
async function importFolder(s: Services, folder: string, jobId: string, io: CliIO): Promise<{ results: ImportItemResult[]; cancelled: boolean }> {
  const jobs = s.importJobs;
  const results: ImportItemResult[] = [];
  const stop = () => jobs.cancel(jobId);
  process.once('SIGINT', stop);
  try {
    const summary = await jobs.folder(folder, jobId, (r, { done, total, file }) => {
      results.push({ ...r, name: file });
      io.err(line(r, file, `[${done}/${total}] `));
    });
    if (summary.results.length === 0 && !summary.cancelled) io.err(`no .txt, .md or .html files in ${folder}\n`);
    if (summary.cancelled) io.err(`cancelled: ${folder} — ${results.length} files were imported before stopping\n`);
    return { results, cancelled: summary.cancelled };
  } finally {
    process.removeListener('SIGINT', stop);
  }
}

export const importCommands: Record<string, Command> = {
  import: {
    usage: 'margin import PATH|URL... [--json] [--library DIR]',
    summary: 'import .txt, .md, .html files, folders (recursively) and web pages',
    async run({ args, io, services }) {
      allowOnly(args, [...COMMON, 'json']);
      if (args.positional.length === 0) throw new UsageError('name at least one file, folder or http(s) address');
      const s = await services();
      const results: ImportItemResult[] = [];
      let cancelled = false;
      for (const [i, arg] of args.positional.entries()) {
        if (cancelled) break;
        if (!isWebAddress(arg) && isFolder(arg)) {
          const folder = await importFolder(s, arg, `cli-${process.pid}-${i}`, io);
          results.push(...folder.results);
          cancelled = folder.cancelled;
          continue;
        }
        const r = isWebAddress(arg) ? await s.importer.importUrl(arg) : await s.importer.importFile(arg);
        results.push({ ...r, name: arg });
        io.err(line(r, arg));
      }
      const count = (status: ImportItemResult['status']) => results.filter((r) => r.status === status).length;
      const failed = count('failed');
      if (flag(args, 'json')) io.out(`${JSON.stringify({ added: count('added'), duplicates: count('duplicate'), failed, cancelled, results }, null, 2)}\n`);
      if (results.length === 0) throw new MarginError('bad_input', 'nothing imported: no .txt, .md or .html files found');
      if (failed === results.length) throw new MarginError('bad_input', `nothing imported (${failed} failed)`);
    },
  },
};
