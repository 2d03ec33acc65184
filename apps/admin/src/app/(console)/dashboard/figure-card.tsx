'use client';

import { Button, Card, HorizontalScroll } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type FigureColumn, type FigureRow, figureCsv } from './figure-csv.ts';
import { useShowFigure } from './use-show-figure.ts';

/** Bar colours, one per series, readable on the surface colour. */
const SERIES_COLOURS = [
  'var(--color-brand-700)',
  'var(--color-info-700)',
  'var(--color-success-700)',
  'var(--color-warning-800)',
  'var(--color-danger-700)',
  'var(--color-brand-500)',
  'var(--color-ink-muted)',
  'var(--color-brand-900)',
];

const download = (name: string, text: string) => {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
};

/**
 * One of the dashboard's charts: bars for the eye (hidden from screen readers), the same figures
 * as a table below, and a CSV of that table. `chart` names the columns drawn as bars.
 */
export const FigureCard = ({
  id,
  title,
  first,
  columns,
  rows,
  chart,
  stacked = false,
  fileName,
}: {
  id: string;
  title: string;
  /** The heading of the rows' column (Channel, Day, Shop…). */
  first: string;
  columns: FigureColumn[];
  rows: FigureRow[];
  chart?: string[];
  stacked?: boolean;
  fileName: string;
}) => {
  const t = useTranslations('dashboard');
  const show = useShowFigure();
  const drawn = columns.filter(({ key }) => chart?.includes(key));
  return (
    <Card
      title={title}
      data-testid={id}
      actions={
        <Button
          variant="secondary"
          size="sm"
          onClick={() => download(fileName, figureCsv(first, columns, rows))}
          disabled={rows.length === 0}
        >
          {t('downloadCsv')}
        </Button>
      }
    >
      {rows.length === 0 ? (
        <p className="text-ink-muted">{t('nothing')}</p>
      ) : (
        <div className="flex flex-col gap-4">
          {drawn.length > 0 ? (
            <div className="h-64 w-full" aria-hidden="true">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart
                  data={rows.map((row) => ({ label: row.label, ...row.values }))}
                  margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
                >
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="label" />
                  <YAxis allowDecimals={false} />
                  <Tooltip
                    formatter={(value, _name, item) =>
                      show(
                        drawn.find((column) => column.key === item.dataKey)?.kind ?? 'count',
                        Number(value),
                      )
                    }
                  />
                  {drawn.length > 1 ? <Legend /> : null}
                  {drawn.map((column, i) => (
                    <Bar
                      key={column.key}
                      dataKey={column.key}
                      name={column.label}
                      fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                      stackId={stacked ? 'stack' : undefined}
                    />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </div>
          ) : null}
          <HorizontalScroll label={title}>
            <table className="w-full min-w-max text-sm">
              <thead className="text-ink-muted">
                <tr>
                  <th scope="col" className="py-1 pr-4 text-left font-medium">
                    {first}
                  </th>
                  {columns.map((column) => (
                    <th key={column.key} scope="col" className="py-1 pl-4 text-right font-medium">
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className="border-t border-border">
                    <th scope="row" className="py-1 pr-4 text-left font-normal">
                      {row.label}
                    </th>
                    {columns.map((column) => (
                      <td key={column.key} className="py-1 pl-4 text-right tabular-nums">
                        {show(column.kind, row.values[column.key] ?? null)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </HorizontalScroll>
        </div>
      )}
    </Card>
  );
};
