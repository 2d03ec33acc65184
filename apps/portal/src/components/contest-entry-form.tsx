'use client';

import { Alert, RadioGroup, TextField } from '@fidele/ui';
import {
  type ContestEntryProblem,
  SOCIAL_NETWORK_NAMES,
  type SocialNetwork,
} from '@fidele/validators';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { type ContestEntryState, enterContest } from '../actions/contest-entry.ts';
import { SubmitButton } from './submit-button.tsx';

type ContestEntryFormProps = {
  contest: { id: string; slug: string; networks: SocialNetwork[] };
};

/** The member enters her post: the network, its link and her username there. */
export const ContestEntryForm = ({ contest }: ContestEntryFormProps) => {
  const t = useTranslations('contests.form');
  const [state, action] = useActionState<ContestEntryState, FormData>(
    enterContest.bind(null, { id: contest.id, slug: contest.slug }),
    {},
  );
  const [network, setNetwork] = useState<SocialNetwork>(
    (state.values?.network as SocialNetwork | undefined) ?? contest.networks[0]!,
  );
  const name = SOCIAL_NETWORK_NAMES[network];
  const problemOf = (field: ContestEntryProblem['field']) => {
    const problem = state.problems?.find((each) => each.field === field);
    if (!problem) return undefined;
    const key =
      problem.field === 'postUrl'
        ? (`problems.postUrl.${problem.problem}` as const)
        : (`problems.handle.${problem.problem}` as const);
    return t(key, {
      network: name,
      other: 'other' in problem ? SOCIAL_NETWORK_NAMES[problem.other] : '',
      author: 'author' in problem ? problem.author : '',
    });
  };
  return (
    <form action={action} noValidate className="flex flex-col gap-4" data-testid="contest-entry">
      <h2 className="text-lg font-bold">{t('title')}</h2>
      {state.error ? (
        <Alert tone="danger">
          {state.error === 'rateLimited'
            ? t('errors.rateLimited', { minutes: state.wait ?? 1 })
            : t(`errors.${state.error}`)}
        </Alert>
      ) : null}
      {contest.networks.length > 1 ? (
        <RadioGroup
          legend={t('network')}
          name="network"
          value={network}
          onChange={setNetwork}
          options={contest.networks.map((value) => ({
            value,
            label: SOCIAL_NETWORK_NAMES[value],
          }))}
        />
      ) : (
        <input type="hidden" name="network" value={network} />
      )}
      <TextField
        label={t('postUrl')}
        name="postUrl"
        type="url"
        inputMode="url"
        autoComplete="off"
        required
        hint={t('postUrlHint')}
        defaultValue={state.values?.postUrl}
        error={problemOf('postUrl')}
      />
      <TextField
        label={t('handle', { network: name })}
        name="handle"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={state.values?.handle}
        error={problemOf('handle')}
      />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
};
