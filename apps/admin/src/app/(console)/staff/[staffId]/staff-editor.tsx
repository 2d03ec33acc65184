'use client';

import { staffAccessInput } from '@fidele/validators';
import { Alert, Button, Card, Dialog, Skeleton } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { saveFailure } from '@/components/save-failure.ts';
import { PageHeader } from '@/components/page-header.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { RecordHistory } from '@/components/record-history.tsx';
import { useStaff } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { type StaffAccess, StaffAccessFields } from '../staff-access-fields.tsx';
import { staffFailureKey, type StaffFieldErrors, staffFieldErrors } from '../staff-form-errors.ts';
import { StaffStatusBadge } from '../staff-status-badge.tsx';

type Member = StaffOutputs['staff']['get'];

/** Role and shops of one member, saved with the procedure's own schema checked first. */
const AccessCard = ({ member, onSaved }: { member: Member; onSaved: () => Promise<unknown> }) => {
  const t = useTranslations('staff');
  const trpc = useTRPC();
  const [access, setAccess] = useState<StaffAccess>({
    role: member.role,
    shopIds: member.shops.map((shop) => shop.id),
  });
  const [errors, setErrors] = useState<StaffFieldErrors>({});
  const save = useMutation(trpc.staff.updateAccess.mutationOptions({ onSuccess: onSaved }));
  const failure = saveFailure(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const input = {
      staffId: member.id,
      ...access,
      shopIds: access.role === 'STORE_MANAGER' ? access.shopIds : [],
    };
    const parsed = staffAccessInput.safeParse(input);
    setErrors(parsed.success ? {} : staffFieldErrors(parsed.error));
    if (parsed.success) save.mutate(parsed.data);
  };
  return (
    <Card title={t('access.title')}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <p className="text-sm text-ink-muted">{t('access.description')}</p>
        {save.isSuccess ? <Alert tone="success">{t('access.saved')}</Alert> : null}
        {failure ? (
          <Alert tone="danger">{t(`errors.${staffFailureKey(failure.appCode)}`)}</Alert>
        ) : null}
        <StaffAccessFields
          idPrefix="staff-access"
          access={access}
          onChange={(next) => {
            setAccess(next);
            setErrors({});
          }}
          shopsError={errors.shopIds ? t(`errors.${errors.shopIds}`) : undefined}
        />
        <div>
          <Button type="submit" loading={save.isPending}>
            {t('access.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
};

/** Disabling ends the member's sessions at once; enabling lets them sign in again. */
const StandingCard = ({ member, onSaved }: { member: Member; onSaved: () => Promise<unknown> }) => {
  const t = useTranslations('staff');
  const trpc = useTRPC();
  const [asking, setAsking] = useState(false);
  const disabled = member.status === 'DISABLED';
  const setDisabled = useMutation(
    trpc.staff.setDisabled.mutationOptions({
      onSuccess: async () => {
        setAsking(false);
        await onSaved();
      },
    }),
  );
  const resend = useMutation(trpc.staff.resendInvitation.mutationOptions({ onSuccess: onSaved }));
  const failure = saveFailure(setDisabled.error ?? resend.error);
  return (
    <Card title={t('standing.title')}>
      <div className="flex flex-col gap-4">
        <p className="flex items-center gap-2 text-sm">
          <StaffStatusBadge status={member.status} />
          <span className="text-ink-muted">{t(`standing.explain.${member.status}`)}</span>
        </p>
        {failure ? (
          <Alert tone="danger">{t(`errors.${staffFailureKey(failure.appCode)}`)}</Alert>
        ) : null}
        {resend.data ? (
          <Alert tone={resend.data.emailed ? 'success' : 'warning'}>
            {resend.data.emailed ? t('standing.resent') : t('standing.notSent')}
          </Alert>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {member.status === 'INVITED' ? (
            <Button
              variant="secondary"
              loading={resend.isPending}
              onClick={() => resend.mutate({ staffId: member.id })}
            >
              {t('standing.resend')}
            </Button>
          ) : null}
          {disabled ? (
            <Button
              variant="secondary"
              loading={setDisabled.isPending}
              onClick={() => setDisabled.mutate({ staffId: member.id, disabled: false })}
            >
              {t('standing.enable')}
            </Button>
          ) : (
            <Button variant="danger" onClick={() => setAsking(true)}>
              {t('standing.disable')}
            </Button>
          )}
        </div>
      </div>
      <Dialog
        open={asking}
        onClose={() => (setDisabled.isPending ? undefined : setAsking(false))}
        role="alertdialog"
        title={t('standing.disableDialog.title', { name: member.name })}
        description={t('standing.disableDialog.description')}
        actions={
          <>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t('standing.disableDialog.cancel')}
            </Button>
            <Button
              variant="danger"
              loading={setDisabled.isPending}
              onClick={() => setDisabled.mutate({ staffId: member.id, disabled: true })}
            >
              {t('standing.disableDialog.confirm')}
            </Button>
          </>
        }
      />
    </Card>
  );
};

/** One member: who they are, their access, whether they can sign in, and what changed. */
export const StaffEditor = ({ staffId }: { staffId: string }) => {
  const t = useTranslations('staff');
  const trpc = useTRPC();
  const me = useStaff();
  const queryClient = useQueryClient();
  const invited = useSearchParams().get('invited');
  const member = useQuery(trpc.staff.get.queryOptions({ staffId }));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.staff.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
    ]);
  if (member.error) return <QueryError error={member.error} onRetry={() => member.refetch()} />;
  if (!member.data) return <Skeleton className="h-64 w-full" />;
  const self = member.data.id === me.id;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/staff" className="font-semibold text-brand-800 hover:underline">
            {t('back')}
          </Link>
        }
        title={member.data.name}
        description={member.data.email}
      />
      {invited ? (
        <div className="mb-6">
          <Alert tone={invited === 'sent' ? 'success' : 'warning'}>
            {invited === 'sent'
              ? t('invite.sent', { email: member.data.email })
              : t('standing.notSent')}
          </Alert>
        </div>
      ) : null}
      {self ? (
        <div className="mb-6">
          <Alert tone="info">{t('self')}</Alert>
        </div>
      ) : null}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <AccessCard key={member.data.role} member={member.data} onSaved={refresh} />
        <StandingCard member={member.data} onSaved={refresh} />
      </div>
      <RecordHistory target={{ type: 'staff', id: staffId }} namespace="staff.history" />
    </>
  );
};
