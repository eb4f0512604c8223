// Renders an article's statistics as a Markdown table and its consistency warnings as a list.
// Pure string work over the Extraction type; it does not extract anything itself.
import type { Extraction, Statistic } from '../types';
import { encodeInline } from './escape';

function value(s: Statistic): string {
  const range = s.valueTo !== undefined ? `${s.value}–${s.valueTo}` : String(s.value);
  const unit = s.unit ? ` ${s.unit}` : '';
  return `${s.approx ? '≈' : ''}${range}${unit}`;
}

/** Markdown blocks (headings, a table, a list) for an article's statistics and warnings. */
export function renderStatistics(extraction: Extraction): string[] {
  const blocks = ['## Statistics'];
  if (extraction.statistics.length === 0) {
    blocks.push('No statistics found.');
  } else {
    const rows = extraction.statistics.map(
      (s) => `| ${encodeInline(s.text)} | ${encodeInline(value(s))} | ${s.kind} | ${encodeInline(s.label)} |`,
    );
    blocks.push(['| As written | Value | Kind | Label |', '| --- | --- | --- | --- |', ...rows].join('\n'));
  }
  if (extraction.warnings.length > 0) {
    blocks.push('## Warnings', extraction.warnings.map((w) => `- ${encodeInline(w.message)}`).join('\n'));
  }
  return blocks;
}
