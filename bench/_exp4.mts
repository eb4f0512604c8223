import { extract } from '../src/shared/stats/index.ts';
import { generateCorpus } from './stats.ts';
const size = Number(process.env.SIZE ?? 20_000_000);
const c = generateCorpus(size);
const cpu = () => process.cpuUsage().user / 1000;
for (let k = 0; k < Number(process.env.RUNS ?? 3); k++) { const w0 = performance.now(); const t0 = cpu(); extract(c); const t = cpu() - t0; const w = performance.now() - w0; console.log('cpu MB/s', (size / 1e6 / (t / 1000)).toFixed(1), 'wall MB/s', (size / 1e6 / (w / 1000)).toFixed(1)); }
