import { tierLadderInput } from '@fidele/validators';
import type { StaffInputs, StaffOutputs } from '@/trpc/types.ts';

export type TierView = StaffOutputs['tiers']['list'][number];
export type LadderInput = StaffInputs['tiers']['save'];

/** The ladder's limit, as the procedure's schema sets it. */
export const MAX_TIERS = 10;

/** One tier as typed in the table: the multiplier as a decimal ("1.25"), the threshold as text. */
export type TierRow = {
  /** Stable while the row moves: the tier's id, or a made-up key for a tier being added. */
  key: string;
  id?: string;
  code: string;
  name: string;
  nameFr: string;
  colour: string;
  threshold: string;
  multiplier: string;
  benefitsEn: string;
  benefitsFr: string;
};

export type LadderField = Exclude<keyof TierRow, 'key' | 'id'>;

/** An error next to one field: the message key (under `tiers.errors`) and its values. */
export type FieldError = {
  key:
    | 'code'
    | 'codeTaken'
    | 'name'
    | 'nameFr'
    | 'colour'
    | 'threshold'
    | 'entryThreshold'
    | 'thresholdOrder'
    | 'multiplier'
    | 'benefits';
  values?: { below: string; threshold: number };
};

export type LadderErrors = {
  /** By row key, then field. */
  rows: Record<string, Partial<Record<LadderField, FieldError>>>;
  /** A refusal of the ladder as a whole that no field explains. */
  ladder?: boolean;
};

export const DEFAULT_COLOUR = '#64748b';

let added = 0;

/** A blank row for a tier being added (a neutral colour, earning ×1). */
export const newTierRow = (locale: string): TierRow => ({
  key: `new-${++added}`,
  code: '',
  name: '',
  nameFr: '',
  colour: DEFAULT_COLOUR,
  threshold: '',
  multiplier: multiplierText(100, locale),
  benefitsEn: '',
  benefitsFr: '',
});

/** 125 → "1.25" (or "1,25" in French): the ×100 integer as staff type it. */
export const multiplierText = (value: number, locale: string): string => {
  const text = String(value / 100);
  return locale === 'fr' ? text.replace('.', ',') : text;
};

/** "1.25", "1,25" or "×1.25" → 125; NaN when it is not a number with at most 2 decimals. */
export const multiplierValue = (text: string): number => {
  const normalized = text
    .trim()
    .replace(/^[×x]\s*/i, '')
    .replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return Number.NaN;
  return Math.round(Number(normalized) * 100);
};

/** A whole number typed in a field ("1000", not "1e3" or "10.5"); NaN otherwise. */
export const wholeValue = (text: string): number => {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
};

export const rowsFrom = (tiers: readonly TierView[], locale: string): TierRow[] =>
  tiers.map((tier) => ({
    key: tier.id,
    id: tier.id,
    code: tier.code,
    name: tier.name,
    nameFr: tier.nameFr,
    colour: tier.colour,
    threshold: String(tier.threshold),
    multiplier: multiplierText(tier.earnMultiplier, locale),
    benefitsEn: tier.benefitsEn,
    benefitsFr: tier.benefitsFr,
  }));

const SCHEMA_FIELDS: Record<string, LadderField> = {
  code: 'code',
  name: 'name',
  nameFr: 'nameFr',
  colour: 'colour',
  threshold: 'threshold',
  earnMultiplier: 'multiplier',
  benefitsEn: 'benefitsEn',
  benefitsFr: 'benefitsFr',
};

const FIELD_ERRORS: Record<LadderField, FieldError['key']> = {
  code: 'code',
  name: 'name',
  nameFr: 'nameFr',
  colour: 'colour',
  threshold: 'threshold',
  multiplier: 'multiplier',
  benefitsEn: 'benefits',
  benefitsFr: 'benefits',
};

/** The message key of a field's error, whatever the schema said about it. */
export const fieldErrorKey = (field: LadderField): FieldError['key'] => FIELD_ERRORS[field];

/** The field of a schema issue path such as `['tiers', 2, 'threshold']` (or `tiers.2.threshold`). */
export const issueField = (
  path: readonly PropertyKey[] | string,
): { index: number; field: LadderField } | null => {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const [root, index, name] = parts;
  const field = name === undefined ? undefined : SCHEMA_FIELDS[name];
  if (root !== 'tiers' || index === undefined || !/^\d+$/.test(index) || !field) return null;
  return { index: Number(index), field };
};

/** The first ladder field among the paths a refused input names (`tiers.2.threshold`, …). */
export const serverIssueField = (paths: readonly string[]) =>
  paths.map((path) => issueField(path)).find((field) => field !== null) ?? null;

/**
 * Reads the table with the procedure's own schema, then checks the ladder as the server will
 * (`invalid_tier_ladder`): the entry tier at 0, each threshold above the one below, one code per
 * tier. Every problem is reported next to its field, all at once.
 */
export const readLadder = (rows: readonly TierRow[]): { input: LadderInput } | LadderErrors => {
  const errors: LadderErrors = { rows: {} };
  const fail = (index: number, field: LadderField, error: FieldError) => {
    const key = rows[index]?.key;
    if (key === undefined) {
      errors.ladder = true;
      return;
    }
    errors.rows[key] = { [field]: error, ...errors.rows[key] };
  };

  const tiers = rows.map((row) => ({
    ...(row.id ? { id: row.id } : {}),
    code: row.code,
    name: row.name,
    nameFr: row.nameFr,
    benefitsEn: row.benefitsEn,
    benefitsFr: row.benefitsFr,
    colour: row.colour,
    threshold: wholeValue(row.threshold),
    earnMultiplier: multiplierValue(row.multiplier),
  }));
  const parsed = tierLadderInput.safeParse({ tiers });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const at = issueField(issue.path);
      if (at) fail(at.index, at.field, { key: FIELD_ERRORS[at.field] });
      // Ladder-wide: a duplicate code (the schema's refinement) is reported on its row below;
      // the size limits are kept by the table itself.
      else if (issue.code !== 'custom') errors.ladder = true;
    }

  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const code = row.code.trim().toUpperCase();
    if (code && seen.has(code)) fail(index, 'code', { key: 'codeTaken' });
    seen.add(code);
  });

  tiers.forEach((tier, index) => {
    if (Number.isNaN(tier.threshold)) return;
    if (index === 0) {
      if (tier.threshold !== 0) fail(0, 'threshold', { key: 'entryThreshold' });
      return;
    }
    const below = tiers[index - 1]!;
    if (!Number.isNaN(below.threshold) && tier.threshold <= below.threshold)
      fail(index, 'threshold', {
        key: 'thresholdOrder',
        values: {
          below: below.code.trim().toUpperCase() || `#${index}`,
          threshold: below.threshold,
        },
      });
  });

  if (parsed.success && Object.keys(errors.rows).length === 0 && !errors.ladder)
    return { input: parsed.data };
  return errors;
};

/** The tiers of the saved ladder that the table no longer has: saving removes them. */
export const removedTiers = (saved: readonly TierView[], rows: readonly TierRow[]): TierView[] =>
  saved.filter((tier) => !rows.some((row) => row.id === tier.id));

/** Whether the table differs from the saved ladder (order included), whatever the language. */
export const ladderChanged = (saved: readonly TierView[], rows: readonly TierRow[]): boolean =>
  saved.length !== rows.length ||
  rows.some((row, index) => {
    const tier = saved[index]!;
    return (
      row.id !== tier.id ||
      row.code !== tier.code ||
      row.name !== tier.name ||
      row.nameFr !== tier.nameFr ||
      row.colour !== tier.colour ||
      row.benefitsEn !== tier.benefitsEn ||
      row.benefitsFr !== tier.benefitsFr ||
      wholeValue(row.threshold) !== tier.threshold ||
      multiplierValue(row.multiplier) !== tier.earnMultiplier
    );
  });
