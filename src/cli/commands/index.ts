// The registry of CLI commands, one file per domain, and the help text built from it.
import { exportCommands } from './export';
import { highlightCommands } from './highlights';
import { importCommands } from './import';
import { libraryCommands } from './library';
import { restoreCommands } from './restore';
import { statsCommands } from './stats';
import { tagCommands } from './tags';
import type { Command } from './types';

export type { Command, CommandContext } from './types';

export const COMMANDS: Record<string, Command> = {
  ...libraryCommands,
  ...importCommands,
  ...highlightCommands,
  ...tagCommands,
  ...statsCommands,
  ...exportCommands,
  ...restoreCommands,
};

export const HELP = `usage: margin <command> [options]   (every command takes --library DIR; default: MARGIN_LIBRARY or the user-data folder)

${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}\n  ${' '.repeat(12)} ${c.usage}`)
  .join('\n')}

Exit codes: 0 ok, 1 error (message on stderr), 2 wrong usage.
`;

