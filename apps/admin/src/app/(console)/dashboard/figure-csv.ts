import { csvLine } from '@fidele/core/csv';
import { PROGRAMME_CURRENCY } from '@fidele/validators';

/** How a figure reads: a count, points, money in minor units, or a share (0 to 1). */
export type FigureKind = 'count' | 'points' | 'money' | 'ratio';
export type FigureColumn = { key: string; label: string; kind: FigureKind };
export type FigureRow = { key: string; label: string; values: Record<string, number | null> };

const MINOR_DIGITS =
  new Intl.NumberFormat('en', {
    style: 'currency',
    currency: PROGRAMME_CURRENCY,
  }).resolvedOptions().maximumFractionDigits ?? 2;

/** A figure as a spreadsheet reads it: plain numbers, money in the currency's units, shares in %. */
const csvValue = (kind: FigureKind, value: number | null) => {
  if (value === null) return '';
  if (kind === 'money') return (value / 10 ** MINOR_DIGITS).toFixed(MINOR_DIGITS);
  if (kind === 'ratio') return (value * 100).toFixed(1);
  return String(value);
};

/** A chart's table as CSV: a header line (the labels, money with its currency), then one line per row. */
export const figureCsv = (first: string, columns: FigureColumn[], rows: FigureRow[]): string =>
  csvLine([
    first,
    ...columns.map(({ label, kind }) =>
      kind === 'money'
        ? `${label} (${PROGRAMME_CURRENCY})`
        : kind === 'ratio'
          ? `${label} (%)`
          : label,
    ),
  ]) +
  rows
    .map((row) =>
      csvLine([
        row.label,
        ...columns.map(({ key, kind }) => csvValue(kind, row.values[key] ?? null)),
      ]),
    )
    .join('');
