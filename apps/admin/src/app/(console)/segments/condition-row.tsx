'use client';

import { Button, SelectField, TextField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { CheckList } from '@/components/check-list.tsx';
import { ProgrammeDateField } from '@/components/programme-date-field.tsx';
import type { TierView } from '../tiers/ladder-form-values.ts';
import { TierBadge } from '../tiers/tier-badge.tsx';
import {
  CONDITION_FIELDS,
  type ConditionDraft,
  type ConditionField,
  type ErrorKey,
  type ErrorSlot,
  SEGMENT_CHANNELS,
} from './segment-form-values.ts';

export type ShopChoice = { id: string; name: string };

type Patch = Partial<Omit<ConditionDraft, 'type' | 'key'>>;

/** The id of a condition's input, to focus the first one in error. */
export const inputId = (key: string, slot: ErrorSlot | 'field') => `segment-${key}-${slot}`;

/**
 * One condition: the field it tests, then that field's inputs (a period, a comparison, a list of
 * tiers, channels or shops…), each error under its input.
 */
export const ConditionRow = ({
  condition: c,
  position,
  errors,
  tiers,
  shops,
  readOnly,
  onChange,
  onRemove,
}: {
  condition: ConditionDraft;
  /** "Condition 2", for the names of its inputs and of its remove button. */
  position: number;
  errors: Partial<Record<ErrorSlot, ErrorKey>> | undefined;
  tiers: readonly TierView[] | undefined;
  shops: readonly ShopChoice[] | undefined;
  readOnly: boolean;
  onChange: (patch: Patch) => void;
  onRemove: () => void;
}) => {
  const t = useTranslations('segments');
  const tChannel = useTranslations('channels');
  const error = (slot: ErrorSlot) => {
    const key = errors?.[slot];
    return key ? t(`errors.${key}`) : undefined;
  };
  const text = (slot: 'value' | 'min' | 'max' | 'days' | 'after' | 'before') => ({
    id: inputId(c.key, slot),
    value: c[slot],
    onChange: (event: { target: { value: string } }) => onChange({ [slot]: event.target.value }),
    error: error(slot),
  });

  const days = (
    <TextField
      label={t(c.field === 'lastPurchase' ? 'rules.days' : 'rules.period')}
      inputMode="numeric"
      className="w-44"
      {...text('days')}
    />
  );

  const compare = (unit: 'points' | 'amount') => (
    <>
      <SelectField
        label={t('rules.compare.op')}
        id={inputId(c.key, 'field') + '-op'}
        value={c.op}
        className="min-w-36"
        onChange={(event) => onChange({ op: event.target.value as ConditionDraft['op'] })}
        options={(['gte', 'lte', 'between'] as const).map((op) => ({
          value: op,
          label: t(`rules.compare.${op}`),
        }))}
      />
      {c.op === 'between' ? (
        <>
          <TextField
            label={t(`rules.compare.${unit}From`)}
            inputMode={unit === 'amount' ? 'decimal' : 'numeric'}
            className="w-36"
            {...text('min')}
          />
          <TextField
            label={t(`rules.compare.${unit}To`)}
            inputMode={unit === 'amount' ? 'decimal' : 'numeric'}
            className="w-36"
            {...text('max')}
          />
        </>
      ) : (
        <TextField
          label={t(`rules.compare.${unit}`)}
          inputMode={unit === 'amount' ? 'decimal' : 'numeric'}
          className="w-36"
          {...text('value')}
        />
      )}
    </>
  );

  const unknown = <T extends { id: string }>(list: readonly T[] | undefined, ids: string[]) =>
    ids.filter((id) => list && !list.some((item) => item.id === id));

  const inputs = (): ReactNode => {
    switch (c.field) {
      case 'tier':
        return (
          <CheckList
            id={inputId(c.key, 'tierIds')}
            legend={t('rules.tiers')}
            selected={c.tierIds}
            onChange={(tierIds) => onChange({ tierIds })}
            error={error('tierIds')}
            empty={tiers ? t('rules.noTier') : undefined}
            options={[
              ...(tiers ?? []).map((tier) => ({
                value: tier.id,
                label: <TierBadge tier={tier} className="text-xs" />,
              })),
              ...unknown(tiers, c.tierIds).map((id) => ({
                value: id,
                label: t('rules.unknownTier'),
              })),
            ]}
          />
        );
      case 'pointsBalance':
        return compare('points');
      case 'pointsEarned':
        return (
          <>
            {compare('points')}
            {days}
          </>
        );
      case 'amountSpent':
        return (
          <>
            {compare('amount')}
            {days}
          </>
        );
      case 'lastPurchase':
        return (
          <>
            <SelectField
              label={t('rules.when')}
              id={inputId(c.key, 'field') + '-when'}
              value={c.when}
              className="min-w-0"
              onChange={(event) => onChange({ when: event.target.value as ConditionDraft['when'] })}
              options={(['within', 'notWithin', 'never'] as const).map((when) => ({
                value: when,
                label: t(`rules.whenOptions.${when}`),
              }))}
            />
            {c.when === 'never' ? null : days}
          </>
        );
      case 'channelsUsed':
        return (
          <>
            <SelectField
              label={t('rules.match')}
              id={inputId(c.key, 'field') + '-match'}
              value={c.match}
              className="min-w-0"
              onChange={(event) =>
                onChange({ match: event.target.value as ConditionDraft['match'] })
              }
              options={(['any', 'all', 'none'] as const).map((match) => ({
                value: match,
                label: t(`rules.matchOptions.${match}`),
              }))}
            />
            <CheckList
              id={inputId(c.key, 'channels')}
              legend={t('rules.channels')}
              selected={c.channels}
              onChange={(channels) => onChange({ channels })}
              error={error('channels')}
              options={[
                ...SEGMENT_CHANNELS,
                ...c.channels.filter(
                  (channel) => !(SEGMENT_CHANNELS as readonly string[]).includes(channel),
                ),
              ].map((channel) => ({ value: channel, label: tChannel(channel) }))}
            />
          </>
        );
      case 'homeShop':
        return (
          <CheckList
            id={inputId(c.key, 'shopIds')}
            legend={t('rules.shops')}
            selected={c.shopIds}
            onChange={(shopIds) => onChange({ shopIds })}
            error={error('shopIds')}
            empty={shops ? t('rules.noShop') : undefined}
            options={[
              ...(shops ?? []).map((shop) => ({ value: shop.id, label: shop.name })),
              ...unknown(shops, c.shopIds).map((id) => ({
                value: id,
                label: t('rules.unknownShop'),
              })),
            ]}
          />
        );
      case 'consent':
        return (
          <>
            <SelectField
              label={t('rules.consentChannel')}
              id={inputId(c.key, 'field') + '-channel'}
              value={c.consentChannel}
              className="min-w-36"
              onChange={(event) =>
                onChange({ consentChannel: event.target.value as ConditionDraft['consentChannel'] })
              }
              options={(['email', 'sms'] as const).map((channel) => ({
                value: channel,
                label: t(`rules.consentChannels.${channel}`),
              }))}
            />
            <SelectField
              label={t('rules.consent')}
              id={inputId(c.key, 'field') + '-given'}
              value={c.given ? 'given' : 'notGiven'}
              className="min-w-36"
              onChange={(event) => onChange({ given: event.target.value === 'given' })}
              options={(['given', 'notGiven'] as const).map((given) => ({
                value: given,
                label: t(`rules.consentOptions.${given}`),
              }))}
            />
          </>
        );
      case 'signupDate':
        return (
          <>
            <ProgrammeDateField
              label={t('rules.after')}
              type="date"
              className="w-48"
              {...text('after')}
            />
            <ProgrammeDateField
              label={t('rules.before')}
              type="date"
              className="w-48"
              {...text('before')}
            />
          </>
        );
    }
  };

  return (
    <div
      data-testid="segment-condition"
      data-field={c.field}
      className="flex flex-col gap-3 rounded-control border border-border bg-surface p-3 sm:flex-row sm:items-start"
    >
      <SelectField
        label={t('rules.field', { position })}
        id={inputId(c.key, 'field')}
        value={c.field}
        className="sm:w-60 sm:shrink-0"
        onChange={(event) => onChange({ field: event.target.value as ConditionField })}
        options={CONDITION_FIELDS.map((field) => ({
          value: field,
          label: t(`rules.fields.${field}`),
        }))}
      />
      <div className="flex min-w-0 flex-1 flex-wrap items-start gap-3">{inputs()}</div>
      {readOnly ? null : (
        <Button
          size="sm"
          variant="ghost"
          className="self-end text-danger-700 hover:bg-danger-50 sm:mt-7 sm:self-start"
          aria-label={t('rules.removeCondition', { position })}
          title={t('rules.removeCondition', { position })}
          onClick={onRemove}
        >
          <span aria-hidden="true">✕</span>
          <span className="sm:sr-only">{t('rules.remove')}</span>
        </Button>
      )}
    </div>
  );
};
