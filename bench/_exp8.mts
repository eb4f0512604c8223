import { extract } from '../src/shared/stats/index.ts';
import { generateArticles } from './stats.ts';
const arts = generateArticles(5_000_000);
const size = arts.reduce((n, a) => n + a.length, 0);
const cpu = () => process.cpuUsage().user / 1000;
let best = 1e9, bestWall = 1e9;
for (let k = 0; k < 12; k++) { const w = performance.now(); const t0 = cpu(); for (const a of arts) extract(a); best = Math.min(best, cpu() - t0); bestWall = Math.min(bestWall, performance.now() - w); }
console.log('articles: best cpu MB/s', (size / 1e6 / (best / 1000)).toFixed(1), 'best wall MB/s', (size / 1e6 / (bestWall / 1000)).toFixed(1));
