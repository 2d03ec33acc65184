'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { LoadedCheckList } from './check-list.tsx';

type Tier = StaffOutputs['tiers']['list'][number];
type Segment = { id: string; name: string };

/** A segment to tick: an active one, or one the record still targets though archived since. */
export type SegmentChoice = Segment & { archived?: boolean };

export type TargetField = 'tierIds' | 'segmentIds';

/** Where a refused target takes the focus: the segments' error shows under the tiers, first. */
export const targetFocus = (field: string): string => (field === 'segmentIds' ? 'tierIds' : field);

/** A targeted form's change of its tiers or segments: the ids ticked, their shared error cleared. */
export const targetSetter =
  <Values extends Record<TargetField, string[]>, Field extends string>(
    setValues: Dispatch<SetStateAction<Values>>,
    setErrors: Dispatch<SetStateAction<Field[]>>,
  ) =>
  (field: TargetField, ids: string[]) => {
    setValues((current) => ({ ...current, [field]: ids }));
    setErrors((current) => current.filter((f) => f !== 'tierIds' && f !== 'segmentIds'));
  };

/**
 * The tiers and the active segments a record (an offer, a private sale) can target; the
 * archived segments it still targets are listed among the segments too, so they can be unticked.
 */
export const useTargetChoices = (targetedSegments: readonly Segment[] = []) => {
  const trpc = useTRPC();
  const tiers = useQuery(trpc.tiers.list.queryOptions());
  const segments = useQuery(trpc.segments.list.queryOptions({ includeArchived: false }));
  const segmentChoices: SegmentChoice[] = [
    ...(segments.data ?? []),
    ...targetedSegments
      .filter((segment) => !segments.data?.some((s) => s.id === segment.id))
      .map((segment) => ({ ...segment, archived: true })),
  ];
  return { tiers, segments, segmentChoices };
};

export type TargetChoices = ReturnType<typeof useTargetChoices>;

/**
 * Who a record is for: customers on a ticked tier, and, when segments are ticked, in one of them
 * too. One error for both lists, under them. Its words are the form namespace's
 * `sections.target`, `targetHelp`, `tiers`, `segments`, `noTier`, `noSegment`, `archivedSegment`
 * and `errors.tierIds` / `errors.segmentIds`.
 */
export const TargetFields = ({
  namespace,
  choices,
  tierIds,
  segmentIds,
  onChange,
  errors,
  fieldId,
  tierLabel,
}: {
  namespace: string;
  choices: TargetChoices;
  tierIds: readonly string[];
  segmentIds: readonly string[];
  onChange: (field: TargetField, ids: string[]) => void;
  /** The form's fields in error; only `tierIds` and `segmentIds` are read. */
  errors: readonly string[];
  /** The id of a list's first checkbox, where the form moves focus to an error. */
  fieldId: (field: TargetField) => string;
  /** How a tier is named in its checkbox's label (its badge). */
  tierLabel: (tier: Tier) => ReactNode;
}) => {
  const t = useTranslations(namespace);
  const error = errors.includes('tierIds')
    ? t('errors.tierIds')
    : errors.includes('segmentIds')
      ? t('errors.segmentIds')
      : undefined;
  const errorId = `${fieldId('tierIds')}-error`;
  return (
    <fieldset
      className="flex min-w-0 flex-col gap-4"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="sr-only">{t('sections.target')}</legend>
      <p className="text-sm text-ink-muted">{t('targetHelp')}</p>
      <LoadedCheckList
        rows={choices.tiers}
        id={fieldId('tierIds')}
        legend={t('tiers')}
        options={(rows) => rows.map((tier) => ({ value: tier.id, label: tierLabel(tier) }))}
        selected={tierIds}
        onChange={(ids) => onChange('tierIds', ids)}
        empty={t('noTier')}
      />
      <LoadedCheckList
        rows={choices.segments}
        id={fieldId('segmentIds')}
        legend={t('segments')}
        options={() =>
          choices.segmentChoices.map((segment) => ({
            value: segment.id,
            label: segment.archived ? t('archivedSegment', { name: segment.name }) : segment.name,
          }))
        }
        selected={segmentIds}
        onChange={(ids) => onChange('segmentIds', ids)}
        empty={t('noSegment')}
      />
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};
