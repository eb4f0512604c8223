import { extract } from '../src/shared/stats/index.ts';
const cases = process.argv.slice(2).length ? process.argv.slice(2) : [
  'Apple reported quarterly revenue of $94.8 billion, up 6% year over year, and earnings per share of $1.52.',
  'The company said it would cut 1,200 jobs and close 15 stores by the end of the year.',
  'Germany’s economy shrank 0.3% in the second quarter, while inflation eased to 2.2 percent in August.',
  'Manchester City beat Arsenal 3-1 on Sunday, with Haaland scoring twice in the first half.',
  'The Lakers won 112-104 after trailing by 15 points at halftime.',
  'A 7.1-magnitude earthquake struck off the coast at a depth of 10 km, killing at least 126 people and injuring more than 300.',
  'Temperatures hit 46.5C in Seville, and about 2,000 firefighters battled blazes across 12,000 hectares.',
  'Russia launched 43 drones and three missiles overnight, the air force said, adding that 38 drones were shot down.',
  'Between 10 and 12 people were arrested, police said. Up to 5,000 residents were evacuated.',
  'The central bank raised rates by 25 basis points to 5.5%, the highest level since 2001.',
  'Shares rose 4.2% to $182.50 in New York. The stock has gained 35% this year.',
  'Windows 8 and the iPhone 15 were mentioned; COVID-19 cases fell; F-16 jets and Su-34 bombers flew.',
  'The meeting starts at 10:30 and ends at 3 p.m. See page 12 and p. 4 for details.',
  'In 2019 the population was 21.6 thousand; by 2023 it had grown to 1 020 010 and then 1.020.010.',
  'The EU approved a €2.4 trillion budget and a £3.5bn aid package, while Japan pledged ¥500 billion.',
  'The 3rd brigade and the 47th Mechanized Brigade took part. He finished first.',
  'No one was hurt. One of the officers said one thing: two dozen soldiers and a dozen tanks arrived.',
  'Ukraine has received 31 Abrams tanks, 12 F-16s and a further 1.5 million rounds of ammunition.',
  'The deal, worth $3.5bn, gives the firm a 12.5% stake. Unemployment stood at 4.1 per cent.',
  'Over the past 24 hours, Russia lost 1,230 soldiers, the General Staff said, bringing the total to 620,000.',
  'Tanks — 10,980 (+5)\nArmored fighting vehicles – 22,922 (+12)\nartillery systems - 29,718 units',
  'The survey of 2,000 adults found that 62 per cent support the plan, up 4 percentage points.',
  'Some 300 migrants were rescued, and about 40 others remain missing, aged between 2 and 60.',
  'She was sentenced to 10 years in prison. Two years ago he ran 42.2 kilometres in 2 hours.',
  'The Dow fell 500 points, or 1.3%, to 38,500, while the S&P 500 slipped 0.8%.',
  'A 25-year-old man and a 10-year plan, a three-day summit and a 5,000-strong force.',
];
for (const t of cases) {
  const r = extract(t, { titleRange: { start: 0, end: 0 } });
  console.log('\n# ' + t);
  for (const s of r.statistics) console.log('  ', JSON.stringify([s.text, s.value, s.label, s.kind, s.approx, s.unit, s.valueTo]));
  if (r.dates.length) console.log('   dates', r.dates.map((d) => d.text + '=' + d.iso).join(' | '));
}
