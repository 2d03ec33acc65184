'use client';

import { Alert, Card, RadioGroup, TextField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { BilingualTextFields } from '@/components/bilingual-text-fields.tsx';
import {
  ChannelsField,
  CurrencyField,
  DiscountFields,
  MinBasketField,
} from '@/components/discount-fields.tsx';
import { FormWithPreview, SaveOrCancel } from '@/components/form-with-preview.tsx';
import { type FormSave, type SaveFailure, saveFailureKey } from '@/components/save-failure.ts';
import {
  TargetFields,
  targetFocus,
  targetSetter,
  useTargetChoices,
} from '@/components/target-fields.tsx';
import { PeriodFields } from '@/components/period-fields.tsx';
import { useFeedbackInView } from '@/lib/use-feedback-in-view.ts';
import { useFormFields } from '@/lib/use-form-fields.ts';
import type { StaffInputs } from '@/trpc/types.ts';
import { TierBadge } from '../tiers/tier-badge.tsx';
import { type OfferFormField, type OfferFormValues, readOfferForm } from './offer-form-values.ts';
import { OfferPreview } from './offer-preview.tsx';

type OfferInput = StaffInputs['offers']['create'];

/** Where the input goes and how it went; the form only reads and checks it. */
export type OfferSave = FormSave<OfferInput>;

type Segment = { id: string; name: string };

const fieldId = (field: OfferFormField) => `offer-${field}`;

/** The message of a refused save: the domain's reason when there is one, else the kind of refusal. */
const failureKey = (failure: SaveFailure): string =>
  saveFailureKey(failure, {
    offer_target_not_found: 'failures.targetNotFound',
    offer_cap_below_claims: 'failures.capBelowClaims',
    offer_not_found: 'failures.notFound',
  });

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
  const targets = useTargetChoices(targetedSegments);
  const { values, setValues, errors, setErrors, set, text, submitWith } = useFormFields(initial, {
    id: fieldId,
    error: (field) => t(`errors.${field}`),
  });
  const feedback = useFeedbackInView(result.pending);

  // A benefit applied at the till is for shops only: choosing it says so in the channels too.
  const chooseBenefit = (benefit: OfferFormValues['benefit']) => {
    setValues((current) => ({
      ...current,
      benefit,
      ...(benefit === 'TILL_BENEFIT' ? { channels: 'STORE' as const } : {}),
    }));
    setErrors((current) => current.filter((f) => f !== 'benefit' && f !== 'channels'));
  };
  const setTargets = targetSetter(setValues, setErrors);

  const submit = submitWith(readOfferForm, result.save, { readOnly, focusOf: targetFocus });

  const currency = values.currency.trim().toUpperCase() || 'EUR';
  const channelsError =
    values.benefit === 'TILL_BENEFIT' && values.channels !== 'STORE'
      ? 'errors.channelsTill'
      : 'errors.channels';

  return (
    <FormWithPreview
      onSubmit={submit}
      preview={
        <OfferPreview
          values={values}
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
          <TargetFields
            namespace="offerForm"
            choices={targets}
            tierIds={values.tierIds}
            segmentIds={values.segmentIds}
            onChange={setTargets}
            errors={errors}
            fieldId={fieldId}
            tierLabel={(tier) => <TierBadge tier={tier} />}
          />
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
            <PeriodFields
              startsAt={text('startsAt')}
              endsAt={text('endsAt')}
              labels={{
                startsAt: t('startsAt'),
                endsAt: t('endsAt'),
              }}
            />
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
