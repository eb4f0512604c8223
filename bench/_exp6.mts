import { extract } from '../src/shared/stats/index.ts';
import { generateCorpus } from './stats.ts';
const c = generateCorpus(20_000_000);
const arts: string[] = []; for (let i = 0; i < c.length; i += 20000) arts.push(c.slice(i, i + 20000));
const cpu = () => process.cpuUsage().user / 1000;
const mode = process.env.MODE;
for (let k = 0; k < 3; k++) {
  const t0 = cpu();
  if (mode === 'whole') extract(c); else for (const a of arts) extract(a);
  console.log(mode, 'cpu MB/s', (20 / ((cpu() - t0) / 1000)).toFixed(1));
}
