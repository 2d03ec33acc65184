import { can } from '@fidele/auth/permissions';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { type ReactNode, Suspense } from 'react';
import { currentStaff } from '@/auth.ts';
import { Forbidden } from '@/components/forbidden.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = { params: Promise<{ gameId: string }> };

/** A page about one game (its editor, its activity), for the roles that run the programme. */
export const gamePage =
  (render: (gameId: string) => ReactNode) =>
  async ({ params }: Props) => {
    const { gameId } = await params;
    if (!UUID.test(gameId)) notFound();
    const t = await getTranslations('games');
    const staff = await currentStaff();
    if (!staff || !can(staff.role, 'programme:manage')) return <Forbidden title={t('title')} />;
    return <Suspense>{render(gameId)}</Suspense>;
  };
