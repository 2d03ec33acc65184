'use client';

import { shopCreateInput } from '@fidele/validators';
import { Alert, Button, Dialog, SelectField, TextField } from '@fidele/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '@/trpc/react.tsx';

const FORM_ID = 'create-shop';

/** "Add a shop": name, kind and city, checked with the procedure's schema before sending. */
export const CreateShopDialog = ({ onCreated }: { onCreated: (shopId: string) => void }) => {
  const t = useTranslations('shops.create');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [nameError, setNameError] = useState(false);
  const create = useMutation(
    trpc.shops.create.mutationOptions({
      onSuccess: async (shop) => {
        setOpen(false);
        await queryClient.invalidateQueries({ queryKey: trpc.shops.list.queryKey() });
        onCreated(shop.id);
      },
    }),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = shopCreateInput.safeParse({
      name: form.get('name'),
      kind: form.get('kind'),
      city: form.get('city'),
    });
    setNameError(!parsed.success);
    if (parsed.success) create.mutate(parsed.data);
  };

  const close = () => {
    setOpen(false);
    setNameError(false);
    create.reset();
  };

  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)}>
        {t('open')}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title={t('title')}
        actions={
          <>
            <Button variant="secondary" onClick={close}>
              {t('cancel')}
            </Button>
            <Button type="submit" form={FORM_ID} loading={create.isPending}>
              {t('submit')}
            </Button>
          </>
        }
      >
        <form id={FORM_ID} onSubmit={submit} noValidate className="flex flex-col gap-4">
          {create.error ? <Alert tone="danger">{t('failed')}</Alert> : null}
          <TextField
            label={t('name')}
            name="name"
            required
            maxLength={120}
            autoFocus
            error={nameError ? t('nameError') : undefined}
          />
          <SelectField
            label={t('kind')}
            name="kind"
            defaultValue="STORE"
            options={[
              { value: 'STORE', label: t('kinds.STORE') },
              { value: 'ESHOP', label: t('kinds.ESHOP') },
            ]}
          />
          <TextField label={t('city')} name="city" maxLength={120} hint={t('cityHint')} />
        </form>
      </Dialog>
    </>
  );
};
