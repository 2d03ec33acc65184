'use client';

import { classNames, HorizontalScroll, pinnedEndCell, Skeleton } from '@fidele/ui';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';

export type DataTableProps<Row> = {
  /** Names the table for assistive technology. */
  caption: string;
  // Each column made by TanStack's column helper is typed by its own value; a list of them is
  // only expressible with `any`, as TanStack documents.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<Row, any>[];
  rows: Row[] | undefined;
  rowKey: (row: Row) => string;
  /** Sorting done by the server: the header buttons only report the wish. */
  sorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  /** A row's click target, e.g. its detail page; the first link in the row stays the keyboard way. */
  onRowClick?: (row: Row) => void;
  /** Shown instead of the body when `rows` is empty. */
  empty: ReactNode;
  /** In the app's language: "Sort by {column}". */
  sortLabel?: (column: string) => string;
  skeletonRows?: number;
};

/**
 * What a column says of itself in `meta`: `align: 'end'` for figures; `pin: 'end'` for a row's
 * actions, which then stay in view at the right edge while the rest scrolls (at 1024 px too).
 */
export type DataColumnMeta = { align?: 'end'; pin?: 'end' };

const metaOf = (column: { columnDef: { meta?: unknown } }) =>
  (column.columnDef.meta ?? {}) as DataColumnMeta;

const sortIcon = (direction: false | 'asc' | 'desc') =>
  direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕';

/** A server-driven table: rows arrive one page at a time, sorted where they come from. */
export const DataTable = <Row,>({
  caption,
  columns,
  rows,
  rowKey,
  sorting = [],
  onSortingChange,
  onRowClick,
  empty,
  sortLabel,
  skeletonRows = 8,
}: DataTableProps<Row>) => {
  const table = useReactTable({
    data: rows ?? [],
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater) =>
      onSortingChange?.(typeof updater === 'function' ? updater(sorting) : updater),
  });

  if (rows && rows.length === 0) return <>{empty}</>;

  const pinnedEnd = columns.some((column) => (column.meta as DataColumnMeta | undefined)?.pin);
  return (
    <HorizontalScroll
      label={caption}
      pinnedEnd={pinnedEnd}
      className="overflow-hidden rounded-card bg-surface shadow-card"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-border bg-surface-muted text-ink-muted">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                const { align, pin } = metaOf(header.column);
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                    }
                    className={classNames(
                      'px-3 py-3 font-semibold whitespace-nowrap',
                      align === 'end' && 'text-right',
                      pin && `${pinnedEndCell} bg-surface-muted`,
                    )}
                  >
                    {header.column.getCanSort() && onSortingChange ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className="inline-flex items-center gap-1 rounded-control hover:text-ink"
                        title={sortLabel?.(String(header.column.columnDef.header ?? ''))}
                      >
                        {label}
                        <span aria-hidden="true" className="text-xs">
                          {sortIcon(sorted)}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows
            ? table.getRowModel().rows.map((row) => (
                <tr
                  key={rowKey(row.original)}
                  onClick={onRowClick ? () => onRowClick(row.original) : undefined}
                  className={classNames(
                    'border-b border-border last:border-b-0',
                    onRowClick && 'cursor-pointer hover:bg-brand-50',
                  )}
                >
                  {row.getVisibleCells().map((cell) => {
                    const { align, pin } = metaOf(cell.column);
                    return (
                      <td
                        key={cell.id}
                        className={classNames(
                          'px-3 py-3 align-top',
                          align === 'end' && 'text-right tabular-nums',
                          pin && `${pinnedEndCell} bg-surface`,
                        )}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              ))
            : Array.from({ length: skeletonRows }, (_, i) => (
                <tr key={i} className="border-b border-border last:border-b-0">
                  {columns.map((_, j) => (
                    <td key={j} className="px-3 py-3">
                      <Skeleton className="h-5 w-full max-w-40" />
                    </td>
                  ))}
                </tr>
              ))}
        </tbody>
      </table>
    </HorizontalScroll>
  );
};
