// CLI command that brings files into the library.
import { MarginError } from '../../shared/api/result';
import { UsageError, allowOnly, flag } from '../args';
import { COMMON, type Command } from './types';

export const importCommands: Record<string, Command> = {
  import: {
    usage: 'margin import PATH... [--json] [--library DIR]',
    summary: 'import .txt, .md, .html files into the library',
    async run({ args, io, services }) {
      allowOnly(args, [...COMMON, 'json']);
      if (args.positional.length === 0) throw new UsageError('name at least one file');
      const s = await services();
      const results = [];
      for (const p of args.positional) {
        const r = await s.importer.importFile(p);
        results.push(r);
        io.err(`${r.status === 'failed' ? 'failed' : r.status}: ${p}${r.message ? ` — ${r.message}` : ''}\n`);
      }
      if (flag(args, 'json')) io.out(`${JSON.stringify(results, null, 2)}\n`);
      const failed = results.filter((r) => r.status === 'failed');
      if (failed.length === results.length) throw new MarginError('bad_input', `nothing imported (${failed.length} failed)`);
    },
  },
};
