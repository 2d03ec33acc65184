'use client';

import { Alert, Card, RadioGroup, TextField } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { BilingualTextFields } from '@/components/bilingual-text-fields.tsx';
import { LoadedCheckList } from '@/components/check-list.tsx';
import {
  ChannelsField,
  CurrencyField,
  DiscountFields,
  MinBasketField,
} from '@/components/discount-fields.tsx';
import { FormWithPreview, SaveOrCancel } from '@/components/form-with-preview.tsx';
import { useFormFields } from '@/lib/use-form-fields.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffInputs } from '@/trpc/types.ts';
import { TierBadge } from '../tiers/tier-badge.tsx';
import { type OfferFormField, type OfferFormValues, readOfferForm } from './offer-form-values.ts';
import { OfferPreview } from './offer-preview.tsx';

type OfferInput = StaffInputs['offers']['create'];

/** Where the input goes and how it went; the form only reads and checks it. */
export type OfferSave = {
  save: (input: OfferInput) => void;
  pending: boolean;
  /** The refused save's error, if any: its tRPC code and, for a domain refusal, its app code. */
  failure?: { code: string; appCode?: string };
  done?: ReactNode;
};

type Segment = { id: string; name: string };

const fieldId = (field: OfferFormField) => `offer-${field}`;

/** The message of a refused save: the domain's reason when there is one, else the kind of refusal. */
const failureKey = (failure: NonNullable<OfferSave['failure']>): string => {
  switch (failure.appCode) {
    case 'offer_target_not_found':
      return 'failures.targetNotFound';
    case 'offer_cap_below_claims':
      return 'failures.capBelowClaims';
    case 'offer_not_found':
      return 'failures.notFound';
  }
  switch (failure.code) {
    case 'FORBIDDEN':
      return 'failures.forbidden';
    case 'BAD_REQUEST':
      return 'invalid';
    default:
      return 'failures.failed';
  }
};

/**
 * Every field of a VIP offer, English and French side by side: who it is for, when, what it gives
 * and how often. Checked with the procedure's schema before sending; the preview beside it says the
 * offer as members will read it. Read-only for the roles that do not run the programme.
 */
export const OfferForm = ({
  initial,
  submitLabel,
  result,
  readOnly = false,
  targetedSegments = [],
  claimedCount = 0,
  aside,
}: {
  initial: OfferFormValues;
  submitLabel: string;
  result: OfferSave;
  readOnly?: boolean;
  /** The segments the saved offer targets, archived ones included (no longer in the choices). */
  targetedSegments?: Segment[];
  /** Claims so far: a cap cannot go below them. */
  claimedCount?: number;
  aside?: ReactNode;
}) => {
  const t = useTranslations('offerForm');
  const trpc = useTRPC();
  const tiers = useQuery(trpc.tiers.list.queryOptions());
  const segments = useQuery(trpc.segments.list.queryOptions({ includeArchived: false }));
  const { values, setValues, errors, setErrors, set, text } = useFormFields(initial, {
    id: fieldId,
    error: (field) => t(`errors.${field}`),
  });
  // Saving is done from the foot of a long form: once the server answers, its answer (saved, or
  // refused and why) is brought into view.
  const feedback = useRef<HTMLDivElement>(null);
  const wasPending = useRef(result.pending);
  useEffect(() => {
    if (wasPending.current && !result.pending) feedback.current?.scrollIntoView({ block: 'start' });
    wasPending.current = result.pending;
  }, [result.pending]);

  // A benefit applied at the till is for shops only: choosing it says so in the channels too.
  const chooseBenefit = (benefit: OfferFormValues['benefit']) => {
    setValues((current) => ({
      ...current,
      benefit,
      ...(benefit === 'TILL_BENEFIT' ? { channels: 'STORE' as const } : {}),
    }));
    setErrors((current) => current.filter((f) => f !== 'benefit' && f !== 'channels'));
  };
  const setTargets = (field: 'tierIds' | 'segmentIds') => (ids: string[]) => {
    setValues((current) => ({ ...current, [field]: ids }));
    setErrors((current) => current.filter((f) => f !== 'tierIds' && f !== 'segmentIds'));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (readOnly) return;
    const read = readOfferForm(values);
    if ('errors' in read) {
      setErrors(read.errors);
      const first = read.errors[0];
      const target = first === 'segmentIds' ? 'tierIds' : first;
      if (target) document.getElementById(fieldId(target))?.focus();
      return;
    }
    setErrors([]);
    result.save(read.input);
  };

  const currency = values.currency.trim().toUpperCase() || 'EUR';
  // Archived segments the offer still targets stay listed, so they can be unticked.
  const segmentChoices: (Segment & { archived?: boolean })[] = [
    ...(segments.data ?? []),
    ...targetedSegments
      .filter((segment) => !segments.data?.some((s) => s.id === segment.id))
      .map((segment) => ({ ...segment, archived: true })),
  ];
  const channelsError =
    values.benefit === 'TILL_BENEFIT' && values.channels !== 'STORE'
      ? 'errors.channelsTill'
      : 'errors.channels';
  const targetError = errors.includes('tierIds')
    ? t('errors.tierIds')
    : errors.includes('segmentIds')
      ? t('errors.segmentIds')
      : undefined;

  return (
    <FormWithPreview
      onSubmit={submit}
      preview={
        <OfferPreview
          values={values}
          tiers={(tiers.data ?? []).filter((tier) => values.tierIds.includes(tier.id))}
          segments={segmentChoices.filter((segment) => values.segmentIds.includes(segment.id))}
        />
      }
      aside={aside}
    >
      <div ref={feedback} className="flex scroll-mt-6 flex-col gap-6 empty:hidden">
        {readOnly ? <Alert tone="info">{t('readOnly')}</Alert> : null}
        {errors.length > 0 ? <Alert tone="danger">{t('invalid')}</Alert> : null}
        {result.failure ? (
          <Alert tone="danger">{t(failureKey(result.failure), { claimed: claimedCount })}</Alert>
        ) : null}
        {result.done}
      </div>

      <fieldset disabled={readOnly} className="flex min-w-0 flex-col gap-6">
        <Card title={t('sections.words')}>
          <BilingualTextFields
            namespace="offerForm"
            title="title"
            text="text"
            textMaxLength={2000}
            input={text}
            imageInput={text('imageUrl')}
          />
        </Card>

        <Card title={t('sections.target')}>
          <fieldset
            className="flex min-w-0 flex-col gap-4"
            aria-describedby={targetError ? `${fieldId('tierIds')}-error` : undefined}
            aria-invalid={targetError ? true : undefined}
          >
            <legend className="sr-only">{t('sections.target')}</legend>
            <p className="text-sm text-ink-muted">{t('targetHelp')}</p>
            <LoadedCheckList
              rows={tiers}
              id={fieldId('tierIds')}
              legend={t('tiers')}
              options={(rows) =>
                rows.map((tier) => ({ value: tier.id, label: <TierBadge tier={tier} /> }))
              }
              selected={values.tierIds}
              onChange={setTargets('tierIds')}
              empty={t('noTier')}
            />
            <LoadedCheckList
              rows={segments}
              id={fieldId('segmentIds')}
              legend={t('segments')}
              options={() =>
                segmentChoices.map((segment) => ({
                  value: segment.id,
                  label: segment.archived
                    ? t('archivedSegment', { name: segment.name })
                    : segment.name,
                }))
              }
              selected={values.segmentIds}
              onChange={setTargets('segmentIds')}
              empty={t('noSegment')}
            />
            {targetError ? (
              <p id={`${fieldId('tierIds')}-error`} className="text-sm font-medium text-danger-700">
                {targetError}
              </p>
            ) : null}
          </fieldset>
        </Card>

        <Card title={t('sections.benefit')}>
          <div className="flex flex-col gap-4">
            <RadioGroup
              legend={t('benefit')}
              name="benefit"
              id={fieldId('benefit')}
              value={values.benefit}
              onChange={chooseBenefit}
              options={(['DISCOUNT_CODE', 'TILL_BENEFIT'] as const).map((benefit) => ({
                value: benefit,
                label: t(`benefits.${benefit}`),
                hint: t(`benefitHints.${benefit}`),
              }))}
              error={errors.includes('benefit') ? t('errors.benefit') : undefined}
            />
            <DiscountFields
              type={values.discountType}
              currency={currency}
              typeId={fieldId('discountType')}
              typeError={errors.includes('discountType') ? t('errors.discountType') : undefined}
              onTypeChange={set('discountType')}
              input={text}
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <MinBasketField currency={currency} input={text('minBasket')} />
              <CurrencyField input={text('currency')} />
            </div>
            <ChannelsField
              legend={t('channels')}
              id={fieldId('channels')}
              value={values.channels}
              onChange={set('channels')}
              error={errors.includes('channels') ? t(channelsError) : undefined}
            />
          </div>
        </Card>

        <Card title={t('sections.when')}>
          <div className="flex flex-col gap-4">
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                label={t('startsAt')}
                type="datetime-local"
                required
                hint={t('datesHint')}
                {...text('startsAt')}
              />
              <TextField
                label={t('endsAt')}
                type="datetime-local"
                required
                hint={t('datesHint')}
                {...text('endsAt')}
              />
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                label={t('perCustomerLimit')}
                inputMode="numeric"
                required
                hint={t('perCustomerLimitHint')}
                {...text('perCustomerLimit')}
              />
              <TextField
                label={t('totalCap')}
                inputMode="numeric"
                hint={t('totalCapHint')}
                {...text('totalCap')}
              />
            </div>
          </div>
        </Card>
      </fieldset>

      {readOnly ? null : (
        <SaveOrCancel
          submitLabel={submitLabel}
          pending={result.pending}
          cancelHref="/offers"
          cancelLabel={t('cancel')}
        />
      )}
    </FormWithPreview>
  );
};
