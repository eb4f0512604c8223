// CLI command for the library's backups: list the daily snapshots, or put one back (the library as
// it was is first kept as a snapshot of its own, so a restore can itself be undone).
import { UsageError, allowOnly, flag } from '../args';
import { COMMON, type Command } from './types';

export const restoreCommands: Record<string, Command> = {
  restore: {
    usage: 'margin restore --list [--json] | margin restore SNAPSHOT',
    summary: "list the library's backups, or put one back (the current state is kept as a snapshot)",
    async run({ args, io, services }) {
      allowOnly(args, [...COMMON, 'list', 'json']);
      const { store } = await services();
      if (flag(args, 'list')) {
        if (args.positional.length > 0) throw new UsageError('--list takes no snapshot name');
        const list = store.snapshots();
        if (flag(args, 'json')) return io.out(`${JSON.stringify(list, null, 2)}\n`);
        if (list.length === 0) return io.out(`No backups yet in ${store.dir}. One is made before the first change of each day.\n`);
        for (const s of list) {
          const why = s.reason === 'daily' ? 'daily' : 'kept before a restore';
          io.out(`${s.name.padEnd(40)} ${s.createdAt.slice(0, 19).replace('T', ' ')}  ${s.articles} articles, ${s.annotationFiles} annotation files  (${why})\n`);
        }
        return;
      }
      const [name] = args.positional;
      if (!name || args.positional.length > 1) throw new UsageError('name one snapshot (see margin restore --list)');
      const r = store.restoreSnapshot(name);
      const kept = r.keptNewer ? ` ${r.keptNewer} article${r.keptNewer === 1 ? '' : 's'} added after it ${r.keptNewer === 1 ? 'was' : 'were'} kept.` : '';
      const undo = r.savedAs ? ` The library as it was is kept as ${r.savedAs}: margin restore ${r.savedAs} puts it back.` : '';
      io.out(`Restored ${r.restored.name} (${r.articles} articles, ${r.changedFiles} annotation files changed).${kept}${undo}\n`);
    },
  },
};
