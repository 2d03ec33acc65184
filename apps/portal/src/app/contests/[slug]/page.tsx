import { type CustomerRouter, formRefusalOf } from '@fidele/api';
import { Alert, Badge, buttonStyles, Card, DateTime } from '@fidele/ui';
import { contestSlugInput, SOCIAL_NETWORK_NAMES } from '@fidele/validators';
import type { inferRouterOutputs } from '@trpc/server';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { cache } from 'react';
import { signedIn } from '../../../auth.ts';
import { BrandMark } from '../../../components/brand-mark.tsx';
import { ContestDraw } from '../../../components/contest-draw.tsx';
import { ContestEntries } from '../../../components/contest-entries.tsx';
import { ContestEntryForm } from '../../../components/contest-entry-form.tsx';
import { PortalLocaleSwitcher } from '../../../components/portal-locale-switcher.tsx';
import { PostLink } from '../../../components/post-link.tsx';
import { serverCaller } from '../../../server-caller.ts';

type Contest = inferRouterOutputs<CustomerRouter>['contests']['bySlug'];
type ContestPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ entered?: string }>;
};

/** The contest, with the member's entries when she is signed in; null when there is none. */
const readContest = cache(async (slug: string) => {
  const parsed = contestSlugInput.safeParse({ slug });
  if (!parsed.success) return { contest: null, signedIn: false };
  const customer = await signedIn();
  try {
    const contest = await (await serverCaller(customer ?? undefined)).contests.bySlug(parsed.data);
    return { contest, signedIn: Boolean(customer) };
  } catch (error) {
    formRefusalOf(error, { contest_not_found: 'notFound' });
    return { contest: null, signedIn: Boolean(customer) };
  }
});

export const generateMetadata = async ({ params }: ContestPageProps): Promise<Metadata> => {
  const { contest } = await readContest((await params).slug);
  const locale = await getLocale();
  return { title: contest ? contest.title[locale] : (await getTranslations('contests'))('title') };
};

/** What a member can win and how often she may enter, in her words. */
const ContestFacts = async ({ contest }: { contest: Contest }) => {
  const t = await getTranslations('contests');
  const locale = await getLocale();
  const networks = new Intl.ListFormat(locale, { type: 'disjunction' }).format(
    contest.networks.map((network) => SOCIAL_NETWORK_NAMES[network]),
  );
  const facts = [
    t('networks', { networks }),
    contest.hashtag ? t('hashtag', { hashtag: `#${contest.hashtag}` }) : null,
    contest.entryPoints > 0 ? t('entryPoints', { points: contest.entryPoints }) : null,
    contest.prize.reward
      ? t('prizeReward', { count: contest.winnerCount, reward: contest.prize.reward.name[locale] })
      : t('prizePoints', { count: contest.winnerCount, points: contest.prize.points }),
    t('entriesPerMember', { count: contest.entriesPerCustomer }),
    contest.tiers.length
      ? t('forTiers', {
          tiers: new Intl.ListFormat(locale).format(contest.tiers.map((tier) => tier.name[locale])),
        })
      : null,
    contest.verifiedOnly ? t('verifiedOnly') : null,
  ].filter((fact) => fact !== null);
  return (
    <ul className="flex list-disc flex-col gap-1 pl-5" data-testid="contest-facts">
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
      {contest.postUrl ? (
        <li>
          <PostLink href={contest.postUrl}>{t('commentPost')}</PostLink>
        </li>
      ) : null}
    </ul>
  );
};

/** A visitor is asked to join (her sign-up is counted for the contest), or to sign in. */
const JoinToEnter = async ({ slug }: { slug: string }) => {
  const t = await getTranslations('contests.join');
  return (
    <Card as="section" className="flex flex-col gap-3" aria-labelledby="join-to-enter">
      <h2 id="join-to-enter" className="text-lg font-bold">
        {t('title')}
      </h2>
      <p className="text-ink-muted">{t('body')}</p>
      <Link
        href={`/sign-up?${new URLSearchParams({ c: slug })}`}
        className={buttonStyles({ size: 'lg', fullWidth: true })}
      >
        {t('signUp')}
      </Link>
      <Link href="/sign-in" className="text-center font-semibold text-brand-800 underline">
        {t('signIn')}
      </Link>
    </Card>
  );
};

/**
 * A contest's public page, the link shared on the networks: what to post and what to win, the
 * rules and the networks' notice; a member enters her post here and follows her entries.
 */
const ContestPage = async ({ params, searchParams }: ContestPageProps) => {
  const t = await getTranslations('contests');
  const common = await getTranslations('common');
  const locale = await getLocale();
  const { slug } = await params;
  const { contest, signedIn: member } = await readContest(slug);
  const entered = (await searchParams).entered === '1';
  return (
    <div className="mx-auto flex min-h-dvh w-full max-w-2xl flex-col px-4 py-6">
      <header className="mb-8 flex items-center justify-between">
        <BrandMark label={common('brand')} />
        <PortalLocaleSwitcher signedIn={member} />
      </header>
      <main id="main" className="flex flex-1 flex-col gap-6">
        {!contest ? (
          <>
            <Alert tone="danger" title={t('notFoundTitle')}>
              {t('notFoundBody')}
            </Alert>
            <Link href="/" className="font-semibold text-brand-800 underline">
              {t('home')}
            </Link>
          </>
        ) : (
          <>
            <div className="flex flex-col gap-2">
              <h1 className="text-2xl font-bold">{contest.title[locale]}</h1>
              <p>
                <Badge tone={contest.status === 'running' ? 'success' : 'neutral'}>
                  {t(`status.${contest.status}`)}{' '}
                  <DateTime
                    value={contest.status === 'scheduled' ? contest.startsAt : contest.endsAt}
                  />
                </Badge>
              </p>
            </div>
            <Card as="section" className="flex flex-col gap-3" aria-labelledby="how-to">
              <h2 id="how-to" className="text-lg font-bold">
                {t('howTo')}
              </h2>
              <p className="whitespace-pre-line">{contest.text[locale]}</p>
              <ContestFacts contest={contest} />
            </Card>
            {entered ? <Alert tone="success">{t('form.entered')}</Alert> : null}
            {!member ? (
              <JoinToEnter slug={contest.slug} />
            ) : contest.status === 'running' && !contest.draw ? (
              <Card as="div">
                <ContestEntryForm contest={contest} />
              </Card>
            ) : (
              <Alert tone="info">{t('form.closed')}</Alert>
            )}
            {member ? <ContestEntries entries={contest.entries} /> : null}
            {contest.draw ? <ContestDraw slug={contest.slug} draw={contest.draw} /> : null}
            <details className="rounded-control border border-border bg-surface p-4">
              <summary className="cursor-pointer font-semibold">{t('rules')}</summary>
              <p className="mt-3 whitespace-pre-line text-sm">{contest.rules[locale]}</p>
            </details>
            <p className="text-xs text-ink-muted">
              <span className="font-semibold">{t('disclaimerLabel')} </span>
              {contest.disclaimer[locale]}
            </p>
            {member ? (
              <Link href="/" className="font-semibold text-brand-800 underline">
                {t('home')}
              </Link>
            ) : null}
          </>
        )}
      </main>
    </div>
  );
};

export default ContestPage;
