'use client';

import { Alert, Card, RadioGroup, TextAreaField, TextField } from '@fidele/ui';
import { GAME_TYPES } from '@fidele/validators';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { BilingualTextFields } from '@/components/bilingual-text-fields.tsx';
import { LoadedCheckList } from '@/components/check-list.tsx';
import { FormWithPreview, SaveOrCancel } from '@/components/form-with-preview.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { PeriodFields } from '@/components/period-fields.tsx';
import { useFormFields } from '@/lib/use-form-fields.ts';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffInputs } from '@/trpc/types.ts';
import { TierBadge } from '../tiers/tier-badge.tsx';
import {
  chancesTotal,
  type GameFormField,
  gameFormField,
  type GameFormValues,
  isDrawn,
  readGameForm,
} from './game-form-values.ts';
import { GamePreview } from './game-preview.tsx';
import { prizeFieldId, PrizeTableFields } from './prize-table-fields.tsx';
import { questionFieldId, QuizFields } from './quiz-fields.tsx';

type GameInput = StaffInputs['games']['create'];

/** Where the input goes and how it went; the form only reads and checks it. */
export type GameSave = {
  save: (input: GameInput) => void;
  pending: boolean;
  /** The refused save's error, as the server sent it. */
  error: unknown;
  /** The refusal, its tRPC code and, for a domain refusal, its app code. */
  failure?: { code: string; appCode?: string };
  done?: ReactNode;
};

/** Where a field in error is typed, so the first one can take the focus. */
const fieldId = (field: GameFormField) => {
  const [first, row, rest] = field.split('.');
  if (first === 'prizes' && row !== undefined && rest)
    return prizeFieldId(Number(row), rest as 'chance');
  if (first === 'questions' && row !== undefined)
    return questionFieldId(field.slice('questions.'.length));
  return `game-${field}`;
};

/** The message of a refused save: the domain's reason when there is one, else the kind of refusal. */
const failureKey = (failure: NonNullable<GameSave['failure']>): string => {
  switch (failure.appCode) {
    case 'invalid_prize_table':
      return 'failures.prizeTable';
    case 'game_budget_spent':
      return 'failures.budgetSpent';
    case 'game_reward_not_available':
      return 'failures.rewardNotAvailable';
    case 'offer_target_not_found':
      return 'failures.targetNotFound';
    case 'game_not_found':
      return 'failures.notFound';
    case 'invalid_request':
      return 'failures.typeKept';
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

/** The fields a refused save names: the schema's issues, or the prize whose reward is gone. */
const refusedFields = (error: unknown): GameFormField[] => {
  const prize = (error as { data?: { appDetails?: { prize?: unknown } } } | null)?.data?.appDetails
    ?.prize;
  if (typeof prize === 'number') return [`prizes.${prize}.rewardId`];
  // An edit's fields are under `data`.
  return serverFieldErrors(error).flatMap((path) => {
    const keys = path.split('.');
    return gameFormField(keys[0] === 'data' ? keys.slice(1) : keys) ?? [];
  });
};

/**
 * A game as marketing sets it up, English and French side by side: its type and words, when and
 * for whom, how often, its points budget, and what it gives (a prize table, a quiz's questions or
 * a streak's points). Checked with the procedure's schema before sending; beside it, the odds and
 * how long the budget lasts.
 */
export const GameForm = ({
  initial,
  submitLabel,
  result,
  pointsGiven = 0,
  aside,
}: {
  initial: GameFormValues;
  submitLabel: string;
  result: GameSave;
  pointsGiven?: number;
  aside?: ReactNode;
}) => {
  const t = useTranslations('gameForm');
  const trpc = useTRPC();
  const tiers = useQuery(trpc.tiers.list.queryOptions());
  const segments = useQuery(trpc.segments.list.queryOptions({ includeArchived: false }));
  const rewards = useQuery(trpc.rewards.list.queryOptions({ includeArchived: false }));
  const { values, setValues, errors, setErrors, set, text } = useFormFields(initial, {
    id: fieldId,
    error: (field) => t(`errors.${field}`),
  });
  // Nested fields (a prize's, a question's) are in error by their path, which the form's keys
  // cannot name: the errors are kept as plain paths.
  const fieldErrors = errors as GameFormField[];
  const clearError = (field: GameFormField) =>
    setErrors((current) => current.filter((f) => f !== field));

  // A refused save shows next to the fields the server named, like the browser's own checks.
  const refusedHere = refusedFields(result.error).length > 0;
  useEffect(() => {
    const refused = refusedFields(result.error);
    if (!refused[0]) return;
    setErrors(refused as (keyof GameFormValues)[]);
    document.getElementById(fieldId(refused[0]))?.focus();
  }, [result.error, setErrors]);

  const feedback = useRef<HTMLDivElement>(null);
  const wasPending = useRef(result.pending);
  useEffect(() => {
    if (wasPending.current && !result.pending) feedback.current?.scrollIntoView({ block: 'start' });
    wasPending.current = result.pending;
  }, [result.pending]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readGameForm(values);
    if ('errors' in read) {
      setErrors(read.errors as (keyof GameFormValues)[]);
      const first = read.errors[0];
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors([]);
    result.save(read.input);
  };

  const count = (
    field: 'playsPerDay' | 'newMemberDelayHours' | 'pointsBudgetPerDay' | 'pointsBudgetTotal',
  ) => <TextField label={t(field)} inputMode="numeric" hint={t(`${field}Hint`)} {...text(field)} />;
  const tableError = fieldErrors.includes('prizes')
    ? t('errors.prizes', {
        total: chancesTotal(values.prizes).total / 100,
      })
    : undefined;

  return (
    <FormWithPreview
      onSubmit={submit}
      preview={<GamePreview values={values} pointsGiven={pointsGiven} />}
      aside={aside}
    >
      <div ref={feedback} className="flex scroll-mt-6 flex-col gap-6 empty:hidden">
        {errors.length > 0 ? <Alert tone="danger">{t('invalid')}</Alert> : null}
        {result.failure && !refusedHere ? (
          <Alert tone="danger">{t(failureKey(result.failure))}</Alert>
        ) : null}
        {result.done}
      </div>

      <Card title={t('sections.type')}>
        <RadioGroup
          legend={t('type')}
          name="type"
          id={fieldId('type')}
          value={values.type}
          onChange={set('type')}
          options={GAME_TYPES.map((type) => ({
            value: type,
            label: t(`types.${type}`),
            hint: t(`typeHints.${type}`),
          }))}
        />
      </Card>

      <Card title={t('sections.words')}>
        <BilingualTextFields
          namespace="gameForm"
          title="title"
          text="text"
          textMaxLength={2000}
          input={text}
        />
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <TextAreaField label={t('rulesEn')} rows={5} hint={t('rulesHint')} {...text('rulesEn')} />
          <div lang="fr">
            <TextAreaField
              label={t('rulesFr')}
              rows={5}
              hint={t('rulesHint')}
              {...text('rulesFr')}
            />
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
              startsAtHint: t('startsAtHint'),
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
            error={fieldErrors.includes('tierIds') ? t('errors.tierIds') : undefined}
          />
          <LoadedCheckList
            rows={segments}
            id={fieldId('segmentIds')}
            legend={t('segments')}
            options={(rows) => rows.map((segment) => ({ value: segment.id, label: segment.name }))}
            selected={values.segmentIds}
            onChange={set('segmentIds')}
            empty={t('noSegment')}
            error={fieldErrors.includes('segmentIds') ? t('errors.segmentIds') : undefined}
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
          <div className="grid gap-4 sm:grid-cols-2">
            {count('playsPerDay')}
            {count('newMemberDelayHours')}
            {count('pointsBudgetPerDay')}
            {count('pointsBudgetTotal')}
          </div>
        </div>
      </Card>

      {isDrawn(values.type) ? (
        <Card title={t('sections.prizes')}>
          <div className="flex flex-col gap-4">
            <p className="text-sm text-ink-muted">{t('prizesHelp')}</p>
            {rewards.error ? (
              <QueryError error={rewards.error} onRetry={() => rewards.refetch()} />
            ) : null}
            <PrizeTableFields
              prizes={values.prizes}
              onChange={(prizes) => setValues((current) => ({ ...current, prizes }))}
              rewards={rewards.data ?? []}
              errors={fieldErrors}
              clearError={clearError}
            />
            {tableError ? (
              <p
                id={fieldId('prizes')}
                tabIndex={-1}
                role="alert"
                className="text-sm font-medium text-danger-700"
              >
                {tableError}
              </p>
            ) : null}
          </div>
        </Card>
      ) : null}

      {values.type === 'QUIZ' ? (
        <Card title={t('sections.quiz')}>
          <div className="flex flex-col gap-4">
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                label={t('pointsPerRightAnswer')}
                inputMode="numeric"
                {...text('pointsPerRightAnswer')}
              />
              <TextField
                label={t('secondsPerQuestion')}
                inputMode="numeric"
                {...text('secondsPerQuestion')}
              />
            </div>
            <QuizFields
              questions={values.questions}
              onChange={(questions) => setValues((current) => ({ ...current, questions }))}
              errors={fieldErrors}
              clearError={clearError}
            />
            {fieldErrors.includes('questions') ? (
              <p
                id={fieldId('questions')}
                tabIndex={-1}
                className="text-sm font-medium text-danger-700"
              >
                {t('errors.questions')}
              </p>
            ) : null}
          </div>
        </Card>
      ) : null}

      {values.type === 'DAILY_STREAK' ? (
        <Card title={t('sections.streak')}>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label={t('pointsPerDay')} inputMode="numeric" {...text('pointsPerDay')} />
            <TextField
              label={t('bonusDay')}
              inputMode="numeric"
              hint={t('bonusDayHint')}
              {...text('bonusDay')}
            />
            <TextField label={t('bonusPoints')} inputMode="numeric" {...text('bonusPoints')} />
            <TextField
              label={t('maxFreezes')}
              inputMode="numeric"
              hint={t('maxFreezesHint')}
              {...text('maxFreezes')}
            />
          </div>
        </Card>
      ) : null}

      <SaveOrCancel
        submitLabel={submitLabel}
        pending={result.pending}
        cancelHref="/games"
        cancelLabel={t('cancel')}
      />
    </FormWithPreview>
  );
};
