import { findStatistics } from '../src/shared/stats/statistics.ts';
import { findDates } from '../src/shared/stats/dates.ts';
import { findWarnings } from '../src/shared/stats/consistency.ts';
import { extract } from '../src/shared/stats/index.ts';
import { generateCorpus } from './stats.ts';
const c = generateCorpus(3_000_000);
const cpu = () => process.cpuUsage().user / 1000;
const title = { start: 0, end: c.indexOf('\n') };
for (let k = 0; k < 10; k++) {
  let t0 = cpu(); const d = findDates(c); const spans = d.map((x) => ({ start: x.spanStart, end: x.spanEnd }));
  let t1 = cpu(); const s = findStatistics(c, spans);
  let t2 = cpu(); findWarnings(c, s, d.flatMap((x) => x.mention ? [x.mention] : []), title);
  let t3 = cpu(); extract(c); const t4 = cpu();
  console.log('dates', (t1 - t0).toFixed(0), 'stats', (t2 - t1).toFixed(0), 'warn', (t3 - t2).toFixed(0), 'extract', (t4 - t3).toFixed(0));
}
