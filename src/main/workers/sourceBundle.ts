// Running from source (web mode, the CLI, tests, the bench), a derive worker would otherwise start
// through tsx: its loader compiles every TypeScript module on the fly and turns the ES modules jsdom
// requires (parse5) into CommonJS with a getter per export, which makes every parse slower. Instead
// the worker's TypeScript is bundled once with esbuild into one ES module (packages stay external,
// resolved from the project's node_modules) and cached in node_modules/.cache/margin/, rebuilt when
// one of its inputs changed. The built app never comes here: it ships out/main/deriveWorker.js.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Bump when the build options below change: bundles of another format are rebuilt. */
const FORMAT = 1;

interface Manifest {
  format: number;
  entry: string;
  bundle: string;
  /** Every source file in the bundle (absolute path) with its `mtimeMs:size` when it was built. */
  inputs: Record<string, string>;
}

const stampOf = (file: string): string | null => {
  try {
    const s = fs.statSync(file);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return null;
  }
};

/** The nearest node_modules folder above `from`, or null. */
function nodeModulesAbove(from: string): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

function readManifest(file: string): Manifest | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** The cached bundle when it is still what the sources would build. */
function upToDate(manifest: Manifest | null, entry: string, dir: string): string | null {
  if (!manifest || manifest.format !== FORMAT || manifest.entry !== entry) return null;
  const bundle = path.join(dir, manifest.bundle);
  if (path.dirname(bundle) !== dir || !fs.existsSync(bundle)) return null;
  for (const [file, stamp] of Object.entries(manifest.inputs)) if (stampOf(file) !== stamp) return null;
  return bundle;
}

function writeAtomically(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

const building = new Map<string, Promise<string | null>>();

/**
 * The path of a plain-JavaScript build of the TypeScript module `entry` (absolute path), building it
 * when the cache is missing or stale. Null when it cannot be built (no esbuild, no writable cache):
 * the caller then starts the worker through tsx. One build at a time per entry in this process;
 * processes racing each other write whole files under unique names, so neither sees half a bundle.
 */
export function sourceBundle(entry: string): Promise<string | null> {
  let pending = building.get(entry);
  if (!pending) {
    pending = build(entry).catch(() => null);
    building.set(entry, pending);
    // A later call re-checks the sources (they may have changed); this one is shared meanwhile.
    void pending.finally(() => building.delete(entry));
  }
  return pending;
}

async function build(entry: string): Promise<string | null> {
  const modules = nodeModulesAbove(path.dirname(entry));
  if (!modules) return null;
  const dir = path.join(modules, '.cache', 'margin');
  const key = `${path.basename(entry, path.extname(entry))}-${crypto.createHash('sha256').update(entry).digest('hex').slice(0, 12)}`;
  const manifestFile = path.join(dir, `${key}.json`);
  const cached = upToDate(readManifest(manifestFile), entry, dir);
  if (cached) return cached;

  // createRequire keeps bundlers of the app from pulling esbuild in; only the source path needs it.
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const root = path.dirname(modules);
  const started = Date.now();
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const name = `${key}.${crypto.createHash('sha256').update(code).digest('hex').slice(0, 12)}.mjs`;
  fs.mkdirSync(dir, { recursive: true });
  const bundle = path.join(dir, name);
  if (!fs.existsSync(bundle)) writeAtomically(bundle, code);

  const inputs: Record<string, string> = {};
  let settled = true;
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = path.resolve(root, input);
    const stamp = stampOf(file);
    if (stamp === null) return bundle; // a source vanished meanwhile: use this build, do not cache it
    // Changed while esbuild read it (or within the clock's resolution): not cached, rebuilt next time.
    if (fs.statSync(file).mtimeMs >= started - 2000) settled = false;
    inputs[file] = stamp;
  }
  if (settled) writeAtomically(manifestFile, JSON.stringify({ format: FORMAT, entry, bundle: name, inputs } satisfies Manifest));
  removeOtherBundles(dir, key, name);
  return bundle;
}

/** Older builds of the same entry, once a day has passed (another process may still be about to start one). */
function removeOtherBundles(dir: string, key: string, keep: string): void {
  try {
    for (const file of fs.readdirSync(dir)) {
      if (file === keep || !file.startsWith(`${key}.`) || !file.endsWith('.mjs')) continue;
      const old = path.join(dir, file);
      if (Date.now() - fs.statSync(old).mtimeMs > 24 * 3600_000) fs.rmSync(old, { force: true });
    }
  } catch {
    // Leftovers are harmless.
  }
}
