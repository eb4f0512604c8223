// The CLI's commands. Each reads its arguments, calls the services through their public methods
// and prints; none holds library logic of its own.
import type { ParsedArgs } from './args';
import { UsageError, allowOnly, flag } from './args';
import type { CliIO } from './main';
import type { Services } from '../main/services/services';
import { MarginError } from '../shared/api/result';

export interface CommandContext {
  args: ParsedArgs;
  io: CliIO;
  services: () => Promise<Services>;
}

export interface Command {
  usage: string;
  summary: string;
  run(ctx: CommandContext): Promise<void>;
}

const COMMON = ['library'];

export const COMMANDS: Record<string, Command> = {
  list: {
    usage: 'margin list [--json] [--trash] [--library DIR]',
    summary: 'list the articles in the library, newest first',
    async run({ args, io, services }) {
      allowOnly(args, [...COMMON, 'json', 'trash']);
      const rows = (await services()).store.summaries({ trash: flag(args, 'trash') });
      if (flag(args, 'json')) return io.out(`${JSON.stringify(rows, null, 2)}\n`);
      if (rows.length === 0) return io.out('The library is empty.\n');
      for (const r of rows) {
        const by = r.author ? ` — ${r.author}` : '';
        io.out(`${r.id}  ${r.addedAt.slice(0, 10)}  ${r.title}${by}${r.highlightCount ? `  (${r.highlightCount} highlights)` : ''}\n`);
      }
    },
  },
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
  show: {
    usage: 'margin show ID [--library DIR]',
    summary: "print an article's text",
    async run({ args, io, services }) {
      allowOnly(args, COMMON);
      const [id] = args.positional;
      if (!id || args.positional.length > 1) throw new UsageError('name one article id');
      const view = (await services()).views.view(id);
      io.out(`${view.text}\n`);
    },
  },
};

export const HELP = `usage: margin <command> [options]   (every command takes --library DIR; default: MARGIN_LIBRARY or the user-data folder)

${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}\n  ${' '.repeat(12)} ${c.usage}`)
  .join('\n')}

Exit codes: 0 ok, 1 error (message on stderr), 2 wrong usage.
`;

