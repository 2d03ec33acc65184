'use client';

import { Alert, Button, DateTime, Dialog, TextField } from '@fidele/ui';
import { contactCorrectionInput } from '@fidele/validators';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { errorKey } from '@/components/query-error.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { serverFieldErrors } from '@/components/server-field-errors.ts';
import { useTRPC } from '@/trpc/react.tsx';

type Contact = { firstName: string; lastName: string; phone: string; email: string };
type Field = keyof Contact;

const FIELDS: { field: Field; autoComplete: string; type?: string }[] = [
  { field: 'firstName', autoComplete: 'off' },
  { field: 'lastName', autoComplete: 'off' },
  { field: 'phone', autoComplete: 'off', type: 'tel' },
  { field: 'email', autoComplete: 'off', type: 'email' },
];

/** The fields a refusal names: the schema's issues, or the phone or email another member has. */
const refusedFields = (error: unknown): Field[] => {
  const appCode = saveFailure(error)?.appCode;
  if (appCode === 'phone_taken') return ['phone'];
  if (appCode === 'email_taken') return ['email'];
  return serverFieldErrors(error).filter((field): field is Field =>
    FIELDS.some((each) => each.field === field),
  );
};

/** The email support typed that waits for her confirmation (sent there), under her current one. */
export const PendingEmailChange = ({ customerId }: { customerId: string }) => {
  const t = useTranslations('customer.contact');
  const trpc = useTRPC();
  const pending = useQuery(trpc.customers.pendingEmailChange.queryOptions({ customerId }));
  if (!pending.data) return null;
  return (
    <span className="block text-sm text-ink-muted" data-testid="pending-email">
      {t('pending', { email: pending.data.newEmail })}{' '}
      <DateTime value={pending.data.expiresAt} format="long" />
    </span>
  );
};

/**
 * Support corrects her name, phone and email at her request, each field checked by the
 * procedure's own schema; a new email is sent a confirmation and changes once she opens it (the
 * profile then shows it waiting).
 */
export const ContactCorrection = ({
  customerId,
  current,
}: {
  customerId: string;
  current: { firstName: string; lastName: string | null; phone: string | null; email: string };
}) => {
  const t = useTranslations('customer.contact');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Contact>({
    firstName: '',
    lastName: '',
    phone: '',
    email: '',
  });
  const [invalid, setInvalid] = useState<Field[]>([]);
  const correct = useMutation(
    trpc.customers.correctContact.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
      },
    }),
  );
  const start = () => {
    setValues({
      firstName: current.firstName,
      lastName: current.lastName ?? '',
      phone: current.phone ?? '',
      email: current.email,
    });
    setInvalid([]);
    correct.reset();
    setOpen(true);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = contactCorrectionInput.safeParse({ customerId, ...values });
    if (!parsed.success) {
      setInvalid(parsed.error.issues.map((issue) => String(issue.path[0]) as Field));
      return;
    }
    setInvalid([]);
    correct.mutate(parsed.data);
  };
  const refused = correct.error ? refusedFields(correct.error) : [];
  const errorOf = (field: Field) =>
    invalid.includes(field) || refused.includes(field)
      ? t(`errors.${saveFailure(correct.error)?.appCode === `${field}_taken` ? 'taken' : field}`)
      : undefined;
  return (
    <>
      <Button size="sm" variant="secondary" onClick={start}>
        {t('open')}
      </Button>
      <Dialog
        open={open}
        onClose={() => !correct.isPending && setOpen(false)}
        title={t('title')}
        description={t('description')}
      >
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          {FIELDS.map(({ field, autoComplete, type }) => (
            <TextField
              key={field}
              label={t(`fields.${field}`)}
              name={field}
              type={type}
              autoComplete={autoComplete}
              value={values[field]}
              onChange={(event) => setValues({ ...values, [field]: event.target.value })}
              error={errorOf(field)}
            />
          ))}
          {correct.error && refused.length === 0 ? (
            <Alert tone="danger">
              {t(errorKey(correct.error) === 'forbidden' ? 'errors.forbidden' : 'errors.failed')}
            </Alert>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button
              type="button"
              variant="secondary"
              disabled={correct.isPending}
              onClick={() => setOpen(false)}
            >
              {t('cancel')}
            </Button>
            <Button type="submit" loading={correct.isPending}>
              {t('save')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
};
