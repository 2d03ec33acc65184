'use server';

import { formRefusalOf } from '@fidele/api';
import {
  type ContestEntryProblem,
  contestEntryInput,
  contestEntryProblems,
  normaliseHandle,
  SOCIAL_NETWORKS,
  type SocialNetwork,
} from '@fidele/validators';
import { redirect } from 'next/navigation';
import { signedIn } from '../auth.ts';
import { serverCaller } from '../server-caller.ts';

const REFUSALS = {
  contest_entry_taken: 'taken',
  contest_entry_limit: 'limit',
  contest_not_open: 'notOpen',
  contest_not_found: 'notOpen',
  contest_not_eligible: 'notEligible',
  contest_needs_verified_email: 'needsVerifiedEmail',
  contest_network_not_allowed: 'networkNotAllowed',
} as const;

type ContestEntryError =
  (typeof REFUSALS)[keyof typeof REFUSALS] | 'networkNotAllowed' | 'rateLimited' | 'generic';

export type ContestEntryState = {
  error?: ContestEntryError;
  wait?: number;
  problems?: ContestEntryProblem[];
  values?: { network: string; postUrl: string; handle: string };
};

const isNetwork = (value: string): value is SocialNetwork =>
  (SOCIAL_NETWORKS as readonly string[]).includes(value);

/**
 * The contest page's form: checks the link and handle for the network chosen (each problem said
 * in her language by the form), enters the post, then shows the page again with the entry.
 */
export const enterContest = async (
  contest: { id: string; slug: string },
  _: ContestEntryState,
  form: FormData,
): Promise<ContestEntryState> => {
  const customer = await signedIn();
  if (!customer) redirect('/sign-in');
  const values = {
    network: String(form.get('network') ?? ''),
    postUrl: String(form.get('postUrl') ?? ''),
    handle: String(form.get('handle') ?? ''),
  };
  if (!isNetwork(values.network)) return { error: 'networkNotAllowed', values };
  const problems = contestEntryProblems({
    network: values.network,
    postUrl: values.postUrl,
    handle: normaliseHandle(values.handle),
  });
  if (problems.length) return { problems, values };
  const parsed = contestEntryInput.safeParse({ ...values, contestId: contest.id });
  if (!parsed.success) return { error: 'generic', values };
  try {
    await (await serverCaller(customer)).contests.enter(parsed.data);
  } catch (error) {
    return { ...formRefusalOf(error, REFUSALS), values };
  }
  redirect(`/contests/${encodeURIComponent(contest.slug)}?entered=1`);
};
