'use client';

import { Alert, Button, Card, SelectField, TextField } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { ProgrammeDateField } from '@/components/programme-date-field.tsx';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { useTRPC } from '@/trpc/react.tsx';
import { EARN_RULE_KINDS, isBonusRuleKind } from '@fidele/validators';
import {
  type EarnRuleFormField,
  type EarnRuleFormValues,
  KIND_FIELDS,
  kindChannels,
  kindHasWeekdays,
  readEarnRuleForm,
  serverRefusedFields,
} from './earn-rule-form-values.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const fieldId = (field: EarnRuleFormField) => `earn-rule-${field}`;

const toggle = <T,>(list: T[], value: T, on: boolean) =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

/** Creates a rule, or edits `ruleId`; the fields follow the kind chosen. */
export const EarnRuleForm = ({
  ruleId,
  initial,
  shops,
  onDone,
  onCancel,
}: {
  ruleId?: string;
  initial: EarnRuleFormValues;
  shops: { id: string; name: string }[];
  onDone: (name: string) => void;
  onCancel: () => void;
}) => {
  const t = useTranslations('earnRules.form');
  const tChannel = useTranslations('channels');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<EarnRuleFormField[]>([]);
  const options = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.earnRules.list.pathKey() });
      onDone(values.name);
    },
    onError: (error: unknown) => {
      // A field the server refused shows next to the field, like the browser's own checks.
      const refused = serverRefusedFields(serverFieldErrors(error));
      if (refused.length) setErrors(refused);
      if (refused[0]) document.getElementById(fieldId(refused[0]))?.focus();
    },
  };
  const create = useMutation(trpc.earnRules.create.mutationOptions(options));
  const update = useMutation(trpc.earnRules.update.mutationOptions(options));
  const failure = create.error ?? update.error;

  const set = <F extends EarnRuleFormField>(field: F, value: EarnRuleFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => current.filter((f) => f !== field));
  };
  const referral = values.kind === 'REFERRAL_BONUS';
  const text = (
    field:
      | 'name'
      | 'rate'
      | 'multiplier'
      | 'points'
      | 'friendPoints'
      | 'minAmount'
      | 'category'
      | 'sku'
      | 'startsAt'
      | 'endsAt',
  ) => ({
    id: fieldId(field),
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
    error: errors.includes(field)
      ? // A referral may give one side nothing: its points have their own message.
        t(referral && field === 'points' ? 'errors.referrerPoints' : `errors.${field}`)
      : undefined,
  });
  const shows = (field: EarnRuleFormField) => KIND_FIELDS[values.kind].includes(field);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readEarnRuleForm(values);
    if ('errors' in read) {
      setErrors(read.errors);
      const first = read.errors[0];
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors([]);
    if (ruleId) update.mutate({ id: ruleId, data: read.input });
    else create.mutate(read.input);
  };

  const checkbox = 'size-5 accent-brand-700';
  return (
    <Card title={t(ruleId ? 'editTitle' : 'newTitle')}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        {errors.length > 0 ? <Alert tone="danger">{t('invalid')}</Alert> : null}
        {failure && errors.length === 0 ? <Alert tone="danger">{t('failed')}</Alert> : null}
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField
            label={t('kind')}
            id={fieldId('kind')}
            value={values.kind}
            disabled={Boolean(ruleId)}
            onChange={(event) => set('kind', event.target.value as EarnRuleFormValues['kind'])}
            options={EARN_RULE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
          <TextField label={t('name')} maxLength={120} required {...text('name')} />
          {shows('rate') ? (
            <TextField
              label={t('rate')}
              hint={t('rateHint')}
              inputMode="decimal"
              {...text('rate')}
            />
          ) : null}
          {shows('sku') ? <TextField label={t('sku')} maxLength={64} {...text('sku')} /> : null}
          {shows('category') ? (
            <TextField
              label={t('category')}
              maxLength={64}
              hint={t('skuHint')}
              {...text('category')}
            />
          ) : null}
          {shows('multiplier') ? (
            <TextField
              label={t('multiplier')}
              hint={t('multiplierHint')}
              inputMode="decimal"
              {...text('multiplier')}
            />
          ) : null}
          {shows('points') ? (
            <TextField
              label={t(
                referral
                  ? 'referrerPoints'
                  : values.kind === 'PRODUCT_BONUS'
                    ? 'bonusPoints'
                    : isBonusRuleKind(values.kind)
                      ? 'fixedPoints'
                      : 'capPoints',
              )}
              hint={referral ? t('referrerPointsHint') : undefined}
              inputMode="numeric"
              {...text('points')}
            />
          ) : null}
          {shows('friendPoints') ? (
            <TextField
              label={t('friendPoints')}
              hint={t('friendPointsHint')}
              inputMode="numeric"
              {...text('friendPoints')}
            />
          ) : null}
          {shows('minAmount') ? (
            <TextField
              label={t('minAmount')}
              hint={t('minAmountHint')}
              inputMode="decimal"
              {...text('minAmount')}
            />
          ) : null}
          <ProgrammeDateField label={t('startsAt')} {...text('startsAt')} />
          <ProgrammeDateField label={t('endsAt')} {...text('endsAt')} />
        </div>
        {kindChannels(values.kind).length > 0 ? (
          <fieldset className="flex flex-wrap gap-4" id={fieldId('channels')}>
            <legend className="mb-1 text-sm font-medium">{t('channels')}</legend>
            {kindChannels(values.kind).map((channel) => (
              <label key={channel} className="inline-flex min-h-10 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className={checkbox}
                  checked={values.channels.includes(channel)}
                  onChange={(event) =>
                    set('channels', toggle(values.channels, channel, event.target.checked))
                  }
                />
                {tChannel(channel)}
              </label>
            ))}
            <p className="w-full text-sm text-ink-muted">{t('allHint')}</p>
          </fieldset>
        ) : null}
        <fieldset className="flex flex-wrap gap-4">
          <legend className="mb-1 text-sm font-medium">{t('shops')}</legend>
          {shops.map((shop) => (
            <label key={shop.id} className="inline-flex min-h-10 items-center gap-2 text-sm">
              <input
                type="checkbox"
                className={checkbox}
                checked={values.shopIds.includes(shop.id)}
                onChange={(event) =>
                  set('shopIds', toggle(values.shopIds, shop.id, event.target.checked))
                }
              />
              {shop.name}
            </label>
          ))}
          <p className="w-full text-sm text-ink-muted">{t('allHint')}</p>
        </fieldset>
        {kindHasWeekdays(values.kind) ? (
          <fieldset className="flex flex-wrap gap-4" id={fieldId('weekdays')}>
            <legend className="mb-1 text-sm font-medium">{t('weekdays')}</legend>
            {WEEKDAYS.map((day) => (
              <label key={day} className="inline-flex min-h-10 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className={checkbox}
                  checked={values.weekdays.includes(day)}
                  onChange={(event) =>
                    set(
                      'weekdays',
                      toggle(values.weekdays, day, event.target.checked).sort((a, b) => a - b),
                    )
                  }
                />
                {format.dateTime(new Date(Date.UTC(2024, 0, day)), {
                  weekday: 'long',
                  timeZone: 'UTC',
                })}
              </label>
            ))}
            <p className="w-full text-sm text-ink-muted">{t('weekdaysHint')}</p>
          </fieldset>
        ) : null}
        <div className="flex gap-2">
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t(ruleId ? 'save' : 'create')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
};
