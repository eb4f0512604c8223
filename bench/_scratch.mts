import * as chrono from 'chrono-node';
const wins = ['lost troops between Feb. 24, 2020', 'wounded since February 2022.', 'on March 3, 2021 the', 'the 5th of June 2019 at', 'on 24 February 2022, Russia', 'in Sept. 2023 the'];
const probes = ['Feb. 24, 2020', 'February 2022', '24 February 2022', '2020-02-24', '24/02/2020', 'the 5th of June 2019', '2022 February'];
const base = chrono.casual;
const keep = base.parsers.filter(p => { const c = new chrono.Chrono({ parsers: [p], refiners: [] }); return probes.some(t => c.parse(t).length > 0); });
console.log(keep.map(p => p.constructor.name));
const abs = new chrono.Chrono({ parsers: keep, refiners: base.refiners });
const abs2 = new chrono.Chrono({ parsers: keep, refiners: [] });
for (const [name, ch] of [['casual', base], ['abs', abs], ['absNoRef', abs2]] as const) {
  let t0 = performance.now(); let n = 0;
  for (let i = 0; i < 20000; i++) { n += ch.parse(wins[i % wins.length]!, new Date(2025,0,1)).length; }
  console.log(name, ((performance.now() - t0) / 20000 * 1000).toFixed(1), 'us/call', n);
}
for (const w of wins) console.log(abs.parse(w).map(r => r.text + ' ' + r.start.isCertain('day')));
