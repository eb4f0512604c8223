// CLI commands that read the library: list and show.
import { UsageError, allowOnly, flag } from '../args';
import { COMMON, type Command } from './types';

export const libraryCommands: Record<string, Command> = {
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
