import { generateCorpus } from './stats.ts';
const c = generateCorpus(3_000_000);
const W = ['one','two','three','four','five','six','seven','eight','nine','ten','eleven','twelve','thirteen','fourteen','fifteen','sixteen','seventeen','eighteen','nineteen','twenty','thirty','forty','fifty','sixty','seventy','eighty','ninety'];
const words = W.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
const re = new RegExp(`\\d|\\b(?:${words.join('|')}|[Aa] (?:dozen|hundred|thousand|million|billion))\\b`, 'g');
const cpu = () => process.cpuUsage().user / 1000;
for (let k = 0; k < 5; k++) {
  let t0 = cpu(); let n = 0; re.lastIndex = 0; for (let m = re.exec(c); m; m = re.exec(c)) { n++; re.lastIndex = m.index + 1; }
  let t1 = cpu(); let n2 = 0; re.lastIndex = 0; while (re.test(c)) { n2++; }
  let t2 = cpu();
  console.log('exec', (t1 - t0).toFixed(1), n, 'test', (t2 - t1).toFixed(1), n2);
}
