import { can, type Permission } from '@fidele/auth/permissions';
import { buttonStyles } from '@fidele/ui';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { type ReactNode, Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from './forbidden.tsx';
import { PageHeader } from './page-header.tsx';

/**
 * The page listing a part of the programme (rewards, offers, segments): its header, with the
 * "New …" button for the roles that run the programme, over the list. Its words are the
 * namespace's `title`, `description` and `new`.
 */
export const ProgrammeListPage = async ({
  namespace,
  readPermission,
  newHref,
  children,
}: {
  namespace: string;
  /** Who may see the list at all. */
  readPermission: Permission;
  newHref: string;
  /** The list; it reads its filters from the URL, hence the Suspense around it. */
  children: ReactNode;
}) => {
  const t = await getTranslations(namespace);
  const staff = await currentStaff();
  if (!staff || !can(staff.role, readPermission)) return <Forbidden title={t('title')} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          can(staff.role, 'programme:manage') ? (
            <Link href={newHref} className={buttonStyles()}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      <Suspense>{children}</Suspense>
    </>
  );
};
