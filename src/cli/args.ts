// A small argument parser for the CLI: positional words, `--flag`, `--key value` and `--key=value`
// (repeatable keys collect into lists). Unknown flags are the command's to refuse.

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string[]>;
}

export class UsageError extends Error {}

/** Parses argv; `valued` names the flags that take a value. */
export function parseArgs(argv: readonly string[], valued: ReadonlySet<string>): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (k: string, v: string) => flags.set(k, [...(flags.get(k) ?? []), v]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) add(key, a.slice(eq + 1));
      else if (valued.has(key)) {
        const v = argv[i + 1];
        if (v === undefined) throw new UsageError(`--${key} needs a value`);
        add(key, v);
        i++;
      } else add(key, 'true');
    } else if (a === '-h') add('help', 'true');
    else positional.push(a);
  }
  return { positional, flags };
}

export const flag = (p: ParsedArgs, key: string) => p.flags.has(key);
export const value = (p: ParsedArgs, key: string) => p.flags.get(key)?.at(-1);
export const values = (p: ParsedArgs, key: string) => p.flags.get(key) ?? [];

/** Refuses flags the command does not know. */
export function allowOnly(p: ParsedArgs, known: readonly string[]): void {
  for (const k of p.flags.keys()) if (!known.includes(k)) throw new UsageError(`unknown option --${k}`);
}
