'use client';

import { Alert, Button, buttonStyles, Card, TextAreaField, TextField } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, type ReactNode, useState } from 'react';
import { failureCode } from '@/components/query-error.tsx';
import { SavedAlert } from '@/components/record-history.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { inputId } from './condition-row.tsx';
import { RuleBuilder, type RuleChange } from './rule-builder.tsx';
import {
  CONDITION_SLOTS,
  draftFrom,
  type GroupDraft,
  hasErrors,
  newRoot,
  noErrors,
  readSegment,
  type SegmentErrors,
  type SegmentView,
} from './segment-form-values.ts';
import { SegmentCount, SegmentSample, useSegmentPreview } from './segment-preview.tsx';

const NAME_ID = 'segment-name';
const DESCRIPTION_ID = 'segment-description';

/** The id of the first input in error, in reading order. */
const firstErrorId = (root: GroupDraft, errors: SegmentErrors): string | undefined => {
  if (errors.name) return NAME_ID;
  if (errors.description) return DESCRIPTION_ID;
  const walk = (group: GroupDraft): string | undefined => {
    if (errors.nodes[group.key]?.rules) return inputId(group.key, 'rules');
    for (const node of group.rules) {
      const found =
        node.type === 'group'
          ? walk(node)
          : CONDITION_SLOTS.filter((slot) => errors.nodes[node.key]?.[slot]).map((slot) =>
              inputId(node.key, slot),
            )[0];
      if (found) return found;
    }
    return undefined;
  };
  return walk(root);
};

/**
 * A segment's name, description and rules, with the live count and a sample of the members the
 * rules select as they are edited. Checked with the procedure's schema before saving; read-only
 * for the roles that do not run the programme.
 */
export const SegmentForm = ({
  segment,
  justCreated = false,
  aside,
}: {
  /** The saved segment; a new one without it. */
  segment?: SegmentView;
  justCreated?: boolean;
  /** More beside the count (the segment's status), told whether there are unsaved changes. */
  aside?: (state: { changed: boolean }) => ReactNode;
}) => {
  const t = useTranslations('segments');
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const canManage = useCan('programme:manage');
  const readOnly = !canManage;
  const [name, setName] = useState(segment?.name ?? '');
  const [description, setDescription] = useState(segment?.description ?? '');
  const [root, setRoot] = useState(() => (segment ? draftFrom(segment.rule, locale) : newRoot()));
  const [errors, setErrors] = useState<SegmentErrors>(noErrors);
  const [changed, setChanged] = useState(false);
  const tiers = useQuery(trpc.tiers.list.queryOptions());
  const shops = useQuery(trpc.purchases.shops.queryOptions());
  const preview = useSegmentPreview(root);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.segments.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
    ]);
  const create = useMutation(
    trpc.segments.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await refresh();
        router.push(`/segments/${id}?created=1`);
      },
    }),
  );
  const update = useMutation(
    trpc.segments.update.mutationOptions({
      onSuccess: async () => {
        setChanged(false);
        await refresh();
      },
    }),
  );
  const save = segment ? update : create;
  const failure = failureCode(save.error);

  const edited = () => {
    setChanged(true);
    if (!update.isIdle) update.reset();
  };
  const updateRule: RuleChange = (change, touched) => {
    setRoot(change);
    setErrors(({ nodes: { [touched]: _, ...nodes }, ...rest }) => ({
      ...rest,
      nodes,
      general: false,
    }));
    edited();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (readOnly) return;
    const read = readSegment({ name, description, root });
    if ('errors' in read) {
      setErrors(read.errors);
      const first = firstErrorId(root, read.errors);
      if (first) document.getElementById(first)?.focus();
      return;
    }
    setErrors(noErrors);
    if (segment) update.mutate({ segmentId: segment.id, ...read.input });
    else create.mutate(read.input);
  };

  const fieldErrors = hasErrors({ ...errors, general: false });
  const created = justCreated && update.isIdle && !changed;

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_22rem] xl:items-start"
    >
      <div className="flex min-w-0 flex-col gap-6">
        {readOnly ? <Alert tone="info">{t('readOnly')}</Alert> : null}
        {fieldErrors ? <Alert tone="danger">{t('invalid')}</Alert> : null}
        {errors.general ? <Alert tone="danger">{t('errors.general')}</Alert> : null}
        {failure ? (
          <Alert tone="danger">
            {failure === 'FORBIDDEN'
              ? t('forbidden')
              : failure === 'BAD_REQUEST'
                ? t('errors.general')
                : t('failed')}
          </Alert>
        ) : null}
        {update.isSuccess || created ? (
          <SavedAlert
            title={t(update.isSuccess ? 'saved' : 'created')}
            seeHistory={t('seeHistory')}
          />
        ) : null}

        <Card title={t('sections.details')}>
          <fieldset disabled={readOnly} className="flex min-w-0 flex-col gap-4">
            <TextField
              id={NAME_ID}
              label={t('name')}
              maxLength={120}
              required
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setErrors((current) => ({ ...current, name: undefined }));
                edited();
              }}
              error={errors.name ? t(`errors.${errors.name}`) : undefined}
            />
            <TextAreaField
              id={DESCRIPTION_ID}
              label={t('descriptionLabel')}
              hint={t('descriptionHint')}
              rows={2}
              maxLength={500}
              value={description}
              onChange={(event) => {
                setDescription(event.target.value);
                setErrors((current) => ({ ...current, description: undefined }));
                edited();
              }}
              error={errors.description ? t(`errors.${errors.description}`) : undefined}
            />
          </fieldset>
        </Card>

        <Card title={t('sections.rules')}>
          <p className="mb-4 text-sm text-ink-muted">{t('rules.help')}</p>
          <fieldset disabled={readOnly} className="min-w-0">
            <legend className="sr-only">{t('sections.rules')}</legend>
            <RuleBuilder
              root={root}
              update={updateRule}
              errors={errors}
              tiers={tiers.data}
              shops={shops.data?.shops}
              readOnly={readOnly}
            />
          </fieldset>
        </Card>

        <SegmentSample state={preview} tiers={tiers.data} />

        {readOnly ? null : (
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" loading={save.isPending || create.isSuccess}>
              {t(segment ? 'save' : 'create')}
            </Button>
            <Link href="/segments" className={buttonStyles({ variant: 'secondary' })}>
              {t('cancel')}
            </Link>
            {changed && segment ? (
              <span className="text-sm text-ink-muted" role="status">
                {t('unsaved')}
              </span>
            ) : null}
          </div>
        )}
      </div>

      <div className="order-first flex min-w-0 flex-col gap-6 xl:sticky xl:top-6 xl:order-none">
        <SegmentCount state={preview} />
        {aside?.({ changed })}
      </div>
    </form>
  );
};
