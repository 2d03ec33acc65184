'use client';

import type { CustomerRouter } from '@fidele/api';
import { Alert, Button, TextField } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../trpc/react.tsx';
import {
  profileFieldErrors,
  type ProfileFieldErrors,
  type ProfileFields,
  profileSaveErrorKey,
} from './profile-form-errors.ts';

type Profile = inferRouterOutputs<CustomerRouter>['profile']['get'];

// Birth dates are calendar days stored at midnight UTC: the UTC day is the day.
const dayOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');

const fieldsOf = (profile: Profile): ProfileFields => ({
  firstName: profile.firstName,
  lastName: profile.lastName ?? '',
  phone: profile.phone ?? '',
  birthDate: dayOf(profile.birthDate),
});

export const ProfileForm = ({ profile }: { profile: Profile }) => {
  const t = useTranslations('profile');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState(() => fieldsOf(profile));
  const [errors, setErrors] = useState<ProfileFieldErrors>({});
  const save = useMutation(
    trpc.profile.update.mutationOptions({
      onSuccess: ({ profile: saved }) => {
        setFields(fieldsOf({ ...profile, ...saved }));
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.profile.get.queryKey() }),
          // A new phone number lets her turn on text messages, a removed one stops her.
          queryClient.invalidateQueries({ queryKey: trpc.profile.consents.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.me.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.movements.pathKey() }),
        ]);
      },
    }),
  );
  const saveError = save.isError ? profileSaveErrorKey(save.error) : undefined;

  const field = (name: keyof ProfileFields) => ({
    name,
    value: fields[name],
    onChange: (event: { target: { value: string } }) => {
      setFields((current) => ({ ...current, [name]: event.target.value }));
      if (save.isSuccess) save.reset();
    },
    error:
      errors[name] !== undefined
        ? t(`errors.${errors[name]}`)
        : name === 'phone' && saveError === 'phoneTaken'
          ? t('errors.phoneTaken')
          : undefined,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = profileFieldErrors(fields);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate(fields);
  };

  return (
    <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
      <TextField label={t('email')} hint={t('emailHint')} value={profile.email} readOnly />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('firstName')}
          autoComplete="given-name"
          maxLength={80}
          required
          {...field('firstName')}
        />
        <TextField
          label={t('lastName')}
          autoComplete="family-name"
          maxLength={80}
          {...field('lastName')}
        />
      </div>
      <TextField
        label={t('phone')}
        hint={t('phoneHint')}
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        maxLength={30}
        {...field('phone')}
      />
      <TextField
        label={t('birthDate')}
        type="date"
        autoComplete="bday"
        min="1900-01-02"
        max={new Date().toISOString().slice(0, 10)}
        {...field('birthDate')}
      />
      <div className="flex flex-col gap-3">
        {save.isSuccess && save.data.bonusPoints > 0 ? (
          <Alert tone="success" title={t('bonusTitle')}>
            <span data-testid="profile-bonus">
              {t('bonusBody', { count: save.data.bonusPoints })}
            </span>
          </Alert>
        ) : null}
        {save.isSuccess && save.data.bonusPoints === 0 ? (
          <Alert tone="success" title={t('saved')} />
        ) : null}
        {saveError === 'generic' ? <Alert tone="danger" title={t('errors.generic')} /> : null}
      </div>
      <Button type="submit" size="lg" fullWidth loading={save.isPending}>
        {t('save')}
      </Button>
    </form>
  );
};
