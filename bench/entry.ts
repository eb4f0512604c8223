// One figure of `npm run bench`, as every section returns it and bench-results.json stores it.

export interface BenchEntry {
  name: string;
  value: number;
  unit: string;
  size?: number;
  baseline?: number;
}
