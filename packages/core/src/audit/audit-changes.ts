/** One field an edit changed: `before` is absent when the entry kept only the new values. */
export type FieldChange = { field: string; before?: unknown; after: unknown };

/** What an edit changed, and whether the entry knew both sides. */
export type AuditChanges = { changes: FieldChange[]; complete: boolean };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const sides = (data: Record<string, unknown>) =>
  'before' in data && 'after' in data
    ? [data.before, data.after]
    : 'from' in data && 'to' in data
      ? [data.from, data.to]
      : undefined;

/**
 * The changes an entry's `data` records: both sides (`before`/`after`, or a staff member's
 * `from`/`to`) compared field by field; an edit recorded before both sides were kept lists its
 * new values only (`complete: false`). Null when the entry is no edit.
 */
export const changesOf = (action: string, data: unknown): AuditChanges | null => {
  if (!isRecord(data)) return null;
  const both = sides(data);
  if (both) {
    const [before, after] = both;
    if (!isRecord(before) || !isRecord(after))
      return same(before, after)
        ? { changes: [], complete: true }
        : { changes: [{ field: '', before, after }], complete: true };
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return {
      changes: fields
        .filter((field) => !same(before[field], after[field]))
        .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null })),
      complete: true,
    };
  }
  if (!action.endsWith('.update')) return null;
  return {
    changes: Object.entries(data).map(([field, after]) => ({ field, after })),
    complete: false,
  };
};

/** A value as plain text, for the CSV: text as it is, anything else as JSON. */
export const plainValue = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value ?? null);

/** An entry's changes as one line of text (`field: before → after; …`). */
export const changesLine = (changes: AuditChanges): string =>
  changes.changes
    .map(({ field, before, after }) =>
      [
        field && `${field}:`,
        before === undefined ? '' : `${plainValue(before)} →`,
        plainValue(after),
      ]
        .filter(Boolean)
        .join(' '),
    )
    .join('; ');
