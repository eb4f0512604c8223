// Starts a TypeScript worker when Margin runs from source (web mode, the CLI and tests run through
// tsx, whose loader a worker thread does not inherit). The built app starts its bundled workers directly.
import { workerData } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
await import(workerData.entry);
