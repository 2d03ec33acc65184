'use client';

import { SelectField } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { CheckList } from '@/components/check-list.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffInputs } from '@/trpc/types.ts';

export type StaffRole = StaffInputs['staff']['invite']['role'];
export type StaffAccess = { role: StaffRole; shopIds: string[] };

const ROLES = ['OWNER', 'MARKETING', 'STORE_MANAGER', 'SUPPORT'] as const;

/** The role, and for a store manager the shops they work in: shared by invite and edit. */
export const StaffAccessFields = ({
  idPrefix,
  access,
  onChange,
  shopsError,
  disabled,
}: {
  idPrefix: string;
  access: StaffAccess;
  onChange: (access: StaffAccess) => void;
  shopsError?: string;
  disabled?: boolean;
}) => {
  const t = useTranslations();
  const trpc = useTRPC();
  const shops = useQuery(trpc.shops.list.queryOptions());
  return (
    <>
      <SelectField
        id={`${idPrefix}-role`}
        label={t('staff.fields.role')}
        name="role"
        value={access.role}
        disabled={disabled}
        onChange={(event) => onChange({ ...access, role: event.target.value as StaffRole })}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <p className="-mt-2 text-sm text-ink-muted">{t(`staff.roleHints.${access.role}`)}</p>
      {access.role === 'STORE_MANAGER' ? (
        <CheckList
          id={`${idPrefix}-shops`}
          legend={t('staff.fields.shops')}
          options={(shops.data ?? []).map((shop) => ({ value: shop.id, label: shop.name }))}
          selected={access.shopIds}
          onChange={(shopIds) => onChange({ ...access, shopIds })}
          error={shopsError}
          empty={t('staff.fields.noShops')}
        />
      ) : null}
    </>
  );
};
