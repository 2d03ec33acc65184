'use client';

import {
  Alert,
  Card,
  localisedName,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '@fidele/ui';
import {
  CONTEST_PRIZE_KINDS,
  SOCIAL_NETWORK_NAMES,
  SOCIAL_NETWORKS,
  type SocialNetwork,
} from '@fidele/validators';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { type ReactNode, useEffect } from 'react';
import { BilingualTextFields } from '@/components/bilingual-text-fields.tsx';
import { CheckList, LoadedCheckList } from '@/components/check-list.tsx';
import { FormWithPreview, SaveOrCancel } from '@/components/form-with-preview.tsx';
import { PeriodFields } from '@/components/period-fields.tsx';
import { QueryError } from '@/components/query-error.tsx';
import {
  type FormSave,
  type SaveFailure,
  saveFailure,
  saveFailureKey,
} from '@/components/save-failure.ts';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { useFeedbackInView } from '@/lib/use-feedback-in-view.ts';
import { useFormFields } from '@/lib/use-form-fields.ts';
import { useTRPC } from '@/trpc/react.tsx';
import { TierBadge } from '../tiers/tier-badge.tsx';
import {
  type ContestFormField,
  contestFormField,
  type ContestFormInput,
  type ContestFormValues,
  readContestForm,
} from './contest-form-values.ts';
import { ContestPreview } from './contest-preview.tsx';

/** Where the input goes and how it went; the form only reads and checks it. */
export type ContestSave = FormSave<ContestFormInput>;

const fieldId = (field: ContestFormField) => `contest-${field}`;

/** The domain refusals that are about one field: shown under it, in their own words. */
const REFUSED_FIELDS: Readonly<Record<string, { field: ContestFormField; message: string }>> = {
  contest_slug_taken: { field: 'slug', message: 'failures.slugTaken' },
  contest_reward_not_available: { field: 'prizeRewardId', message: 'failures.rewardNotAvailable' },
  offer_target_not_found: { field: 'tierIds', message: 'failures.tierNotFound' },
};

/** The message of a refused save: the domain's reason when there is one, else the kind of refusal. */
const failureKey = (failure: SaveFailure): string =>
  saveFailureKey(failure, { contest_not_found: 'failures.notFound' });

/** The fields a refused save names: the schema's issues (an edit's are under `data`), or the domain's. */
const refusedFields = (error: unknown): ContestFormField[] => {
  const keys = serverFieldErrors(error).map((path) => {
    const [first, second] = path.split('.');
    return first === 'data' ? second : first;
  });
  const fields = [
    ...keys.map(contestFormField),
    REFUSED_FIELDS[saveFailure(error)?.appCode ?? '']?.field,
  ];
  return [...new Set(fields.filter((field) => field !== null && field !== undefined))];
};

/**
 * A social contest as marketing sets it up, English and French side by side: its link and words,
 * how members enter (networks, hashtag or post to comment), when and for whom, and what winners
 * get. Checked with the procedure's schema before sending; beside it, the contest as members will
 * read it and its link.
 */
export const ContestForm = ({
  initial,
  submitLabel,
  result,
  portalUrl,
  aside,
}: {
  initial: ContestFormValues;
  submitLabel: string;
  result: ContestSave;
  /** The portal's public address, where the contest's page is. */
  portalUrl: string;
  aside?: ReactNode;
}) => {
  const t = useTranslations('contests.form');
  const locale = useLocale();
  const trpc = useTRPC();
  const tiers = useQuery(trpc.tiers.list.queryOptions());
  const rewards = useQuery(trpc.rewards.list.queryOptions({ includeArchived: false }));
  const refusal = result.failure?.appCode ? REFUSED_FIELDS[result.failure.appCode] : undefined;
  const message = (field: ContestFormField) =>
    refusal?.field === field ? t(refusal.message) : t(`errors.${field}`);
  const { values, setErrors, errors, set, text, submitWith } = useFormFields(initial, {
    id: fieldId,
    error: message,
  });
  const errorOf = (field: ContestFormField) =>
    errors.includes(field) ? message(field) : undefined;
  const rewardName = (reward: { nameEn: string; nameFr: string }) =>
    localisedName(reward, 'name', locale);
  const prizeReward = rewards.data?.find((reward) => reward.id === values.prizeRewardId);
  const feedback = useFeedbackInView(result.pending);

  // A refused save shows next to the fields the server named, like the browser's own checks.
  const refusedHere = refusedFields(result.error).length > 0;
  useEffect(() => {
    const refused = refusedFields(result.error);
    if (!refused[0]) return;
    setErrors(refused);
    document.getElementById(fieldId(refused[0]))?.focus();
  }, [result.error, setErrors]);

  const submit = submitWith(readContestForm, result.save);
  const bilingual = (stem: 'rules' | 'disclaimer', rows: number, maxLength: number) => (
    <div className="grid gap-4 md:grid-cols-2">
      <TextAreaField
        label={t(`${stem}En`)}
        rows={rows}
        maxLength={maxLength}
        hint={t(`${stem}Hint`)}
        {...text(`${stem}En`)}
      />
      <div lang="fr">
        <TextAreaField
          label={t(`${stem}Fr`)}
          rows={rows}
          maxLength={maxLength}
          hint={t(`${stem}Hint`)}
          {...text(`${stem}Fr`)}
        />
      </div>
    </div>
  );
  const count = (field: 'entryPoints' | 'entriesPerCustomer' | 'winnerCount' | 'prizePoints') => (
    <TextField label={t(field)} inputMode="numeric" hint={t(`${field}Hint`)} {...text(field)} />
  );

  return (
    <FormWithPreview
      onSubmit={submit}
      preview={
        <ContestPreview
          values={values}
          rewardName={prizeReward ? rewardName(prizeReward) : undefined}
        />
      }
      aside={aside}
    >
      <div ref={feedback} className="flex scroll-mt-6 flex-col gap-6 empty:hidden">
        {errors.length > 0 ? <Alert tone="danger">{t('invalid')}</Alert> : null}
        {result.failure && !refusedHere ? (
          <Alert tone="danger">{t(failureKey(result.failure))}</Alert>
        ) : null}
        {result.done}
      </div>

      <Card title={t('sections.words')}>
        <div className="flex flex-col gap-4">
          <TextField
            label={t('slug')}
            required
            maxLength={48}
            autoCapitalize="none"
            spellCheck={false}
            hint={t('slugHint', {
              link: `${portalUrl}/contests/${values.slug.trim().toLowerCase()}`,
            })}
            className="sm:max-w-md"
            {...text('slug')}
          />
          <BilingualTextFields
            namespace="contests.form"
            title="title"
            text="text"
            textMaxLength={2000}
            input={text}
          />
          {bilingual('rules', 6, 20_000)}
          {bilingual('disclaimer', 4, 1000)}
        </div>
      </Card>

      <Card title={t('sections.entering')}>
        <div className="flex flex-col gap-4">
          <CheckList
            id={fieldId('networks')}
            legend={t('networks')}
            options={SOCIAL_NETWORKS.map((network) => ({
              value: network,
              label: SOCIAL_NETWORK_NAMES[network],
            }))}
            selected={values.networks}
            // In the networks' own order, whichever was ticked first.
            onChange={(ticked: SocialNetwork[]) =>
              set('networks')(SOCIAL_NETWORKS.filter((network) => ticked.includes(network)))
            }
            error={errorOf('networks')}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label={t('hashtag')}
              maxLength={100}
              autoCapitalize="none"
              spellCheck={false}
              hint={t('hashtagHint')}
              {...text('hashtag')}
            />
            <TextField
              label={t('postUrl')}
              type="url"
              inputMode="url"
              maxLength={500}
              hint={t('postUrlHint')}
              {...text('postUrl')}
            />
            {count('entriesPerCustomer')}
            {count('entryPoints')}
          </div>
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
          <p className="text-sm text-ink-muted">{t('eligibilityHelp')}</p>
          <LoadedCheckList
            rows={tiers}
            id={fieldId('tierIds')}
            legend={t('tiers')}
            options={(rows) =>
              rows.map((tier) => ({ value: tier.id, label: <TierBadge tier={tier} /> }))
            }
            selected={values.tierIds}
            onChange={set('tierIds')}
            error={errorOf('tierIds')}
          />
          <label className="inline-flex min-h-10 items-center gap-2 text-sm">
            <input
              type="checkbox"
              id={fieldId('verifiedOnly')}
              className="size-5 accent-brand-700"
              checked={values.verifiedOnly}
              onChange={(event) => set('verifiedOnly')(event.target.checked)}
            />
            {t('verifiedOnly')}
          </label>
        </div>
      </Card>

      <Card title={t('sections.prize')}>
        <div className="flex flex-col gap-4">
          <RadioGroup
            legend={t('prizeKind')}
            name="prizeKind"
            id={fieldId('prizeKind')}
            value={values.prizeKind}
            onChange={set('prizeKind')}
            options={CONTEST_PRIZE_KINDS.map((kind) => ({
              value: kind,
              label: t(`prizeKinds.${kind}`),
              hint: t(`prizeKindHints.${kind}`),
            }))}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            {values.prizeKind === 'POINTS' ? (
              count('prizePoints')
            ) : (
              <SelectField
                label={t('prizeRewardId')}
                options={[
                  { value: '', label: t('chooseReward') },
                  ...(rewards.data ?? []).map((reward) => ({
                    value: reward.id,
                    label: rewardName(reward),
                  })),
                ]}
                {...text('prizeRewardId')}
              />
            )}
            {count('winnerCount')}
          </div>
          {rewards.error && values.prizeKind === 'REWARD' ? (
            <QueryError error={rewards.error} onRetry={() => rewards.refetch()} />
          ) : null}
        </div>
      </Card>

      <SaveOrCancel
        submitLabel={submitLabel}
        pending={result.pending}
        cancelHref="/contests"
        cancelLabel={t('cancel')}
      />
    </FormWithPreview>
  );
};
