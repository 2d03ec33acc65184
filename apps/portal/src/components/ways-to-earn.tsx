import type { CustomerRouter } from '@fidele/api';
import { Card, formatDateTime, formatMultiplier, formatPoints, formatShortMoney } from '@fidele/ui';
import { timeZone } from '@fidele/i18n';
import { PROGRAMME_CURRENCY } from '@fidele/validators';
import type { inferRouterOutputs } from '@trpc/server';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';

export type WaysToEarn = inferRouterOutputs<CustomerRouter>['waysToEarn'];
type Rated = { channels: string[]; shops: string[] };

/** 2024-01-01 was a Monday: ISO weekday d is that date plus d − 1 days. */
const weekdayName = (weekday: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );

/** One way to earn: what it is called, and what it gives in words. */
const Way = ({ name, children, testId }: { name: string; children: ReactNode; testId: string }) => (
  <li data-testid={testId} className="flex flex-col gap-0.5 py-3 first:pt-0 last:pb-0">
    <h3 className="font-semibold text-ink">{name}</h3>
    <p className="text-sm text-ink-muted">{children}</p>
  </li>
);

const Ways = ({ children }: { children: ReactNode }) => (
  <ul className="flex flex-col divide-y divide-border">{children}</ul>
);

/** The server-rendered list of the ways to earn, section by section; sections without any are left out. */
export const WaysToEarnList = async ({ ways }: { ways: WaysToEarn }) => {
  const t = await getTranslations('earn');
  const locale = await getLocale();
  const lang = locale === 'fr' ? 'fr' : 'en';
  const points = (count: number) => t('points', { count, amount: formatPoints(count, locale) });
  const list = (items: string[]) => new Intl.ListFormat(locale).format(items);
  const where = ({ channels, shops }: Rated) =>
    shops.length
      ? t('where.shops', { shops: list(shops) })
      : channels.length === 1 && (channels[0] === 'STORE' || channels[0] === 'ESHOP')
        ? t(`where.${channels[0]}`)
        : t('where.anywhere');
  const rate = (value: number) =>
    t('rate', {
      points: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value / 100),
      count: value / 100,
      unit: formatShortMoney(100, PROGRAMME_CURRENCY, locale),
    });
  const { caps } = ways;
  const shopping = ways.purchases.length + ways.promotions.length + ways.productBonuses.length > 0;

  return (
    <>
      {shopping ? (
        <Card title={t('purchases')} data-testid="earn-purchases">
          <Ways>
            {ways.purchases.map((way) => (
              <Way key={way.ruleId} name={way.name} testId="way-to-earn">
                {t('purchaseRate', { rate: rate(way.rate), where: where(way) })}
              </Way>
            ))}
            {ways.promotions.map((way) => (
              <Way key={way.ruleId} name={way.name} testId="way-to-earn">
                {[
                  t('promotion', {
                    multiplier: formatMultiplier(way.multiplier, locale),
                    where: where(way),
                  }),
                  way.weekdays.length
                    ? t('onDays', { days: list(way.weekdays.map((d) => weekdayName(d, locale))) })
                    : null,
                  way.endsAt
                    ? t('until', { date: formatDateTime(way.endsAt, locale, 'long', timeZone) })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Way>
            ))}
            {ways.productBonuses.map((way) => (
              <Way key={way.ruleId} name={way.name} testId="way-to-earn">
                {[
                  way.sku
                    ? t('product.sku', { sku: way.sku })
                    : t('product.category', { category: way.category ?? '' }),
                  way.multiplier > 100
                    ? t('product.multiplier', {
                        multiplier: formatMultiplier(way.multiplier, locale),
                      })
                    : null,
                  way.points > 0 ? t('product.points', { points: points(way.points) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Way>
            ))}
          </Ways>
          {caps.perPurchase !== null || caps.perDay !== null ? (
            <p className="mt-3 border-t border-border pt-3 text-sm text-ink-muted">
              {[
                caps.perPurchase !== null
                  ? t('caps.perPurchase', { points: points(caps.perPurchase) })
                  : null,
                caps.perDay !== null ? t('caps.perDay', { points: points(caps.perDay) }) : null,
              ]
                .filter(Boolean)
                .join(' ')}
            </p>
          ) : null}
        </Card>
      ) : null}
      {ways.bonuses.length || ways.referral ? (
        <Card title={t('bonuses')} data-testid="earn-bonuses">
          <Ways>
            {ways.bonuses.map((way) => (
              <Way key={way.ruleId} name={way.name} testId="way-to-earn">
                {t(`bonus.${way.kind}`, { points: points(way.points) })}
                {way.kind === 'PROFILE_BONUS' ? (
                  <>
                    {' '}
                    <Link href="/profile" className="font-semibold text-brand-800 underline">
                      {t('completeProfile')}
                    </Link>
                  </>
                ) : null}
              </Way>
            ))}
            {ways.referral ? (
              <Way name={ways.referral.name} testId="way-to-earn">
                {t('referral', {
                  you: points(ways.referral.referrerPoints),
                  friend: points(ways.referral.friendPoints),
                  minimum: ways.referral.minAmount > 0 ? 'yes' : 'no',
                  amount: formatShortMoney(ways.referral.minAmount, PROGRAMME_CURRENCY, locale),
                })}{' '}
                <Link href="/referrals" className="font-semibold text-brand-800 underline">
                  {t('inviteFriends')}
                </Link>
              </Way>
            ) : null}
          </Ways>
        </Card>
      ) : null}
      {ways.games.length || ways.contests.length ? (
        <Card title={t('play')} data-testid="earn-play">
          <Ways>
            {ways.games.map((game) => (
              <Way key={game.id} name={game.title[lang]} testId="way-to-earn">
                {game.bestPrize > 0
                  ? t('game', { points: points(game.bestPrize) })
                  : t('gameDaily')}{' '}
                <Link href={`/games/${game.id}`} className="font-semibold text-brand-800 underline">
                  {t('playGame', { game: game.title[lang] })}
                </Link>
              </Way>
            ))}
            {ways.contests.map((contest) => (
              <Way key={contest.slug} name={contest.title[lang]} testId="way-to-earn">
                {[
                  contest.entryPoints > 0
                    ? t('contestEntry', { points: points(contest.entryPoints) })
                    : null,
                  contest.prizePoints
                    ? t('contestPrize', { points: points(contest.prizePoints) })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}{' '}
                <Link
                  href={`/contests/${contest.slug}`}
                  className="font-semibold text-brand-800 underline"
                >
                  {t('enterContest', { contest: contest.title[lang] })}
                </Link>
              </Way>
            ))}
          </Ways>
        </Card>
      ) : null}
    </>
  );
};
