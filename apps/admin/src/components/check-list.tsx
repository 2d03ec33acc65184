'use client';

import { Skeleton } from '@fidele/ui';
import type { ReactNode } from 'react';
import { QueryError } from './query-error.tsx';

const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

type CheckListProps<Value extends string> = {
  /** Given to the first checkbox, so an error summary can move focus to the list. */
  id: string;
  legend: ReactNode;
  options: readonly { value: Value; label: ReactNode }[];
  selected: readonly Value[];
  onChange: (selected: Value[]) => void;
  error?: string;
  empty?: string;
};

/** Checkboxes for a few choices, named by their legend, the error under them. */
export const CheckList = <Value extends string>({
  id,
  legend,
  options,
  selected,
  onChange,
  error,
  empty,
}: CheckListProps<Value>) => (
  <fieldset
    className="flex min-w-0 flex-col gap-1.5"
    aria-describedby={error ? `${id}-error` : undefined}
    aria-invalid={error ? true : undefined}
  >
    <legend className="mb-1.5 text-sm font-medium text-ink">{legend}</legend>
    {options.length === 0 && empty ? <p className="text-sm text-ink-muted">{empty}</p> : null}
    <div className="flex flex-wrap gap-x-4 gap-y-1">
      {options.map((option, index) => (
        <label key={option.value} className="inline-flex min-h-10 items-center gap-2 text-sm">
          <input
            type="checkbox"
            id={index === 0 ? id : undefined}
            className="size-5 accent-brand-700"
            checked={selected.includes(option.value)}
            onChange={(event) => onChange(toggle(selected, option.value, event.target.checked))}
          />
          {option.label}
        </label>
      ))}
    </div>
    {error ? (
      <p id={`${id}-error`} className="text-sm font-medium text-danger-700">
        {error}
      </p>
    ) : null}
  </fieldset>
);

/**
 * A check list of choices the page loads (tiers, segments): a placeholder until they come, their
 * error with a retry if they do not.
 */
export const LoadedCheckList = <Row, Value extends string>({
  rows,
  options,
  ...list
}: Omit<CheckListProps<Value>, 'options'> & {
  rows: { data?: Row[]; error: unknown; refetch: () => unknown };
  options: (rows: Row[]) => CheckListProps<Value>['options'];
}) =>
  rows.error ? (
    <QueryError error={rows.error} onRetry={() => rows.refetch()} />
  ) : rows.data ? (
    <CheckList {...list} options={options(rows.data)} />
  ) : (
    <Skeleton className="h-16 w-full max-w-md" />
  );
