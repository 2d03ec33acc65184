import { csvLine } from '../csv/index.ts';
import { changesLine, changesOf } from './audit-changes.ts';
import type { AuditRef } from './audit-names.ts';
import type { AuditEntryView } from './audit-trail.ts';

export const AUDIT_CSV_HEADER = [
  'date',
  'actor_type',
  'actor',
  'actor_context',
  'action',
  'action_code',
  'target_type',
  'target',
  'changes',
  'data',
] as const;

/** The reader's words for codes: the admin passes its messages in the reader's language. */
export type AuditCsvWords = {
  action: (code: string) => string;
  actorType: (type: string) => string;
  targetType: (type: string) => string;
  erased: string;
  system: string;
};

const nameOf = (ref: AuditRef, words: AuditCsvWords) =>
  ref.erased ? words.erased : ref.type === 'SYSTEM' ? words.system : (ref.name ?? ref.id ?? '');

/** One entry as a CSV line: who, what in words and as its code, on what, what changed. */
export const auditCsvRow = (entry: AuditEntryView, words: AuditCsvWords) => {
  const changes = changesOf(entry.action, entry.data);
  return csvLine([
    entry.createdAt.toISOString(),
    words.actorType(entry.actor.type),
    nameOf(entry.actor, words),
    entry.actor.context ?? '',
    words.action(entry.action),
    entry.action,
    entry.target ? words.targetType(entry.target.type) : '',
    entry.target ? nameOf(entry.target, words) : '',
    changes ? changesLine(changes) : '',
    entry.data === null ? '' : JSON.stringify(entry.data),
  ]);
};
