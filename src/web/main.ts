// `npm run web`: builds the renderer when it is missing or older than its sources, then serves it
// with the library's services on 127.0.0.1 and prints one line: `Margin web: <url with token>`.
// `--renderer DIR` serves another folder instead (the bench's floor page), `--no-build` skips the build.
import path from 'node:path';
import { appRoot, resolveLibraryDir } from '../main/paths';
import { createServices } from '../main/services/services';
import { ensureRendererBuilt } from './rendererBuild';
import { startWebServer } from './server';
import { watchLibrary } from '../main/services/watch';

function optionValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function portArg(argv: string[]): number {
  const raw = optionValue(argv, '--port');
  const port = raw === undefined ? 0 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`Margin web: --port takes a number from 0 to 65535, not ${raw}\n`);
    process.exit(2);
  }
  return port;
}

async function main() {
  const argv = process.argv.slice(2);
  const root = appRoot(import.meta.url);
  const port = portArg(argv);
  const custom = optionValue(argv, '--renderer');
  const rendererDir = custom ? path.resolve(custom) : argv.includes('--no-build') ? path.join(root, 'out', 'renderer') : ensureRendererBuilt(root, () => process.stderr.write('Margin web: building the renderer…\n'));
  const services = await createServices({ dir: resolveLibraryDir(argv), seedsDir: path.join(root, 'seeds') });
  for (const notice of services.store.notices) process.stderr.write(`Margin: ${notice}\n`);
  const server = await startWebServer({ services, rendererDir, port });
  services.events.subscribe((event) => server.broadcast(event));
  const stopWatching = watchLibrary(services, (event) => services.events.emit(event));
  process.stdout.write(`Margin web: ${server.url}\n`);
  const stop = async () => {
    stopWatching();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`Margin web: ${(err as Error).message}\n`);
  process.exit(1);
});
