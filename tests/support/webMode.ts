// Starts web mode (`tsx src/web/main.ts --no-build`) as a child process on a temp library and hands
// tests its URL; stops it and removes the library afterwards.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface WebMode {
  url: string;
  origin: string;
  token: string;
  library: string;
  stop(): Promise<void>;
}

/** Starts web mode; `library` defaults to a fresh temp folder (removed on stop); `args` go to web mode. */
export async function startWebMode(options: { library?: string; env?: NodeJS.ProcessEnv; args?: string[] } = {}): Promise<WebMode> {
  const ownLibrary = !options.library;
  const library = options.library ?? fs.mkdtempSync(path.join(os.tmpdir(), 'margin-ui-'));
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'src', 'web', 'main.ts'), '--no-build', '--library', library, ...(options.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web mode did not start in time: ${stderr}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Margin web: (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited (${code}): ${stderr}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    library,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (ownLibrary) fs.rmSync(library, { recursive: true, force: true });
    },
  };
}

/** Calls the typed API of a running web mode, as the page does; throws with the method and message when it fails. */
export async function callApi<T>(web: Pick<WebMode, 'origin' | 'token'>, method: string, args: unknown): Promise<T> {
  const res = await fetch(`${web.origin}/api/call/${method}`, {
    method: 'POST',
    headers: { 'X-Margin-Token': web.token, 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  });
  const outcome = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.value;
}

const execFileAsync = promisify(execFile);

/** Runs the `margin` CLI as a separate process (another writer of the same library). */
export const margin = (...args: string[]) => execFileAsync(process.execPath, [path.join(ROOT, 'bin', 'margin.mjs'), ...args], { cwd: ROOT, timeout: 60_000 });
