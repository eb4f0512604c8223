// Formats statistics for people, in their locale: 1,020,010 / 1 020 010 / 1.020.010 as the
// browser's language writes it, money with its currency, percentages with a % sign.
import type { Statistic, StatisticKind } from '../../shared/types';

let number: Intl.NumberFormat | null = null;

/**
 * A number in the person's locale. The formatter is built on first use: the first Intl object of a
 * page costs tens of ms (ICU starting up), which must not be paid while the page loads.
 */
export function formatNumber(v: number): string {
  number ??= new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
  return number.format(v);
}

export function formatValue(stat: Statistic): string {
  const one = (v: number) => {
    if (stat.kind === 'money' && stat.unit && /^[A-Z]{3}$/.test(stat.unit)) {
      try {
        return new Intl.NumberFormat(undefined, { style: 'currency', currency: stat.unit, maximumFractionDigits: 2, notation: Math.abs(v) >= 1e6 ? 'compact' : 'standard' }).format(v);
      } catch {
        return `${formatNumber(v)} ${stat.unit}`;
      }
    }
    if (stat.kind === 'percent') return `${formatNumber(v)}%`;
    if (stat.kind === 'change') return `${v > 0 ? '+' : ''}${formatNumber(v)}`;
    if (stat.kind === 'measure' && stat.unit) return `${formatNumber(v)} ${stat.unit}`;
    return formatNumber(v);
  };
  return stat.valueTo !== undefined ? `${one(stat.value)}–${one(stat.valueTo)}` : one(stat.value);
}

export const KIND_TITLES: Record<StatisticKind, string> = {
  count: 'Counts',
  money: 'Money',
  percent: 'Percentages',
  measure: 'Measures',
  score: 'Scores',
  change: 'Changes',
  range: 'Ranges',
};

/** The statistics as a Markdown table (value, label, as written). */
export function markdownTable(stats: Statistic[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  const rows = stats.map((s) => `| ${cell(`${s.approx ? '≈ ' : ''}${formatValue(s)}`)} | ${cell(s.label)} | ${cell(s.kind)} | ${cell(s.text)} |`);
  return ['| Value | What | Kind | As written |', '| ---: | --- | --- | --- |', ...rows].join('\n');
}
