import { findStatistics } from '../src/shared/stats/statistics.ts';
import { findDates } from '../src/shared/stats/dates.ts';
import { generateCorpus } from './stats.ts';
const c = generateCorpus(3_000_000);
const cpu = () => process.cpuUsage().user / 1000;
let bs = 1e9, bd = 1e9;
const spans = findDates(c).map((d) => ({ start: d.spanStart, end: d.spanEnd }));
for (let k = 0; k < 25; k++) { let t0 = cpu(); findStatistics(c, spans); bs = Math.min(bs, cpu() - t0); t0 = cpu(); findDates(c); bd = Math.min(bd, cpu() - t0); }
console.log('stats ms', bs.toFixed(0), 'dates ms', bd.toFixed(0), 'MB/s stats', (3 / (bs / 1000)).toFixed(1));
