'use client';

import { changesOf, type FieldChange } from '@fidele/core/audit/changes';
import { DateTime } from '@fidele/ui';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** `pointsCost` → `points cost`: a field the messages do not name, still in words. */
const humanized = (field: string) =>
  field
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]/g, ' ')
    .toLowerCase();

/** A recorded value in words: empty, yes/no, a number or a date in the reader's format. */
const Value = ({ value }: { value: unknown }) => {
  const t = useTranslations('audit.changes');
  const locale = useLocale();
  if (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && !value.length)
  )
    return <em className="text-ink-muted">{t('none')}</em>;
  if (typeof value === 'boolean') return <>{t(value ? 'yes' : 'no')}</>;
  if (typeof value === 'number') return <>{value.toLocaleString(locale)}</>;
  if (typeof value === 'string' && ISO_INSTANT.test(value))
    return <DateTime value={new Date(value)} />;
  if (typeof value === 'string') return <>{value}</>;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object'))
    return <>{value.join(', ')}</>;
  return <code className="text-xs break-all">{JSON.stringify(value)}</code>;
};

const Change = ({ change }: { change: FieldChange }) => {
  const t = useTranslations('audit');
  const label = !change.field
    ? null
    : t.has(`fields.${change.field}`)
      ? t(`fields.${change.field as 'name'}`)
      : humanized(change.field);
  return (
    <li>
      {label ? <span className="font-medium">{t('changes.field', { field: label })} </span> : null}
      {'before' in change ? (
        <>
          <del className="text-ink-muted">
            <Value value={change.before} />
          </del>{' '}
          <span aria-hidden="true">→</span>
          <span className="sr-only">{t('changes.to')}</span>{' '}
        </>
      ) : null}
      <ins className="no-underline">
        <Value value={change.after} />
      </ins>
    </li>
  );
};

/**
 * What an edit changed, field by field (before → after), or null when the entry is no edit. An
 * entry recorded before edits kept both sides lists its new values, said as such.
 */
export const auditChangesOf = (action: string, data: unknown): ReactNode => {
  const found = changesOf(action, data);
  if (!found || !found.changes.length) return null;
  return <AuditChangeList changes={found.changes} complete={found.complete} />;
};

const AuditChangeList = ({ changes, complete }: { changes: FieldChange[]; complete: boolean }) => {
  const t = useTranslations('audit.changes');
  return (
    <div className="flex flex-col gap-1">
      <span className="sr-only">{t('label')}</span>
      {complete ? null : <span className="text-xs text-ink-muted">{t('onlyAfter')}</span>}
      <ul className="flex flex-col gap-0.5 break-words">
        {changes.map((change) => (
          <Change key={change.field} change={change} />
        ))}
      </ul>
    </div>
  );
};
