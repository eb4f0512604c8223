import { extract } from '../src/shared/stats/index.ts';
import { generateCorpus } from './stats.ts';
const c = generateCorpus(3_000_000);
const arts: string[] = []; for (let i = 0; i < c.length; i += 6000) arts.push((' ' + c.slice(i, i + 6000)).slice(1));
const cpu = () => process.cpuUsage().user / 1000;
let a = 1e9, b = 1e9;
for (let k = 0; k < 15; k++) { let t0 = cpu(); extract(c); a = Math.min(a, cpu() - t0); t0 = cpu(); for (const x of arts) extract(x); b = Math.min(b, cpu() - t0); }
console.log('whole MB/s', (3 / (a / 1000)).toFixed(1), 'per-article MB/s', (3 / (b / 1000)).toFixed(1));
