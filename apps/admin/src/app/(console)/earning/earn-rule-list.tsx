'use client';

import { Alert, Badge, Button, Card, Dialog, EmptyState, Skeleton } from '@fidele/ui';
import { EARN_RULE_KINDS } from '@fidele/validators';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { EarnRuleForm } from './earn-rule-form.tsx';
import { earnRuleFormFrom, emptyEarnRuleForm } from './earn-rule-form-values.ts';
import { type EarnRule, useEarnRuleWords } from './earn-rule-words.ts';

type Editing = { rule?: EarnRule } | null;

/** The rules grouped by kind in the engine's order, each said in plain words. */
export const EarnRuleList = () => {
  const t = useTranslations('earnRules');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rules = useQuery(trpc.earnRules.list.queryOptions({ includeArchived: true }));
  const shops = useQuery(trpc.purchases.shops.queryOptions());
  const shopNames = useMemo(
    () => new Map((shops.data?.shops ?? []).map((shop) => [shop.id, shop.name])),
    [shops.data],
  );
  const words = useEarnRuleWords(shopNames);
  const [editing, setEditing] = useState<Editing>(null);
  const [archiving, setArchiving] = useState<EarnRule | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const setArchived = useMutation(
    trpc.earnRules.setArchived.mutationOptions({
      onSuccess: async (_, input) => {
        await queryClient.invalidateQueries({ queryKey: trpc.earnRules.list.pathKey() });
        setDone(t(input.archived ? 'archived' : 'restored', { name: archiving?.name ?? '' }));
        setArchiving(null);
      },
    }),
  );

  if (rules.error) return <QueryError error={rules.error} onRetry={() => rules.refetch()} />;
  if (!rules.data)
    return (
      <div className="flex flex-col gap-3" aria-busy="true">
        {EARN_RULE_KINDS.map((kind) => (
          <Skeleton key={kind} className="h-20" />
        ))}
      </div>
    );

  const archive = archiving?.archivedAt ? 'restoreDialog' : 'archiveDialog';
  return (
    <div className="flex flex-col gap-6">
      {done ? <Alert tone="success" title={done} /> : null}
      {editing ? (
        <EarnRuleForm
          key={editing.rule?.id ?? 'new'}
          ruleId={editing.rule?.id}
          initial={editing.rule ? earnRuleFormFrom(editing.rule) : emptyEarnRuleForm}
          shops={shops.data?.shops ?? []}
          onCancel={() => setEditing(null)}
          onDone={(name) => {
            setEditing(null);
            setDone(t('saved', { name }));
          }}
        />
      ) : (
        <Button
          className="self-start"
          onClick={() => {
            setDone(null);
            setEditing({});
          }}
        >
          {t('new')}
        </Button>
      )}
      {rules.data.length === 0 ? (
        <EmptyState title={t('empty.title')} description={t('empty.description')} />
      ) : null}
      {EARN_RULE_KINDS.map((kind) => {
        const ofKind = rules.data.filter((rule) => rule.kind === kind);
        return (
          <Card key={kind} title={t(`kinds.${kind}`)}>
            <p className="mb-3 text-sm text-ink-muted">{t(`kindHelp.${kind}`)}</p>
            {ofKind.length === 0 ? (
              <p className="text-sm text-ink-muted">{t('noneOfKind')}</p>
            ) : (
              <ul className="divide-y divide-border">
                {ofKind.map((rule) => (
                  <li
                    key={rule.id}
                    className="flex flex-wrap items-center justify-between gap-3 py-3"
                  >
                    <div className="min-w-0">
                      <p className="font-semibold">
                        {rule.name}{' '}
                        {rule.archivedAt ? (
                          <Badge tone="neutral">{t('archivedBadge')}</Badge>
                        ) : null}
                      </p>
                      <p className="text-sm text-ink-muted">{words(rule)}</p>
                    </div>
                    <div className="flex gap-1">
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={t('editNamed', { name: rule.name })}
                        onClick={() => {
                          setDone(null);
                          setEditing({ rule });
                        }}
                      >
                        {t('edit')}
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={t(rule.archivedAt ? 'restoreNamed' : 'archiveNamed', {
                          name: rule.name,
                        })}
                        onClick={() => {
                          setDone(null);
                          setArchiving(rule);
                        }}
                      >
                        {t(rule.archivedAt ? 'restore' : 'archive')}
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        );
      })}
      <Dialog
        open={archiving !== null}
        onClose={() => !setArchived.isPending && setArchiving(null)}
        role="alertdialog"
        title={t(`${archive}.title`, { name: archiving?.name ?? '' })}
        description={t(`${archive}.description`)}
        actions={
          <>
            <Button
              variant="secondary"
              onClick={() => setArchiving(null)}
              disabled={setArchived.isPending}
            >
              {t('dialogCancel')}
            </Button>
            <Button
              variant={archiving?.archivedAt ? 'primary' : 'danger'}
              loading={setArchived.isPending}
              onClick={() =>
                archiving &&
                setArchived.mutate({ id: archiving.id, archived: !archiving.archivedAt })
              }
            >
              {t(`${archive}.confirm`)}
            </Button>
          </>
        }
      >
        {setArchived.error ? <Alert tone="danger">{t('dialogFailed')}</Alert> : null}
      </Dialog>
    </div>
  );
};
