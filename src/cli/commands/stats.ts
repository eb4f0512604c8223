// `margin stats FILE... [--json]`: the statistics, dates and contradictions of plain-text or
// Markdown files, read directly (no library). Offsets count into the file's text as read.
import fs from 'node:fs';
import { MarginError } from '../../shared/api/result';
import { extract } from '../../shared/stats';
import { UsageError, allowOnly, flag } from '../args';
import { COMMON, type Command } from './types';

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new MarginError('bad_input', `Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (bytes.includes(0)) throw new MarginError('bad_input', `${file} is not a text file.`);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The JSON shape outside evaluations read: one object per file. */
export function statsJson(text: string) {
  const x = extract(text);
  return {
    statistics: x.statistics.map(({ value, text, label, kind, approx, start, end, unit, valueTo }) => ({ value, text, label, kind, approx, start, end, ...(unit ? { unit } : {}), ...(valueTo !== undefined ? { valueTo } : {}) })),
    dates: x.dates.map(({ text, iso, start, end }) => ({ text, iso, start, end })),
    warnings: x.warnings,
  };
}

export const statsCommands: Record<string, Command> = {
  stats: {
    usage: 'margin stats FILE... [--json]',
    summary: 'list the statistics, dates and title/body contradictions of text or Markdown files',
    async run({ args, io }) {
      allowOnly(args, [...COMMON, 'json']);
      if (args.positional.length === 0) throw new UsageError('name at least one file');
      const results = args.positional.map((file) => ({ file, ...statsJson(readText(file)) }));
      if (flag(args, 'json')) {
        const out = results.length === 1 ? (({ file: _f, ...rest }) => rest)(results[0]!) : results;
        return io.out(`${JSON.stringify(out, null, 2)}\n`);
      }
      for (const r of results) {
        if (results.length > 1) io.out(`== ${r.file}\n`);
        for (const w of r.warnings) io.out(`! ${w.message}\n`);
        for (const s of r.statistics) io.out(`${s.approx ? '~' : ' '} ${String(s.value).padStart(14)}  ${s.label}  [${s.kind}] "${s.text}"\n`);
        for (const d of r.dates) io.out(`  date ${d.iso}  "${d.text}"\n`);
      }
    },
  },
};
