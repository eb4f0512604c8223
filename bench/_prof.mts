import { extract } from '../src/shared/stats/index.ts';
import { generateArticles } from './stats.ts';
const arts = generateArticles(4_000_000);
for (let k = 0; k < 8; k++) for (const a of arts) extract(a);
