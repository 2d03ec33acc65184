'use client';

import { staffInviteInput } from '@fidele/validators';
import { Alert, Button, Dialog, EmailField, SelectField, TextField } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { saveFailure } from '@/components/save-failure.ts';
import { useTRPC } from '@/trpc/react.tsx';
import { type StaffAccess, StaffAccessFields } from './staff-access-fields.tsx';
import { staffFailureKey, type StaffFieldErrors, staffFieldErrors } from './staff-form-errors.ts';

const FORM_ID = 'invite-staff';

/** "Invite a member": their email, name, role (and shops), and the language of their email. */
export const InviteStaffDialog = () => {
  const t = useTranslations('staff');
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [access, setAccess] = useState<StaffAccess>({ role: 'SUPPORT', shopIds: [] });
  const [errors, setErrors] = useState<StaffFieldErrors>({});
  const invite = useMutation(
    trpc.staff.invite.mutationOptions({
      onSuccess: async ({ member, emailed }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
        router.push(`/staff/${member.id}?invited=${emailed ? 'sent' : 'unsent'}`);
      },
    }),
  );
  const failure = saveFailure(invite.error);
  const emailTaken = failure?.appCode === 'staff_exists';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = staffInviteInput.safeParse({
      email: form.get('email'),
      name: form.get('name'),
      locale: form.get('locale'),
      ...access,
    });
    setErrors(parsed.success ? {} : staffFieldErrors(parsed.error));
    if (parsed.success) invite.mutate(parsed.data);
  };

  const close = () => {
    setOpen(false);
    setErrors({});
    invite.reset();
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('invite.open')}</Button>
      <Dialog
        open={open}
        onClose={close}
        title={t('invite.title')}
        description={t('invite.description')}
        actions={
          <>
            <Button variant="secondary" onClick={close}>
              {t('invite.cancel')}
            </Button>
            <Button type="submit" form={FORM_ID} loading={invite.isPending}>
              {t('invite.submit')}
            </Button>
          </>
        }
      >
        <form id={FORM_ID} onSubmit={submit} noValidate className="flex flex-col gap-4">
          {failure && !emailTaken ? (
            <Alert tone="danger">{t(`errors.${staffFailureKey(failure.appCode)}`)}</Alert>
          ) : null}
          <EmailField
            label={t('fields.email')}
            autoComplete="off"
            autoFocus
            error={
              errors.email
                ? t(`errors.${errors.email}`)
                : emailTaken
                  ? t('errors.staff_exists')
                  : undefined
            }
          />
          <TextField
            label={t('fields.name')}
            name="name"
            required
            maxLength={120}
            error={errors.name ? t(`errors.${errors.name}`) : undefined}
          />
          <StaffAccessFields
            idPrefix={FORM_ID}
            access={access}
            onChange={setAccess}
            shopsError={errors.shopIds ? t(`errors.${errors.shopIds}`) : undefined}
          />
          <SelectField
            label={t('fields.locale')}
            name="locale"
            defaultValue={locale === 'fr' ? 'fr' : 'en'}
            options={[
              { value: 'en', label: 'English' },
              { value: 'fr', label: 'Français' },
            ]}
          />
        </form>
      </Dialog>
    </>
  );
};
