// What a CLI command is: its usage line, a one-line summary, and what it runs.
import type { Services } from '../../main/services/services';
import type { ParsedArgs } from '../args';
import type { CliIO } from '../main';

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

/** Every command takes --library DIR. */
export const COMMON = ['library'];
