// Runs a script as an ordinary user, so tests of permissions (a read-only folder, a file the user
// made read-only) mean the same as root, who may write anywhere: bundled once with esbuild into a
// folder everyone can read, then run with uid/gid `nobody` when the tests run as root (as CI does)
// and as the current user otherwise.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleForNode } from './bundle';

const NOBODY = 65534;
const bundles = new Map<string, string>();

/** Whether scripts run through `runAsUser` drop root's rights. */
export const dropsRoot = process.getuid?.() === 0;

function bundle(entry: string): string {
  let out = bundles.get(entry);
  if (out) return out;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-as-user-'));
  fs.chmodSync(dir, 0o755);
  out = bundleForNode(entry, path.join(dir, `${path.basename(entry, '.ts')}.mjs`));
  fs.chmodSync(out, 0o644);
  bundles.set(entry, out);
  return out;
}

/** Makes `dir` and its parents up to `root` enterable by that user (temp folders are 0700). */
export function openTo(dir: string, root: string): void {
  for (let d = dir; d.startsWith(root); d = path.dirname(d)) {
    fs.chmodSync(d, fs.statSync(d).mode | 0o711);
    if (d === root) break;
  }
}

/** Gives `file` (a file or folder) to the user scripts run as, so it is theirs to make read-only. */
export function giveToUser(file: string): void {
  if (dropsRoot) fs.chownSync(file, NOBODY, NOBODY);
}

/** Runs the TypeScript script `entry` with `input` as JSON on stdin; returns what it printed, parsed. */
export function runAsUser<T>(entry: string, input: unknown): T {
  const r = spawnSync(process.execPath, [bundle(entry)], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    timeout: 60_000,
    cwd: os.tmpdir(),
    ...(dropsRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  if (r.status !== 0) throw new Error(`${path.basename(entry)} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Runs `node args…` (the margin CLI, say) as that user; returns its exit code and output. */
export function commandAsUser(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    timeout: 120_000,
    cwd: os.tmpdir(),
    env: { ...process.env, HOME: os.tmpdir() },
    ...(dropsRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
