'use client';

import {
  Alert,
  Button,
  classNames,
  Dialog,
  formatMoney,
  HorizontalScroll,
  pinnedEndCell,
  isTierColour,
  TextAreaField,
  useFormatSettings,
} from '@fidele/ui';
import { PROGRAMME_CURRENCY } from '@fidele/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, type InputHTMLAttributes, useState } from 'react';
import { failureCode } from '@/components/query-error.tsx';
import { serverErrorDetail, serverFieldErrors } from '@/components/server-field-errors.ts';
import { useTRPC } from '@/trpc/react.tsx';
import {
  DEFAULT_COLOUR,
  type FieldError,
  fieldErrorKey,
  type LadderErrors,
  type LadderField,
  type LadderInput,
  ladderChanged,
  MAX_TIERS,
  newTierRow,
  readLadder,
  removedTiers,
  rowsFrom,
  serverIssueField,
  type TierRow,
  type TierView,
  wholeValue,
} from './ladder-form-values.ts';
import { TierBadge } from './tier-badge.tsx';
import type { TierMetric } from './tier-figure.ts';

/** The fields in the order of the table, for focusing the first one in error. */
const FIELD_ORDER: LadderField[] = [
  'colour',
  'code',
  'name',
  'nameFr',
  'threshold',
  'multiplier',
  'benefitsEn',
  'benefitsFr',
];

const fieldId = (row: TierRow, field: LadderField | 'up' | 'down') => `tier-${row.key}-${field}`;

const focusLater = (id: string) =>
  // After React has rendered the change (a new row, an opened benefits panel, a move).
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);

/** An input inside a table cell: named by its column and tier, its error right under it. */
const CellInput = ({
  id,
  label,
  error,
  className,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  label: string;
  error?: string;
}) => (
  <div className="flex min-w-0 flex-col gap-1">
    <input
      id={id}
      aria-label={label}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      className={classNames(
        'min-h-10 w-full min-w-0 rounded-control border bg-surface px-2.5 text-sm text-ink',
        error ? 'border-danger-700' : 'border-border-strong',
        className,
      )}
      {...props}
    />
    {error ? (
      <p id={`${id}-error`} className="text-xs font-medium text-danger-700">
        {error}
      </p>
    ) : null}
  </div>
);

type ErrorLike = { data?: { appCode?: string } | null } | null;

/**
 * The ladder as one editable table, lowest tier first (the order is the rank): staff add, remove
 * and move tiers, then save the whole ladder at once. It is checked as the server checks it
 * before sending; a removal is confirmed first.
 */
export const LadderEditor = ({
  saved,
  metric,
}: {
  saved: TierView[];
  /** What the thresholds count, when known. */
  metric: TierMetric | undefined;
}) => {
  const t = useTranslations('tiers');
  const tErrors = useTranslations('errors');
  const locale = useLocale();
  const { locale: formatLocale } = useFormatSettings();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState(() => rowsFrom(saved, locale));
  const [errors, setErrors] = useState<LadderErrors>({ rows: {} });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<{
    input: LadderInput;
    removed: TierView[];
  } | null>(null);
  const [done, setDone] = useState(false);

  const save = useMutation(
    trpc.tiers.save.mutationOptions({
      onSuccess: async (ladder) => {
        setConfirming(null);
        setRows(rowsFrom(ladder, locale));
        setOpen(new Set());
        setDone(true);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.tiers.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.rewards.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
      },
      onError: (error) => {
        setConfirming(null);
        // A refused field (the server's schema) shows next to the field, like the browser's.
        const at = serverIssueField(serverFieldErrors(error));
        const row = at ? rows[at.index] : undefined;
        if (at && row) {
          setErrors({ rows: { [row.key]: { [at.field]: { key: fieldErrorKey(at.field) } } } });
          if (at.field === 'benefitsEn' || at.field === 'benefitsFr')
            setOpen((current) => new Set(current).add(row.key));
          focusLater(fieldId(row, at.field));
        }
      },
    }),
  );

  const changed = ladderChanged(saved, rows);
  const failure = failureCode(save.error);
  const appCode = (save.error as ErrorLike)?.data?.appCode;
  const fieldRefused = serverIssueField(serverFieldErrors(save.error)) !== null;
  const rowErrorCount = Object.keys(errors.rows).length;

  const label = (row: TierRow, index: number) =>
    row.code.trim().toUpperCase() || row.name.trim() || t('unnamed', { rank: index + 1 });
  const thresholdColumn = metric ? `thresholdIn.${metric}` : 'threshold';
  const cell = (column: string, index: number) =>
    t('cell', { column: t(`columns.${column}`), rank: index + 1 });
  const errorText = (error: FieldError | undefined) =>
    error ? t(`errors.${error.key}`, error.values ?? {}) : undefined;

  const edit = (key: string, field: LadderField, value: string) => {
    setDone(false);
    setRows((current) =>
      current.map((row) => (row.key === key ? { ...row, [field]: value } : row)),
    );
    setErrors((current) => {
      const { [field]: _, ...rest } = current.rows[key] ?? {};
      const next = { ...current.rows };
      if (Object.keys(rest).length) next[key] = rest;
      else delete next[key];
      return { ...current, rows: next };
    });
  };

  /** What every cell input of a row's field shares: its id, value, edit and error. */
  const cellOf = (row: TierRow, field: LadderField) => ({
    id: fieldId(row, field),
    value: row[field],
    onChange: (event: { target: { value: string } }) => edit(row.key, field, event.target.value),
    error: errorText(errors.rows[row.key]?.[field]),
  });

  const move = (index: number, by: -1 | 1) => {
    const row = rows[index]!;
    const to = index + by;
    setDone(false);
    setRows((current) => {
      const next = [...current];
      [next[index], next[to]] = [next[to]!, next[index]!];
      return next;
    });
    // Keep the focus on the button pressed, or on its twin when the row reached an end.
    const edge = to === 0 || to === rows.length - 1;
    focusLater(fieldId(row, edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'));
  };

  const add = () => {
    const row = newTierRow(locale);
    setDone(false);
    setRows((current) => [...current, row]);
    focusLater(fieldId(row, 'code'));
  };

  const remove = (index: number) => {
    const row = rows[index]!;
    setDone(false);
    setRows((current) => current.filter((r) => r.key !== row.key));
    setErrors((current) => {
      const { [row.key]: _, ...rest } = current.rows;
      return { ...current, rows: rest };
    });
    const neighbour = rows[index + 1] ?? rows[index - 1];
    if (neighbour) focusLater(fieldId(neighbour, 'code'));
  };

  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const discard = () => {
    setRows(rowsFrom(saved, locale));
    setErrors({ rows: {} });
    setOpen(new Set());
    setDone(false);
    save.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    save.reset();
    const read = readLadder(rows);
    if (!('input' in read)) {
      setErrors(read);
      const withBenefits = rows.filter(
        (row) => read.rows[row.key]?.benefitsEn || read.rows[row.key]?.benefitsFr,
      );
      if (withBenefits.length)
        setOpen((current) => new Set([...current, ...withBenefits.map((row) => row.key)]));
      const first = rows
        .flatMap((row) => FIELD_ORDER.filter((f) => read.rows[row.key]?.[f]).map((f) => [row, f]))
        .at(0) as [TierRow, LadderField] | undefined;
      if (first) focusLater(fieldId(...first));
      return;
    }
    setErrors({ rows: {} });
    const removed = removedTiers(saved, rows);
    if (removed.length) setConfirming({ input: read.input, removed });
    else save.mutate(read.input);
  };

  const removedCodes = removedTiers(saved, rows).map((tier) => tier.code);
  const inUse = serverErrorDetail(save.error, 'tier') ?? removedCodes.join(', ');

  const th = 'px-2 py-2 text-left align-bottom font-medium';
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-label={t('caption')}>
      {done ? (
        <Alert tone="success" title={t('saved')}>
          {t('savedHint')}
        </Alert>
      ) : null}
      {rowErrorCount > 0 || errors.ladder ? (
        <Alert tone="danger">{t(errors.ladder ? 'errors.ladder' : 'invalid')}</Alert>
      ) : null}
      {save.error && !fieldRefused ? (
        appCode === 'invalid_tier_ladder' ? (
          <Alert tone="danger" title={t('errors.invalidLadder')}>
            {t('errors.invalidLadderHint')}
          </Alert>
        ) : appCode === 'tier_in_use' ? (
          <Alert tone="danger" title={t('errors.inUse', { codes: inUse })}>
            {t('errors.inUseHint')}
          </Alert>
        ) : (
          <Alert tone="danger">
            {failure === 'NOT_FOUND'
              ? t('errors.changed')
              : failure === 'FORBIDDEN'
                ? tErrors('forbidden')
                : failure === 'BAD_REQUEST'
                  ? tErrors('badRequest')
                  : t('errors.failed')}
          </Alert>
        )
      ) : null}
      <HorizontalScroll label={t('caption')} pinnedEnd>
        <table className="w-full min-w-[62rem] border-collapse text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead className="border-b border-border text-ink-muted">
            <tr>
              <th scope="col" className={classNames(th, 'w-14')}>
                {t('columns.rank')}
              </th>
              <th scope="col" className={classNames(th, 'w-36')}>
                {t('columns.colour')}
              </th>
              <th scope="col" className={classNames(th, 'w-28')}>
                {t('columns.code')}
              </th>
              <th scope="col" className={th}>
                {t('columns.name')}
              </th>
              <th scope="col" className={th}>
                {t('columns.nameFr')}
              </th>
              <th scope="col" className={classNames(th, 'w-28')}>
                {t(`columns.${thresholdColumn}`)}
              </th>
              <th scope="col" className={classNames(th, 'w-24')}>
                {t('columns.multiplier')}
              </th>
              <th scope="col" className={classNames(th, 'w-56 bg-surface', pinnedEndCell)}>
                <span className="sr-only">{t('columns.actions')}</span>
              </th>
            </tr>
          </thead>
          {rows.map((row, index) => {
            const rowErrors = errors.rows[row.key] ?? {};
            const expanded = open.has(row.key);
            const name = label(row, index);
            const threshold = wholeValue(row.threshold);
            return (
              <tbody key={row.key} className="border-b border-border" data-testid="tier-row">
                <tr className="align-top">
                  <td className="px-2 py-2">
                    <span className="flex min-h-10 flex-col justify-center">
                      <span className="font-semibold tabular-nums">{index + 1}</span>
                      {index === 0 ? (
                        <span className="text-xs text-ink-muted">{t('entryTier')}</span>
                      ) : null}
                    </span>
                  </td>
                  <td className="px-2 py-2">
                    <div className="flex items-start gap-2">
                      <input
                        type="color"
                        aria-label={t('colourPicker', { tier: name })}
                        value={
                          isTierColour(row.colour)
                            ? row.colour.trim().toLowerCase()
                            : DEFAULT_COLOUR
                        }
                        onChange={(event) => edit(row.key, 'colour', event.target.value)}
                        className="h-10 w-10 shrink-0 cursor-pointer rounded-control border border-border-strong bg-surface p-1"
                      />
                      <CellInput
                        {...cellOf(row, 'colour')}
                        label={cell('colour', index)}
                        maxLength={7}
                        spellCheck={false}
                        className="font-mono"
                      />
                    </div>
                  </td>
                  <td className="px-2 py-2">
                    <CellInput
                      {...cellOf(row, 'code')}
                      label={cell('code', index)}
                      maxLength={32}
                      spellCheck={false}
                      autoCapitalize="characters"
                      className="font-mono uppercase"
                      // Shown in capitals; the schema stores them so.
                    />
                  </td>
                  <td className="px-2 py-2">
                    <CellInput
                      {...cellOf(row, 'name')}
                      label={cell('name', index)}
                      maxLength={80}
                      lang="en"
                    />
                  </td>
                  <td className="px-2 py-2">
                    <CellInput
                      {...cellOf(row, 'nameFr')}
                      label={cell('nameFr', index)}
                      maxLength={80}
                      lang="fr"
                    />
                  </td>
                  <td className="px-2 py-2">
                    <CellInput
                      {...cellOf(row, 'threshold')}
                      label={cell(thresholdColumn, index)}
                      inputMode="numeric"
                      className="text-right tabular-nums"
                    />
                    {metric === 'AMOUNT_SPENT' &&
                    !rowErrors.threshold &&
                    !Number.isNaN(threshold) ? (
                      <p className="mt-1 text-right text-xs text-ink-muted tabular-nums">
                        {formatMoney(threshold, PROGRAMME_CURRENCY, formatLocale)}
                      </p>
                    ) : null}
                  </td>
                  <td className="px-2 py-2">
                    <div className="flex items-start gap-1">
                      <span
                        aria-hidden="true"
                        className="flex min-h-10 items-center text-ink-muted"
                      >
                        ×
                      </span>
                      <CellInput
                        {...cellOf(row, 'multiplier')}
                        label={cell('multiplier', index)}
                        inputMode="decimal"
                        className="text-right tabular-nums"
                      />
                    </div>
                  </td>
                  <td className={classNames('bg-surface px-2 py-2', pinnedEndCell)}>
                    <div className="flex items-center justify-end gap-1">
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-expanded={expanded}
                        aria-controls={`tier-${row.key}-benefits`}
                        aria-label={t('benefitsOf', { tier: name })}
                        className={classNames(
                          'whitespace-nowrap',
                          (rowErrors.benefitsEn || rowErrors.benefitsFr) && 'text-danger-700',
                        )}
                        onClick={() => toggle(row.key)}
                      >
                        {t('benefits')}
                        <span aria-hidden="true">{expanded ? '▴' : '▾'}</span>
                      </Button>
                      <Button
                        id={fieldId(row, 'up')}
                        size="sm"
                        variant="ghost"
                        className="w-9 px-0"
                        aria-label={t('moveUp', { tier: name })}
                        title={t('moveUp', { tier: name })}
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                      >
                        <span aria-hidden="true">↑</span>
                      </Button>
                      <Button
                        id={fieldId(row, 'down')}
                        size="sm"
                        variant="ghost"
                        className="w-9 px-0"
                        aria-label={t('moveDown', { tier: name })}
                        title={t('moveDown', { tier: name })}
                        disabled={index === rows.length - 1}
                        onClick={() => move(index, 1)}
                      >
                        <span aria-hidden="true">↓</span>
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        className="w-9 px-0 text-danger-700 hover:bg-danger-50"
                        aria-label={t('remove', { tier: name })}
                        title={t('remove', { tier: name })}
                        disabled={rows.length === 1}
                        onClick={() => remove(index)}
                      >
                        <span aria-hidden="true">✕</span>
                      </Button>
                    </div>
                  </td>
                </tr>
                <tr id={`tier-${row.key}-benefits`} hidden={!expanded}>
                  <td colSpan={8} className="px-2 pb-4">
                    <div className="flex flex-col gap-3 rounded-control bg-surface-muted p-3 sm:p-4">
                      <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
                        <TierBadge
                          tier={{
                            name: row.name || name,
                            nameFr: row.nameFr || name,
                            colour: row.colour,
                          }}
                        />
                        {t('benefitsHint')}
                      </p>
                      <div className="grid gap-4 md:grid-cols-2">
                        <TextAreaField
                          {...cellOf(row, 'benefitsEn')}
                          label={t('benefitsEn')}
                          rows={3}
                          maxLength={2000}
                          lang="en"
                        />
                        <TextAreaField
                          {...cellOf(row, 'benefitsFr')}
                          label={t('benefitsFr')}
                          rows={3}
                          maxLength={2000}
                          lang="fr"
                        />
                      </div>
                    </div>
                  </td>
                </tr>
              </tbody>
            );
          })}
        </table>
      </HorizontalScroll>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={add} disabled={rows.length >= MAX_TIERS}>
          {t('add')}
        </Button>
        {rows.length >= MAX_TIERS ? (
          <span className="text-sm text-ink-muted">{t('maxTiers', { max: MAX_TIERS })}</span>
        ) : null}
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {changed ? (
            <span className="text-sm text-ink-muted" role="status">
              {t('unsaved')}
            </span>
          ) : null}
          <Button variant="ghost" onClick={discard} disabled={!changed || save.isPending}>
            {t('discard')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('save')}
          </Button>
        </div>
      </div>
      <Dialog
        open={confirming !== null}
        onClose={() => (save.isPending ? undefined : setConfirming(null))}
        role="alertdialog"
        title={t('removeDialog.title', { count: confirming?.removed.length ?? 0 })}
        description={t('removeDialog.description')}
        actions={
          <>
            <Button
              variant="secondary"
              onClick={() => setConfirming(null)}
              disabled={save.isPending}
            >
              {t('removeDialog.cancel')}
            </Button>
            <Button
              variant="danger"
              loading={save.isPending}
              onClick={() => confirming && save.mutate(confirming.input)}
            >
              {t('removeDialog.confirm')}
            </Button>
          </>
        }
      >
        {confirming ? (
          <ul className="flex flex-wrap gap-2">
            {confirming.removed.map((tier) => (
              <li key={tier.id}>
                <TierBadge tier={tier} />{' '}
                <span className="font-mono text-xs text-ink-muted">{tier.code}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </Dialog>
    </form>
  );
};
