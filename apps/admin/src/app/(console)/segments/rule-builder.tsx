'use client';

import { Button, classNames } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import type { TierView } from '../tiers/ladder-form-values.ts';
import { ConditionRow, inputId, type ShopChoice } from './condition-row.tsx';
import {
  appendTo,
  countConditions,
  type GroupDraft,
  MAX_CONDITIONS,
  MAX_DEPTH,
  newCondition,
  newGroup,
  type NodeDraft,
  removeNode,
  type SegmentErrors,
  setCombinator,
  updateCondition,
} from './segment-form-values.ts';

/** A change to the rules, and the node it touched (its errors go away). */
export type RuleChange = (change: (root: GroupDraft) => GroupDraft, touched: string) => void;

type Builder = {
  update: RuleChange;
  errors: SegmentErrors;
  tiers: readonly TierView[] | undefined;
  shops: readonly ShopChoice[] | undefined;
  readOnly: boolean;
  full: boolean;
  /** Conditions and groups numbered in reading order, for their names. */
  positions: ReadonlyMap<string, number>;
};

const focusLater = (id: string) =>
  // After React has rendered the change (a new row, a removed one).
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);

const firstCondition = (node: NodeDraft): string | undefined =>
  node.type === 'condition' ? node.key : node.rules[0] && firstCondition(node.rules[0]);

const numbered = (root: GroupDraft): Map<string, number> => {
  const positions = new Map<string, number>();
  let conditions = 0;
  let groups = 0;
  const walk = (group: GroupDraft) =>
    group.rules.forEach((node) => {
      if (node.type === 'condition') positions.set(node.key, ++conditions);
      else {
        positions.set(node.key, ++groups);
        walk(node);
      }
    });
  walk(root);
  return positions;
};

const addButtonId = (group: GroupDraft) => `segment-${group.key}-add`;

const GroupEditor = ({
  group,
  depth,
  builder,
  onRemove,
}: {
  group: GroupDraft;
  depth: number;
  builder: Builder;
  /** Removes the group from its parent (the root has none). */
  onRemove?: () => void;
}) => {
  const t = useTranslations('segments');
  const { update, errors, readOnly, full } = builder;
  const position = builder.positions.get(group.key) ?? 0;
  const groupError = errors.nodes[group.key]?.rules;
  const labelId = `segment-${group.key}-combinator`;

  const add = (node: NodeDraft) => {
    update((root) => appendTo(root, group.key, node), group.key);
    const first = firstCondition(node);
    if (first) focusLater(inputId(first, 'field'));
  };
  const remove = (key: string) => {
    update((root) => removeNode(root, key), key);
    focusLater(addButtonId(group));
  };

  return (
    <div
      data-testid="segment-group"
      data-depth={depth}
      data-combinator={group.combinator}
      role="group"
      aria-label={depth === 1 ? t('rules.rootName') : t('rules.groupName', { position })}
      className={classNames(
        'flex min-w-0 flex-col gap-3',
        depth > 1 && 'rounded-card border border-border-strong bg-surface-muted p-3',
      )}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <span id={labelId} className="text-sm font-medium text-ink">
            {t(depth === 1 ? 'rules.matchRoot' : 'rules.matchGroup')}
          </span>
          <div
            role="group"
            aria-labelledby={labelId}
            className="inline-flex rounded-control bg-surface p-0.5 ring-1 ring-border-strong ring-inset"
          >
            {(['and', 'or'] as const).map((combinator) => {
              const pressed = group.combinator === combinator;
              return (
                <button
                  key={combinator}
                  type="button"
                  aria-pressed={pressed}
                  disabled={readOnly}
                  onClick={() =>
                    update((root) => setCombinator(root, group.key, combinator), group.key)
                  }
                  className={classNames(
                    'min-h-9 rounded-control px-3 text-sm font-semibold',
                    pressed ? 'bg-brand-700 text-on-brand' : 'text-brand-800 hover:bg-brand-50',
                    readOnly && !pressed && 'text-ink-muted hover:bg-transparent',
                  )}
                >
                  {t(`rules.combinators.${combinator}`)}
                </button>
              );
            })}
          </div>
        </div>
        {onRemove && !readOnly ? (
          <Button
            size="sm"
            variant="ghost"
            className="text-danger-700 hover:bg-danger-50"
            onClick={onRemove}
          >
            {t('rules.removeGroup', { position })}
          </Button>
        ) : null}
      </div>

      {groupError ? (
        <p
          id={inputId(group.key, 'rules')}
          tabIndex={-1}
          className="text-sm font-medium text-danger-700"
        >
          {t(`errors.${groupError}`)}
        </p>
      ) : null}

      {group.rules.length > 0 ? (
        <ol className="flex flex-col gap-2">
          {group.rules.map((node, index) => (
            <li key={node.key} className="flex min-w-0 flex-col gap-2">
              {index > 0 ? (
                <span className="self-start rounded-pill bg-brand-100 px-2.5 py-0.5 text-xs font-bold tracking-wide text-brand-900 uppercase">
                  {t(`rules.join.${group.combinator}`)}
                </span>
              ) : null}
              {node.type === 'group' ? (
                <GroupEditor
                  group={node}
                  depth={depth + 1}
                  builder={builder}
                  onRemove={() => remove(node.key)}
                />
              ) : (
                <ConditionRow
                  condition={node}
                  position={builder.positions.get(node.key) ?? 0}
                  errors={errors.nodes[node.key]}
                  tiers={builder.tiers}
                  shops={builder.shops}
                  readOnly={readOnly}
                  onChange={(patch) =>
                    update((root) => updateCondition(root, node.key, patch), node.key)
                  }
                  onRemove={() => remove(node.key)}
                />
              )}
            </li>
          ))}
        </ol>
      ) : null}

      {readOnly ? null : (
        <div className="flex flex-wrap items-center gap-2">
          <Button
            id={addButtonId(group)}
            size="sm"
            variant="secondary"
            disabled={full}
            onClick={() => add(newCondition())}
          >
            {t('rules.addCondition')}
          </Button>
          {depth < MAX_DEPTH ? (
            <Button
              size="sm"
              variant="secondary"
              disabled={full}
              // A group inside an AND is most often an OR, and the other way round.
              onClick={() => add(newGroup(group.combinator === 'and' ? 'or' : 'and'))}
            >
              {t('rules.addGroup')}
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
};

/**
 * The rules as nested groups: each group combines its conditions and groups with AND or OR,
 * groups go at most three deep and the whole holds at most thirty conditions.
 */
export const RuleBuilder = ({
  root,
  update,
  errors,
  tiers,
  shops,
  readOnly,
}: {
  root: GroupDraft;
  update: RuleChange;
  errors: SegmentErrors;
  tiers: readonly TierView[] | undefined;
  shops: readonly ShopChoice[] | undefined;
  readOnly: boolean;
}) => {
  const t = useTranslations('segments');
  const full = countConditions(root) >= MAX_CONDITIONS;
  return (
    <div className="flex flex-col gap-3">
      <GroupEditor
        group={root}
        depth={1}
        builder={{ update, errors, tiers, shops, readOnly, full, positions: numbered(root) }}
      />
      {full && !readOnly ? (
        <p className="text-sm text-ink-muted" role="status">
          {t('rules.maxConditions', { max: MAX_CONDITIONS })}
        </p>
      ) : null}
    </div>
  );
};
