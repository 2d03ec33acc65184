import { csvDownload, exportAuditCsv } from '@fidele/api';
import { actionMessageKey } from '@fidele/core/audit/actions';
import { getDb } from '@fidele/db';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/auth.ts';
import { auditFilterFromQuery } from '@/app/(console)/audit/audit-filter.ts';

/** The audit log as CSV, filtered by the same query string as the /audit screen, in its words. */
export const GET = async (req: Request) => {
  const staff = await currentStaff();
  const t = await getTranslations('audit');
  const words = (group: 'actions' | 'actors' | 'targets') => (code: string) => {
    const key = `${group}.${group === 'actions' ? actionMessageKey(code) : code}`;
    return t.has(key) ? t(key as 'title') : code;
  };
  return csvDownload(async () => ({
    filename: `audit-log-${new Date().toISOString().slice(0, 10)}.csv`,
    stream: await exportAuditCsv(
      getDb(),
      staff ? { id: staff.id, role: staff.role } : undefined,
      auditFilterFromQuery(new URL(req.url).searchParams),
      {
        action: words('actions'),
        actorType: words('actors'),
        targetType: words('targets'),
        erased: t('erased'),
        system: t('system'),
      },
    ),
  }));
};
