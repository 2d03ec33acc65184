'use client';

import type { SocialNetwork } from '@fidele/validators';
import { SOCIAL_NETWORK_NAMES } from '@fidele/validators';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { customerName } from '@/components/customer-link.tsx';

type Post = { network: SocialNetwork; handle: string; postUrl: string };

/** Who entered: a member by name, else the handle the entry was made with. */
export const entrantName = (entrant: {
  customer: { firstName: string; lastName: string | null } | null;
  handle: string;
}) => (entrant.customer ? customerName(entrant.customer) : `@${entrant.handle}`);

/** An entry's post: its network and handle, and its link (in a new tab), then any `children`. */
export const EntryPost = ({ post, children }: { post: Post; children?: ReactNode }) => {
  const t = useTranslations('contests.entries');
  return (
    <span className="flex flex-col">
      <span className="whitespace-nowrap">
        {SOCIAL_NETWORK_NAMES[post.network]} · @{post.handle}
      </span>
      <a
        href={post.postUrl}
        target="_blank"
        rel="noopener noreferrer"
        className="font-semibold whitespace-nowrap text-brand-800 underline-offset-2 hover:underline"
      >
        {t('openPost')} <span aria-hidden="true">↗</span>
        <span className="sr-only">{t('newTab')}</span>
      </a>
      {children}
    </span>
  );
};
