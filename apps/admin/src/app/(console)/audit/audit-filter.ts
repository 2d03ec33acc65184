import type { StaffInputs } from '@/trpc/types.ts';

type AuditFilter = Omit<StaffInputs['audit']['list'], 'cursor' | 'pageSize'>;

export const ACTOR_TYPES = ['STAFF', 'API_KEY', 'CUSTOMER', 'SYSTEM'] as const;

/**
 * The audit log's filters as the URL keeps them (`?from=&to=&actor=&actorId=&action=&target=&id=`,
 * `action` being an action code or `area:<area>`), read the same way by the screen and by its CSV
 * download, so the file holds exactly the rows on screen.
 */
export const auditFilterFromQuery = (params: URLSearchParams): AuditFilter => {
  const get = (key: string) => params.get(key) || undefined;
  const action = get('action');
  const actorType = ACTOR_TYPES.find((type) => type === get('actor'));
  const targetType = get('target');
  return {
    from: get('from'),
    to: get('to'),
    actor: actorType ? { type: actorType, id: get('actorId') } : undefined,
    ...(action?.startsWith('area:') ? { area: action.slice(5) } : { action }),
    target: targetType ? { type: targetType, id: get('id') } : undefined,
  };
};
