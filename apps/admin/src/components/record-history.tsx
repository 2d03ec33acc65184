'use client';

import { Alert } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { AuditTrailCard } from './audit-trail-card.tsx';
import { useCan } from './staff-context.tsx';

const HISTORY_ID = 'history';

/**
 * Every change made to a record, at the foot of its editor where "See its history" leads; only
 * for the roles that read the audit. Its words are the namespace's `title`, `empty`, `emptyHint`.
 */
export const RecordHistory = ({
  target,
  namespace,
}: {
  target: { type: string; id: string };
  namespace: string;
}) => {
  const t = useTranslations(namespace);
  const canReadAudit = useCan('audit:read');
  if (!canReadAudit) return null;
  return (
    <div id={HISTORY_ID} className="mt-6 min-w-0 scroll-mt-6">
      <AuditTrailCard
        target={target}
        title={t('title')}
        empty={t('empty')}
        emptyHint={t('emptyHint')}
      />
    </div>
  );
};

/** Says a record was created or saved, with a link down to its history for those who can read it. */
export const SavedAlert = ({ title, seeHistory }: { title: string; seeHistory: string }) => {
  const canReadAudit = useCan('audit:read');
  return (
    <Alert tone="success" title={title}>
      {canReadAudit ? (
        <a href={`#${HISTORY_ID}`} className="font-semibold underline underline-offset-2">
          {seeHistory}
        </a>
      ) : null}
    </Alert>
  );
};
