import { writeFileSync } from 'node:fs';
import { generateCorpus } from './stats.ts';
writeFileSync('/tmp/corpus.txt', generateCorpus(20_000_000));
