import { timeZone } from '@fidele/i18n';
import { Badge, Card, EmptyState, formatDateTime, formatShortMoney } from '@fidele/ui';
import { formatReferralCode } from '@fidele/validators';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { signedIn } from '../../../auth.ts';
import { FriendsPictogram } from '../../../components/pictograms.tsx';
import { ReferralShare } from '../../../components/referral-share.tsx';
import {
  friendName,
  type MemberReferrals,
  progressKey,
  progressTone,
  type ReferralOfferTerms,
  type ReferralProgress,
  referralLink,
  referralOfferTerms,
} from '../../../components/referral-view.ts';
import { env } from '../../../env.ts';
import { serverCaller } from '../../../server-caller.ts';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('referrals'))('title'),
});

type Translate = Awaited<ReturnType<typeof getTranslations<'referrals'>>>;
type Standing = { progress: ReferralProgress; points: number | null; rewardDue: Date | null };

/** Money as the offer says it: "30 €", "€7.50". */
const euros = (amount: number, locale: string) => formatShortMoney(amount, 'EUR', locale);

/** What a referral pays, in one sentence ("Your friend gets 100 points on … ; you get 200."). */
const offerSentence = (t: Translate, terms: ReferralOfferTerms, locale: string) => {
  if (terms.kind === 'none') return t('offer.none');
  const purchase =
    terms.minAmount === null
      ? t('offer.purchaseAny')
      : t('offer.purchaseMin', { amount: euros(terms.minAmount, locale) });
  return t(`offer.${terms.kind}`, {
    friend: terms.friendPoints,
    you: terms.referrerPoints,
    purchase,
    where: t(`offer.where.${terms.where}`),
  });
};

/** The invitation's words before the link: the friend's points when there are some. */
const shareText = (t: Translate, terms: ReferralOfferTerms, locale: string) => {
  if (terms.kind === 'none' || terms.friendPoints === 0) return t('message.plain');
  return terms.minAmount === null
    ? t('message.points', { points: terms.friendPoints })
    : t('message.pointsMin', {
        points: terms.friendPoints,
        amount: euros(terms.minAmount, locale),
      });
};

/** Where a referral stands, in words: a friend's (to her) or her own (`referredBy`). */
const standingWords = (
  t: Translate,
  group: 'progress' | 'referredBy.progress',
  standing: Standing,
  locale: string,
) =>
  t(`${group}.${progressKey(standing)}`, {
    count: standing.points ?? 0,
    date: standing.rewardDue ? formatDateTime(standing.rewardDue, locale, 'date', timeZone) : '',
  });

/** The member who referred her, and what her own first purchase pays her. */
const ReferredBy = ({
  t,
  referredBy,
  terms,
  locale,
}: {
  t: Translate;
  referredBy: NonNullable<MemberReferrals['referredBy']>;
  terms: ReferralOfferTerms;
  locale: string;
}) => {
  // Before her purchase qualified, the live offer says what it will pay her.
  const promise =
    terms.kind !== 'none' &&
    terms.friendPoints > 0 &&
    (referredBy.progress === 'WAITING_PURCHASE' || referredBy.progress === 'UNDER_REVIEW')
      ? terms.minAmount === null
        ? t('referredBy.offerAny', {
            count: terms.friendPoints,
            where: t(`offer.where.${terms.where}`),
          })
        : t('referredBy.offerMin', {
            count: terms.friendPoints,
            amount: euros(terms.minAmount, locale),
            where: t(`offer.where.${terms.where}`),
          })
      : null;
  return (
    <section
      aria-labelledby="referred-by-title"
      data-testid="referred-by"
      data-progress={referredBy.progress}
      className="flex flex-col gap-2 rounded-card bg-brand-50 p-4 ring-1 ring-brand-200 ring-inset sm:p-6"
    >
      <h2 id="referred-by-title" className="text-lg font-semibold">
        {t('referredBy.title', { name: friendName(referredBy) })}
      </h2>
      {promise ? <p>{promise}</p> : null}
      <p>
        <Badge tone={progressTone(referredBy.progress)}>
          {standingWords(t, 'referredBy.progress', referredBy, locale)}
        </Badge>
      </p>
    </section>
  );
};

/** The friends who joined through her, the newest first, each with where their referral stands. */
const Friends = ({
  t,
  friends,
  earned,
  locale,
}: {
  t: Translate;
  friends: MemberReferrals['friends'];
  earned: number;
  locale: string;
}) => (
  <Card as="section" aria-labelledby="referral-friends-title" className="flex flex-col gap-3">
    <div>
      <h2 id="referral-friends-title" className="text-lg font-semibold">
        {t('friendsTitle')}
      </h2>
      {friends.length > 0 ? (
        <p data-testid="referral-earned" className="mt-1 font-semibold text-brand-800">
          {t('earned', { count: earned })}
        </p>
      ) : null}
    </div>
    {friends.length === 0 ? (
      <EmptyState
        icon={<FriendsPictogram />}
        title={t('emptyTitle')}
        description={t('emptyBody')}
      />
    ) : (
      <ul aria-labelledby="referral-friends-title" className="flex flex-col divide-y divide-border">
        {friends.map((friend) => (
          <li
            key={friend.id}
            data-testid="referral-friend"
            data-progress={friend.progress}
            className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0"
          >
            <p className="font-semibold break-words">{friendName(friend)}</p>
            <p className="text-sm text-ink-muted">
              {t('joinedOn', {
                date: formatDateTime(friend.joinedAt, locale, 'date', timeZone),
              })}
            </p>
            <p>
              <Badge tone={progressTone(friend.progress)}>
                {standingWords(t, 'progress', friend, locale)}
              </Badge>
            </p>
          </li>
        ))}
      </ul>
    )}
  </Card>
);

/**
 * "Invite friends": what a referral pays, her code and her link to share, the friends who joined
 * through her and where each stands, and who invited her. Read on the server (opening it records
 * where she is, for the referral checks); only the sharing buttons run in the browser.
 */
const ReferralsPage = async () => {
  const customer = await signedIn();
  if (!customer) redirect('/sign-in');
  const referrals = await (await serverCaller(customer)).referrals.mine();
  const t = await getTranslations('referrals');
  const locale = await getLocale();
  const terms = referralOfferTerms(referrals.offer);
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p data-testid="referral-offer" className="mt-1 text-lg">
          {offerSentence(t, terms, locale)}
        </p>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      <ReferralShare
        code={formatReferralCode(referrals.code)}
        link={referralLink(env().PORTAL_URL, referrals.code)}
        text={shareText(t, terms, locale)}
        subject={t('message.subject')}
      />
      {referrals.referredBy ? (
        <ReferredBy t={t} referredBy={referrals.referredBy} terms={terms} locale={locale} />
      ) : null}
      <Friends t={t} friends={referrals.friends} earned={referrals.earned} locale={locale} />
    </div>
  );
};

export default ReferralsPage;
