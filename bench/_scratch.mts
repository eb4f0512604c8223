import { readFileSync } from 'node:fs';
import { extract } from '../src/shared/stats/index.ts';
const text = readFileSync('seeds/000_aec4eee4ac3b9961.txt', 'utf8');
const r = extract(text);
for (const s of r.statistics) console.log(JSON.stringify({ t: s.text, v: s.value, l: s.label, k: s.kind, a: s.approx, u: s.unit }), text.slice(s.start, s.end) === s.text);
console.log(r.dates, JSON.stringify(r.warnings, null, 1));
