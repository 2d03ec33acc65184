'use client';

import { Button, localisedName, SelectField, TextField } from '@fidele/ui';
import { PRIZE_KINDS } from '@fidele/validators';
import { useLocale, useTranslations } from 'next-intl';
import { type GameFormField, newPrize, type PrizeFormValues } from './game-form-values.ts';

export const prizeFieldId = (row: number, field: keyof PrizeFormValues) =>
  `game-prizes-${row}-${field}`;

/**
 * A wheel's or a scratch card's prize table, row by row in draw order: what each gives (points, a
 * catalog reward or "try again"), its labels, its chance, its stock and whether it is won at
 * winning moments spread over the period instead of by chance.
 */
export const PrizeTableFields = ({
  prizes,
  onChange,
  rewards,
  errors,
  clearError,
}: {
  prizes: PrizeFormValues[];
  onChange: (prizes: PrizeFormValues[]) => void;
  /** The active rewards a prize may give. */
  rewards: { id: string; nameEn: string; nameFr: string }[];
  errors: readonly GameFormField[];
  clearError: (field: GameFormField) => void;
}) => {
  const t = useTranslations('gameForm');
  const locale = useLocale();
  const setRow = (row: number, change: Partial<PrizeFormValues>) => {
    onChange(prizes.map((prize, index) => (index === row ? { ...prize, ...change } : prize)));
    for (const field of Object.keys(change)) clearError(`prizes.${row}.${field}`);
    if ('chance' in change) clearError('prizes');
  };
  const input = (row: number, field: 'labelEn' | 'labelFr' | 'points' | 'chance' | 'stock') => ({
    id: prizeFieldId(row, field),
    name: `prizes.${row}.${field}`,
    value: prizes[row]![field],
    onChange: (event: { target: { value: string } }) =>
      setRow(row, { [field]: event.target.value }),
    error: errors.includes(`prizes.${row}.${field}`) ? t(`errors.prize.${field}`) : undefined,
  });

  return (
    <ol className="flex flex-col gap-4">
      {prizes.map((prize, row) => (
        <li
          key={row}
          className="flex flex-col gap-3 rounded-control border border-border p-4"
          data-testid="prize-row"
        >
          <div className="flex flex-wrap items-end justify-between gap-3">
            <SelectField
              label={t('prize.kind', { row: row + 1 })}
              id={prizeFieldId(row, 'kind')}
              value={prize.kind}
              onChange={(event) =>
                setRow(row, { kind: event.target.value as PrizeFormValues['kind'] })
              }
              options={PRIZE_KINDS.map((kind) => ({ value: kind, label: t(`prizeKinds.${kind}`) }))}
            />
            <Button
              variant="ghost"
              size="sm"
              onClick={() => onChange(prizes.filter((_, index) => index !== row))}
              disabled={prizes.length <= 1}
            >
              {t('prize.remove', { row: row + 1 })}
            </Button>
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField label={t('prize.labelEn')} maxLength={60} {...input(row, 'labelEn')} />
            <div lang="fr">
              <TextField label={t('prize.labelFr')} maxLength={60} {...input(row, 'labelFr')} />
            </div>
          </div>
          <div className="grid gap-3 sm:grid-cols-3">
            {prize.kind === 'POINTS' ? (
              <TextField label={t('prize.points')} inputMode="numeric" {...input(row, 'points')} />
            ) : null}
            {prize.kind === 'REWARD' ? (
              <SelectField
                label={t('prize.reward')}
                id={prizeFieldId(row, 'rewardId')}
                value={prize.rewardId}
                onChange={(event) => setRow(row, { rewardId: event.target.value })}
                options={[
                  { value: '', label: t('prize.chooseReward') },
                  ...rewards.map((reward) => ({
                    value: reward.id,
                    label: localisedName(reward, 'name', locale),
                  })),
                ]}
                error={
                  errors.includes(`prizes.${row}.rewardId`) ? t('errors.prize.rewardId') : undefined
                }
              />
            ) : null}
            <TextField
              label={t('prize.chance')}
              inputMode="decimal"
              hint={t('prize.chanceHint')}
              {...input(row, 'chance')}
            />
            {prize.kind === 'TRY_AGAIN' ? null : (
              <TextField
                label={t('prize.stock')}
                inputMode="numeric"
                hint={t('prize.stockHint')}
                {...input(row, 'stock')}
              />
            )}
          </div>
          {prize.kind === 'TRY_AGAIN' ? null : (
            <label className="inline-flex min-h-10 items-center gap-2 text-sm">
              <input
                type="checkbox"
                id={prizeFieldId(row, 'paced')}
                className="size-5 accent-brand-700"
                checked={prize.paced}
                onChange={(event) =>
                  setRow(row, {
                    paced: event.target.checked,
                    // A prize won at winning moments has no chance of its own.
                    ...(event.target.checked ? { chance: '0' } : {}),
                  })
                }
              />
              {t('prize.paced')}
            </label>
          )}
          {errors.includes(`prizes.${row}.paced`) ? (
            <p className="text-sm font-medium text-danger-700">{t('errors.prize.paced')}</p>
          ) : null}
        </li>
      ))}
      <li>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => onChange([...prizes, newPrize()])}
          disabled={prizes.length >= 24}
        >
          {t('prize.add')}
        </Button>
      </li>
    </ol>
  );
};
