// The `margin` command line: the same services as the app, over the same library folder.
// Exit codes: 0 ok, 1 a user error (one line on stderr), 2 wrong usage.
import path from 'node:path';
import { MarginError } from '../shared/api/result';
import { appRoot, resolveLibraryDir } from '../main/paths';
import type { Services } from '../main/services/services';
import { UsageError, parseArgs, type ParsedArgs } from './args';
import { COMMANDS, HELP } from './commands/index';

const VALUED = new Set(['library', 'out', 'article', 'tag', 'format', 'quote', 'color', 'note', 'prefix', 'suffix', 'highlight', 'group-by']);

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(argv, VALUED);
  } catch (e) {
    io.err(`margin: ${(e as Error).message}\n${HELP.split('\n')[0]}\n`);
    return 2;
  }
  const [name, ...rest] = parsed.positional;
  if (!name || name === 'help' || (parsed.flags.has('help') && !name)) {
    io.out(HELP);
    return name || parsed.flags.has('help') ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`margin: unknown command "${name}". Run margin --help for the list.\n`);
    return 2;
  }
  if (parsed.flags.has('help')) {
    io.out(`${command.usage}\n`);
    return 0;
  }
  let services: Services | undefined;
  const getServices = async () => {
    if (!services) {
      const root = appRoot(import.meta.url);
      // Loaded on demand: commands that read files directly (stats) start faster without it.
      const { createServices } = await import('../main/services/services');
      services = await createServices({ dir: resolveLibraryDir(argv), seedsDir: path.join(root, 'seeds') });
      for (const n of services.store.notices) io.err(`margin: ${n}\n`);
    }
    return services;
  };
  try {
    await command.run({ args: { positional: rest, flags: parsed.flags }, io, services: getServices });
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`margin ${name}: ${e.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    if (e instanceof MarginError || e instanceof CliError) {
      io.err(`margin: ${e.message}\n`);
      return 1;
    }
    io.err(`margin: unexpected error: ${(e as Error)?.stack ?? String(e)}\n`);
    return 1;
  }
}

/** A user error: printed as one line, exit code 1. */
export class CliError extends Error {}

const isEntry = process.argv[1] && /(?:cli[\\/]main\.ts|bin[\\/]margin\.mjs)$/.test(process.argv[1]);
if (isEntry || process.env.MARGIN_CLI_ENTRY === '1') {
  run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  }).then((code) => {
    process.exitCode = code;
  });
}
