'use client';

import { Button, buttonStyles, Card, CopyButton } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { type ReactNode, useSyncExternalStore } from 'react';
import { shareLinks } from './referral-view.ts';

const noSubscription = () => () => {};

/** Whether the browser has a share sheet (most phones do); never on the server's render. */
const useCanShare = () =>
  useSyncExternalStore(
    noSubscription,
    () => typeof navigator !== 'undefined' && typeof navigator.share === 'function',
    () => false,
  );

const ShareIcon = ({ children }: { children: ReactNode }) => (
  <svg
    aria-hidden="true"
    viewBox="0 0 24 24"
    className="size-5 shrink-0"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.8"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    {children}
  </svg>
);

/**
 * Her code and her link, each one tap from the clipboard, the phone's own share sheet where there
 * is one, and the message written into WhatsApp, the mail app or the SMS app (plain links: no
 * script of theirs on the page). `code` is shown as she reads it out ("K3QF-7XMP"); `text` is the
 * invitation's words, the link comes after them.
 */
export const ReferralShare = ({
  code,
  link,
  text,
  subject,
}: {
  code: string;
  link: string;
  text: string;
  subject: string;
}) => {
  const t = useTranslations('referrals');
  const canShare = useCanShare();
  const links = shareLinks({ text, link, subject });
  const copied = { copied: t('copied') };
  const linkStyle = buttonStyles({ variant: 'secondary', size: 'sm' });
  return (
    <Card as="section" aria-labelledby="referral-share-title" className="flex flex-col gap-5">
      <h2 id="referral-share-title" className="sr-only">
        {t('shareTitle')}
      </h2>
      <div className="flex flex-col gap-2">
        <h3 className="text-lg font-semibold">{t('codeTitle')}</h3>
        <div className="flex flex-wrap items-center gap-3">
          <p
            data-testid="referral-code"
            className="rounded-control bg-surface-muted px-4 py-2 font-mono text-2xl font-bold tracking-widest"
          >
            {code}
          </p>
          <CopyButton value={code} size="sm" labels={{ copy: t('copyCode'), ...copied }} />
        </div>
        <p className="text-sm text-ink-muted">{t('codeHint')}</p>
      </div>
      <div className="flex flex-col gap-2">
        <h3 className="text-lg font-semibold">{t('linkTitle')}</h3>
        <p
          data-testid="referral-link"
          className="rounded-control bg-surface-muted px-3 py-2 font-mono text-sm break-all"
        >
          {link}
        </p>
        <div className="flex flex-wrap gap-2">
          <CopyButton value={link} size="sm" labels={{ copy: t('copyLink'), ...copied }} />
          {canShare ? (
            <Button
              size="sm"
              data-testid="referral-native-share"
              onClick={() => {
                // Closing the sheet without sharing rejects: nothing to say then.
                navigator.share({ title: subject, text, url: link }).catch(() => {});
              }}
            >
              <ShareIcon>
                <path d="M12 15V3M8 7l4-4 4 4M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7" />
              </ShareIcon>
              {t('share')}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="flex flex-col gap-2">
        <h3 className="text-lg font-semibold">{t('sendBy')}</h3>
        <ul className="flex flex-wrap gap-2" data-testid="referral-share-links">
          <li>
            <a
              href={links.whatsapp}
              target="_blank"
              rel="noopener noreferrer"
              className={linkStyle}
            >
              <ShareIcon>
                <path d="M4 20l1.3-3.8A8 8 0 1 1 8 19z" />
              </ShareIcon>
              {t('whatsapp')}
            </a>
          </li>
          <li>
            <a href={links.email} className={linkStyle}>
              <ShareIcon>
                <rect x="3" y="5" width="18" height="14" rx="2" />
                <path d="M3 7l9 6 9-6" />
              </ShareIcon>
              {t('email')}
            </a>
          </li>
          <li>
            <a href={links.sms} className={linkStyle}>
              <ShareIcon>
                <path d="M4 5h16v11H9l-5 4z" />
              </ShareIcon>
              {t('sms')}
            </a>
          </li>
        </ul>
      </div>
    </Card>
  );
};
