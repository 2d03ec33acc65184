'use client';

import { Alert, Card, SelectField, TextField } from '@fidele/ui';
import { MESSAGE_CHANNELS, PRIVATE_SALE_KINDS } from '@fidele/validators';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type ReactNode, useEffect } from 'react';
import { BilingualTextFields } from '@/components/bilingual-text-fields.tsx';
import { CheckList } from '@/components/check-list.tsx';
import { FormWithPreview, SaveOrCancel } from '@/components/form-with-preview.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { type FormSave, type SaveFailure, saveFailureKey } from '@/components/save-failure.ts';
import { serverErrorDetail, serverFieldErrors } from '@/components/server-field-errors.ts';
import {
  TargetFields,
  targetFocus,
  targetSetter,
  useTargetChoices,
} from '@/components/target-fields.tsx';
import { PeriodFields } from '@/components/period-fields.tsx';
import { useFeedbackInView } from '@/lib/use-feedback-in-view.ts';
import { useFormFields } from '@/lib/use-form-fields.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffInputs } from '@/trpc/types.ts';
import { TierBadge } from '../tiers/tier-badge.tsx';
import {
  type PrivateSaleFormField,
  type PrivateSaleFormValues,
  privateSaleFormField,
  readPrivateSaleForm,
} from './private-sale-form-values.ts';
import { PrivateSalePreview } from './private-sale-preview.tsx';

type PrivateSaleInput = StaffInputs['privateSales']['create'];

/** Where the input goes and how it went; the form only reads and checks it. */
export type PrivateSaleSave = FormSave<PrivateSaleInput>;

type Named = { id: string; name: string };

const fieldId = (field: PrivateSaleFormField) => `private-sale-${field}`;

/** The message of a refused save: the domain's reason when there is one, else the kind of refusal. */
const failureKey = (failure: SaveFailure): string =>
  saveFailureKey(failure, {
    offer_target_not_found: 'failures.targetNotFound',
    shop_not_found: 'failures.shopNotFound',
    private_sale_capacity_below_places: 'failures.capacityBelowPlaces',
    private_sale_not_found: 'failures.notFound',
  });

/**
 * The fields a refused save names: the schema's issues (an edit's are under `data`), or the field
 * a domain refusal points at (a capacity below the places taken).
 */
const refusedFields = (error: unknown): PrivateSaleFormField[] => {
  const keys = serverFieldErrors(error).map((path) => {
    const [first, second] = path.split('.');
    return first === 'data' ? second : first;
  });
  const fields = [...keys, serverErrorDetail(error, 'field')].map(privateSaleFormField);
  return [...new Set(fields.filter((field) => field !== null))];
};

/**
 * A private sale, preview or workshop as marketing sets it up, English and French side by side:
 * what and where it is, when, how many places, and who is invited. Checked with the procedure's
 * schema before sending; the preview beside it says the invitation as customers will read it.
 * Read-only for the roles that do not run the programme.
 */
export const PrivateSaleForm = ({
  initial,
  submitLabel,
  result,
  readOnly = false,
  currentShop = null,
  targetedSegments = [],
  placesTaken = 0,
  aside,
}: {
  initial: PrivateSaleFormValues;
  submitLabel: string;
  result: PrivateSaleSave;
  readOnly?: boolean;
  /** The saved sale's shop, listed even when it is not among the shops the reader may see. */
  currentShop?: Named | null;
  /** The segments the saved sale targets, archived ones included (no longer in the choices). */
  targetedSegments?: Named[];
  /** Places taken so far: the capacity cannot go below them. */
  placesTaken?: number;
  aside?: ReactNode;
}) => {
  const t = useTranslations('privateSaleForm');
  const tSales = useTranslations('privateSales');
  const tChannel = useTranslations('channels');
  const trpc = useTRPC();
  const targets = useTargetChoices(targetedSegments);
  const shops = useQuery(trpc.purchases.shops.queryOptions());
  const capacityRefused = result.failure?.appCode === 'private_sale_capacity_below_places';
  const { values, setValues, errors, setErrors, set, text, submitWith } = useFormFields(initial, {
    id: fieldId,
    error: (field) =>
      field === 'capacity' && capacityRefused
        ? t('failures.capacityBelowPlaces', { taken: placesTaken })
        : t(`errors.${field}`),
  });
  const feedback = useFeedbackInView(result.pending);

  // A refused save shows next to the fields the server named, like the browser's own checks.
  const refusedHere = refusedFields(result.error).length > 0;
  useEffect(() => {
    const refused = refusedFields(result.error);
    if (!refused[0]) return;
    setErrors(refused);
    document.getElementById(fieldId(refused[0]))?.focus();
  }, [result.error, setErrors]);

  const setTargets = targetSetter(setValues, setErrors);

  const submit = submitWith(readPrivateSaleForm, result.save, { readOnly, focusOf: targetFocus });

  // Events take place in a shop, where its tills check the invitations in; the e-shop is "online".
  const shopChoices: Named[] = [
    ...(shops.data?.shops ?? []).filter((shop) => shop.kind === 'STORE'),
    ...(currentShop && !shops.data?.shops.some((shop) => shop.id === currentShop.id)
      ? [currentShop]
      : []),
  ];
  // A store manager's events are in the shops they work in, never online: a new one starts in
  // the first of them.
  const online = useCan('private-sales:all-shops');
  const firstShop = shopChoices[0]?.id;
  useEffect(() => {
    if (!online && !values.shopId && firstShop)
      setValues((current) => ({ ...current, shopId: firstShop }));
  }, [online, values.shopId, firstShop, setValues]);

  return (
    <FormWithPreview
      onSubmit={submit}
      preview={
        <PrivateSalePreview
          values={values}
          shopName={shopChoices.find((shop) => shop.id === values.shopId)?.name}
          tiers={(targets.tiers.data ?? []).filter((tier) => values.tierIds.includes(tier.id))}
          segments={targets.segmentChoices.filter((segment) =>
            values.segmentIds.includes(segment.id),
          )}
        />
      }
      aside={aside}
    >
      <div ref={feedback} className="flex scroll-mt-6 flex-col gap-6 empty:hidden">
        {readOnly ? <Alert tone="info">{t('readOnly')}</Alert> : null}
        {errors.length > 0 ? <Alert tone="danger">{t('invalid')}</Alert> : null}
        {result.failure && !refusedHere ? (
          <Alert tone="danger">{t(failureKey(result.failure), { taken: placesTaken })}</Alert>
        ) : null}
        {result.done}
      </div>

      <fieldset disabled={readOnly} className="flex min-w-0 flex-col gap-6">
        <Card title={t('sections.words')}>
          <BilingualTextFields
            namespace="privateSaleForm"
            title="name"
            text="text"
            textMaxLength={2000}
            input={text}
          />
        </Card>

        <Card title={t('sections.where')}>
          <div className="flex flex-col gap-4">
            <p className="text-sm text-ink-muted">{t('whereHelp')}</p>
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                label={t('kind')}
                required
                options={PRIVATE_SALE_KINDS.map((kind) => ({
                  value: kind,
                  label: tSales(`kinds.${kind}`),
                }))}
                {...text('kind')}
              />
              <SelectField
                label={t('shopId')}
                options={[
                  ...(online ? [{ value: '', label: tSales('online') }] : []),
                  ...shopChoices.map((shop) => ({ value: shop.id, label: shop.name })),
                ]}
                {...text('shopId')}
              />
            </div>
            {shops.error ? (
              <QueryError error={shops.error} onRetry={() => shops.refetch()} />
            ) : null}
          </div>
        </Card>

        <Card title={t('sections.when')}>
          <div className="flex flex-col gap-4">
            <PeriodFields
              startsAt={text('startsAt')}
              endsAt={text('endsAt')}
              labels={{
                startsAt: t('startsAt'),
                endsAt: t('endsAt'),
              }}
            />
            <TextField
              label={t('capacity')}
              inputMode="numeric"
              required
              hint={t('capacityHint')}
              className="sm:max-w-xs"
              {...text('capacity')}
            />
            <TextField
              label={t('waitlistOfferHours')}
              inputMode="numeric"
              required
              hint={t('waitlistOfferHoursHint')}
              className="sm:max-w-xs"
              {...text('waitlistOfferHours')}
            />
            {values.shopId ? (
              <TextField
                label={t('checkInPoints')}
                inputMode="numeric"
                hint={t('checkInPointsHint')}
                className="sm:max-w-xs"
                {...text('checkInPoints')}
              />
            ) : (
              <TextField
                label={t('discountPercent')}
                inputMode="numeric"
                hint={t('discountPercentHint')}
                className="sm:max-w-xs"
                {...text('discountPercent')}
              />
            )}
          </div>
        </Card>

        <Card title={t('sections.target')}>
          <TargetFields
            namespace="privateSaleForm"
            choices={targets}
            tierIds={values.tierIds}
            segmentIds={values.segmentIds}
            onChange={setTargets}
            errors={errors}
            fieldId={fieldId}
            tierLabel={(tier) => <TierBadge tier={tier} />}
          />
        </Card>

        <Card title={t('sections.channels')}>
          <div className="flex flex-col gap-3">
            <CheckList
              id={fieldId('channels')}
              legend={t('channels')}
              options={MESSAGE_CHANNELS.map((channel) => ({
                value: channel,
                label: tChannel(channel),
              }))}
              selected={values.channels}
              // In the channels' own order, whichever was ticked first.
              onChange={(ticked) =>
                set('channels')(MESSAGE_CHANNELS.filter((channel) => ticked.includes(channel)))
              }
              error={errors.includes('channels') ? t('errors.channels') : undefined}
            />
            <p className="text-sm text-ink-muted">{t('channelsHint')}</p>
          </div>
        </Card>
      </fieldset>

      {readOnly ? null : (
        <SaveOrCancel
          submitLabel={submitLabel}
          pending={result.pending}
          cancelHref="/private-sales"
          cancelLabel={t('cancel')}
        />
      )}
    </FormWithPreview>
  );
};
