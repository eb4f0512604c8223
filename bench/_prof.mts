import { findStatistics } from '../src/shared/stats/statistics.ts';
import { generateCorpus } from './stats.ts';
const c = generateCorpus(3_000_000);
for (let k = 0; k < 30; k++) findStatistics(c, []);
