// Benchmark of the statistics extractor: throughput on a deterministic ~20 MB news-like corpus,
// beside compromise's numbers() on a slice of the same text. Returns entries; never prints.

import { extract } from '../src/shared/stats/index';
import { mulberry32 as prng } from '../src/shared/random';
import type { BenchEntry } from './entry';
export type { BenchEntry };



const COUNTRIES = ['Ukraine', 'Russia', 'Germany', 'Brazil', 'Japan', 'Kenya', 'Canada', 'India', 'Poland', 'Chile'];
const PEOPLE = ['people', 'residents', 'soldiers', 'civilians', 'workers', 'students', 'patients', 'voters'];
const THINGS = ['tanks', 'drones', 'artillery systems', 'armored vehicles', 'homes', 'schools', 'flights', 'jobs'];
const COMPANIES = ['Acme Corp', 'Northwind', 'Globex', 'Initech', 'Umbrella Group', 'Stark Industries'];
const TEAMS = ['United', 'Rovers', 'City', 'Athletic', 'Wanderers', 'Albion'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WORDS = ['two', 'three', 'seven', 'twelve', 'twenty-one', 'a dozen', 'five', 'nine'];
const APPROX = ['over', 'around', 'about', 'nearly', 'close to', 'more than', 'up to', 'some'];
const FILLER = [
  'The minister said the situation remained tense as talks continued in the capital.',
  'Officials declined to comment on the details of the agreement, citing ongoing negotiations.',
  'Analysts expect the central bank to keep its policy unchanged while it watches the data.',
  'Residents described a chaotic scene as emergency services arrived at the site.',
  'The opposition called for an independent inquiry into the handling of the crisis.',
  'One thing is clear: the road ahead will not be easy for the new government.',
  'No one was injured, according to a statement released by the local authorities.',
  'Critics argue the plan does little to address the underlying problems facing the region.',
  'The company said it would provide further guidance when it reports its results.',
  'Pope Leo XIV welcomed the pilgrims and offered his blessing to the families.',
  'Speaking to reporters after the meeting, the spokesperson stressed that the decision was not final and that consultations with partners would continue.',
  'The announcement came as a surprise to many observers, who had expected a more cautious approach from the new leadership.',
  'Local media reported long queues outside petrol stations and supermarkets as residents stocked up on essentials ahead of the storm.',
  'The coach praised his players for their resilience, saying the team had shown real character in difficult conditions.',
  'Investors remained cautious amid concerns about slowing growth, higher borrowing costs and uncertainty over trade policy.',
  'Rescue teams worked through the night, searching collapsed buildings for survivors while aftershocks continued to rattle the area.',
  'The report, which has not been made public, is said to criticise the ministry for failing to act on earlier warnings.',
  'Diplomats said a breakthrough was unlikely before the summit, although both sides signalled a willingness to keep talking.',
  'The chief executive told analysts that demand had held up better than expected, particularly in its largest markets.',
  'Human rights groups have repeatedly urged the authorities to allow independent monitors into the affected regions.',
  'Meanwhile, the opposition leader accused the government of mismanaging the economy and ignoring the concerns of ordinary families.',
  'The stadium erupted when the equaliser went in, and the home side pressed for a winner until the final whistle.',
  'Engineers are still assessing the damage to the bridge, which carries much of the traffic between the two halves of the city.',
  'The central bank said it would continue to monitor developments closely and stood ready to act if conditions deteriorated.',
];

type Gen = (r: () => number) => string;

/** Share of sentences without figures. With it the corpus has about one number per 100 characters,
 * denser than the sample article (one per 134). */
const FILLER_SHARE = 0.62;

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}
const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const grouped = (n: number, sep = ','): string => n.toLocaleString('en-US').replace(/,/g, sep);
const dec = (r: () => number, hi: number): string => (r() * hi).toFixed(1);

const TEMPLATES: Gen[] = [
  (r) => `${pick(r, COUNTRIES)} has lost ${pick(r, APPROX)} ${grouped(int(r, 1000, 2000000))} troops, including ${grouped(int(r, 100, 20000))} ${pick(r, THINGS)} and ${grouped(int(r, 100, 50000))} ${pick(r, THINGS)}.`,
  (r) => `${pick(r, COMPANIES)} reported revenue of $${dec(r, 90)}bn, up ${dec(r, 30)}% from a year earlier.`,
  (r) => `Shares fell ${dec(r, 12)} percent to $${int(r, 10, 900)} in early trading on ${pick(r, MONTHS)} ${int(r, 1, 28)}.`,
  (r) => `${pick(r, TEAMS)} won ${int(r, 1, 5)}-${int(r, 0, 1)} against ${pick(r, TEAMS)} in front of ${grouped(int(r, 5000, 80000))} fans.`,
  (r) => `A magnitude ${dec(r, 9)} earthquake struck ${int(r, 5, 200)} km south of the city at a depth of ${dec(r, 40)} km.`,
  (r) => `Between ${int(r, 10, 40)} and ${int(r, 41, 90)} ${pick(r, PEOPLE)} were evacuated from the area.`,
  (r) => `Officials said ${pick(r, WORDS)} ${pick(r, PEOPLE)} were injured and ${pick(r, WORDS)} others remain missing.`,
  (r) => `Temperatures reached ${int(r, 30, 48)} degrees Celsius on ${pick(r, MONTHS)} ${int(r, 1, 28)}, ${int(r, 2015, 2025)}.`,
  (r) => `Inflation rose to ${dec(r, 10)}% in ${pick(r, MONTHS)} ${int(r, 2019, 2025)}, the statistics office said.`,
  (r) => `The government approved €${dec(r, 3)} trillion in spending and ${dec(r, 50)} thousand new ${pick(r, THINGS)}.`,
  (r) => `${pick(r, THINGS)} - ${grouped(int(r, 100, 30000))} (+${int(r, 1, 90)})`,
  (r) => `The meeting began at ${int(r, 8, 11)}:30 and ended at ${int(r, 1, 6)} p.m., after which users of Windows 8 and the iPhone 15 were told to update.`,
  (r) => `In ${int(r, 1995, 2024)}, about ${grouped(int(r, 1000, 900000), ' ')} ${pick(r, PEOPLE)} left the region, see page ${int(r, 2, 90)}.`,
  (r) => `The F-16 and Su-34 fleets flew ${int(r, 20, 400)} sorties, while COVID-19 cases rose by ${grouped(int(r, 100, 9000))}.`,
  (r) => `The fund raised $${int(r, 2, 900)} million from ${int(r, 12, 300)} investors over the past ${int(r, 2, 10)} years.`,
  (r) => `Unemployment fell to ${dec(r, 9)} per cent, with ${grouped(int(r, 1000, 90000), '.')} ${pick(r, PEOPLE)} finding jobs.`,
];

const HEADLINES: Gen[] = [
  (r) => `${pick(r, COUNTRIES)} says it destroyed ${int(r, 5, 90)} ${pick(r, THINGS)} overnight`,
  (r) => `${pick(r, COMPANIES)} revenue rises ${dec(r, 20)}% to $${dec(r, 90)}bn`,
  (r) => `Earthquake of magnitude ${dec(r, 9)} kills ${int(r, 3, 400)} people`,
  (r) => `${pick(r, TEAMS)} beat ${pick(r, TEAMS)} ${int(r, 2, 5)}-${int(r, 0, 1)}`,
  (r) => `Losses since ${pick(r, MONTHS)} ${int(r, 2014, 2024)} top ${grouped(int(r, 1000, 900000))}`,
  (r) => `${pick(r, FILLER).replace(/[.:].*$/, '')}`,
];

function paragraphs(r: () => number, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  let sentencesInParagraph = 0;
  while (size < bytes) {
    const s = r() < FILLER_SHARE ? pick(r, FILLER) : pick(r, TEMPLATES)(r);
    sentencesInParagraph++;
    const sep = sentencesInParagraph >= int(r, 3, 6) ? '\n' : ' ';
    if (sep === '\n') sentencesInParagraph = 0;
    parts.push(s, sep);
    size += s.length + 1;
  }
  return parts.join('');
}

/** Deterministic news-like articles (a headline, then 2–10 KB of paragraphs) totalling about `bytes` characters. */
export function generateArticles(bytes: number, seed = 20240601): string[] {
  const r = prng(seed);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const article = `${pick(r, HEADLINES)(r)}\n${paragraphs(r, Math.min(int(r, 2000, 10000), bytes - size))}`;
    out.push(article);
    size += article.length + 1;
  }
  return out;
}

/** The same articles as one text, each starting on a new line. */
export function generateCorpus(bytes: number, seed = 20240601): string {
  return generateArticles(bytes, seed).join('\n');
}

function mbPerSecond(chars: number, ms: number): number {
  return chars / 1e6 / (ms / 1000);
}

function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Measures extraction throughput, best of 3, on ~20 MB of articles extracted one by one (as the app
 * does), and on the same 20 MB as a single text; compromise's numbers() on 200 KB is the baseline.
 */
export async function benchStats(): Promise<BenchEntry[]> {
  const articles = generateArticles(20_000_000);
  const size = articles.reduce((n, a) => n + a.length, 0);
  let found = 0;
  const perArticle = bestOf(3, () => {
    found = 0;
    for (const article of articles) found += extract(article).statistics.length;
  });
  const corpus = articles.join('\n');
  const whole = bestOf(3, () => {
    extract(corpus);
  });
  // Loaded here, not at the top: tests import generateCorpus without paying for compromise.
  const { default: nlp } = await import('compromise');
  const slice = corpus.slice(0, 200_000);
  const baselineMs = bestOf(1, () => {
    nlp(slice).numbers().json();
  });
  const baseline = Number(mbPerSecond(slice.length, baselineMs).toFixed(3));
  const round = (x: number): number => Number(x.toFixed(2));
  return [
    { name: 'stats.extract throughput (articles)', value: round(mbPerSecond(size, perArticle)), unit: 'MB/s', size, baseline },
    { name: 'stats.extract throughput (one 20 MB text)', value: round(mbPerSecond(corpus.length, whole)), unit: 'MB/s', size: corpus.length, baseline },
    { name: 'stats.statistics found', value: Math.round(found / (size / 1e6)), unit: 'per MB', size },
  ];
}
