'use client';

import { formatMoney, useFormatSettings } from '@fidele/ui';
import { useFormatter, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { PROGRAMME_CURRENCY, type RuleChannel } from '@fidele/validators';
import type { StaffOutputs } from '@/trpc/types.ts';
import { kindChannels } from './earn-rule-form-values.ts';

export type EarnRule = StaffOutputs['earnRules']['list'][number];

/**
 * What a rule does, in one plain sentence: "1 point per € in shops", "×2 on Wed in Paris Marais,
 * 1–30 Nov", "Shoes earn ×3", "At most 500 points a day", "200 points to the member who referred,
 * 100 to the friend, on her first purchase of €30.00 or more".
 */
export const useEarnRuleWords = (shopNames: Map<string, string>) => {
  const t = useTranslations('earnRules.words');
  const format = useFormatter();
  const { locale } = useFormatSettings();
  return useCallback(
    (rule: EarnRule): string => {
      const what = (() => {
        switch (rule.kind) {
          case 'BASE_RATE':
            return t('base', { rate: (rule.rate ?? 0) / 100 });
          case 'PROMOTION':
            return t('promotion', { multiplier: (rule.multiplier ?? 100) / 100 });
          case 'PRODUCT_BONUS':
            return t('bonus', {
              what: rule.sku ?? rule.category ?? '',
              multiplier: (rule.multiplier ?? 100) / 100,
              points: rule.points ?? 0,
            });
          case 'PURCHASE_CAP':
            return t('purchaseCap', { points: rule.points ?? 0 });
          case 'DAILY_CAP':
            return t('dailyCap', { points: rule.points ?? 0 });
          case 'SIGNUP_BONUS':
            return t('signupBonus', { points: rule.points ?? 0 });
          case 'PROFILE_BONUS':
            return t('profileBonus', { points: rule.points ?? 0 });
          case 'BIRTHDAY_BONUS':
            return t('birthdayBonus', { points: rule.points ?? 0 });
          case 'NEW_CHANNEL_BONUS':
            return t('newChannelBonus', { points: rule.points ?? 0 });
          case 'REFERRAL_BONUS':
            return t(rule.minAmount ? 'referralBonusFrom' : 'referralBonus', {
              points: rule.points ?? 0,
              friendPoints: rule.friendPoints ?? 0,
              amount: formatMoney(rule.minAmount ?? 0, PROGRAMME_CURRENCY, locale),
            });
        }
      })();
      const where = [
        rule.channels.length > 0 && rule.channels.length < kindChannels(rule.kind).length
          ? rule.channels.map((channel) => t(`channel.${channel as RuleChannel}`)).join(', ')
          : null,
        rule.shopIds.length > 0
          ? t('in', { shops: rule.shopIds.map((id) => shopNames.get(id) ?? '?').join(', ') })
          : null,
        rule.weekdays.length > 0
          ? t('on', {
              days: rule.weekdays
                .map((day) =>
                  format.dateTime(new Date(Date.UTC(2024, 0, day)), {
                    weekday: 'long',
                    timeZone: 'UTC',
                  }),
                )
                .join(', '),
            })
          : null,
        rule.startsAt && rule.endsAt
          ? format.dateTimeRange(rule.startsAt, new Date(rule.endsAt.getTime() - 1), {
              day: 'numeric',
              month: 'short',
              year: 'numeric',
            })
          : rule.startsAt
            ? t('from', { date: format.dateTime(rule.startsAt, { dateStyle: 'medium' }) })
            : rule.endsAt
              ? t('until', { date: format.dateTime(rule.endsAt, { dateStyle: 'medium' }) })
              : null,
      ].filter(Boolean);
      return [what, ...where].join(' · ');
    },
    [t, format, locale, shopNames],
  );
};
