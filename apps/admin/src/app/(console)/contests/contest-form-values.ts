import {
  type CONTEST_PRIZE_KINDS,
  type ContestInput,
  contestInput,
  DEFAULT_CONTEST_DISCLAIMER,
  SOCIAL_NETWORKS,
  type SocialNetwork,
} from '@fidele/validators';
import type { z } from 'zod';
import {
  optional,
  programmeDateTime,
  readDateTime,
  readWithSchema,
  whole,
} from '../../../lib/form-reading.ts';

/** What the contest procedures take: the prize as its kind and its value. */
export type ContestFormInput = z.input<typeof contestInput>;

export type ContestPrizeKind = (typeof CONTEST_PRIZE_KINDS)[number];

/** The contest form as typed: text everywhere, local dates, the prize as its kind and its value. */
export type ContestFormValues = {
  slug: string;
  titleEn: string;
  titleFr: string;
  textEn: string;
  textFr: string;
  rulesEn: string;
  rulesFr: string;
  disclaimerEn: string;
  disclaimerFr: string;
  networks: SocialNetwork[];
  /** With or without its #; empty when entries are comments on `postUrl`. */
  hashtag: string;
  /** The brand's post to comment; empty when entries are posts with the hashtag. */
  postUrl: string;
  startsAt: string;
  endsAt: string;
  /** Empty for none. */
  entryPoints: string;
  prizeKind: ContestPrizeKind;
  prizePoints: string;
  prizeRewardId: string;
  winnerCount: string;
  entriesPerCustomer: string;
  verifiedOnly: boolean;
  /** None ticked: every tier may enter. */
  tierIds: string[];
};

export type ContestFormField = keyof ContestFormValues;

const DAY = 24 * 60 * 60 * 1000;

/**
 * A blank contest on Instagram, on from `now` for two weeks, one entry per member and one winner
 * of points; its disclaimers are the statement the networks ask for.
 */
export const newContestForm = (now: Date): ContestFormValues => ({
  slug: '',
  titleEn: '',
  titleFr: '',
  textEn: '',
  textFr: '',
  rulesEn: '',
  rulesFr: '',
  disclaimerEn: DEFAULT_CONTEST_DISCLAIMER.en,
  disclaimerFr: DEFAULT_CONTEST_DISCLAIMER.fr,
  networks: ['INSTAGRAM'],
  hashtag: '',
  postUrl: '',
  startsAt: programmeDateTime(now),
  endsAt: programmeDateTime(new Date(now.getTime() + 14 * DAY)),
  entryPoints: '',
  prizeKind: 'POINTS',
  prizePoints: '',
  prizeRewardId: '',
  winnerCount: '1',
  entriesPerCustomer: '1',
  verifiedOnly: false,
  tierIds: [],
});

/** A saved contest (as the API returns it for its editor) in the form. */
export const contestFormFrom = (contest: ContestInput): ContestFormValues => ({
  slug: contest.slug,
  titleEn: contest.titleEn,
  titleFr: contest.titleFr,
  textEn: contest.textEn,
  textFr: contest.textFr,
  rulesEn: contest.rulesEn,
  rulesFr: contest.rulesFr,
  disclaimerEn: contest.disclaimerEn,
  disclaimerFr: contest.disclaimerFr,
  networks: contest.networks,
  hashtag: contest.hashtag ?? '',
  postUrl: contest.postUrl ?? '',
  startsAt: programmeDateTime(contest.startsAt),
  endsAt: programmeDateTime(contest.endsAt),
  entryPoints: contest.entryPoints ? String(contest.entryPoints) : '',
  prizeKind: contest.prizeRewardId ? 'REWARD' : 'POINTS',
  prizePoints: contest.prizePoints === null ? '' : String(contest.prizePoints),
  prizeRewardId: contest.prizeRewardId ?? '',
  winnerCount: String(contest.winnerCount),
  entriesPerCustomer: String(contest.entriesPerCustomer),
  verifiedOnly: contest.verifiedOnly,
  tierIds: contest.tierIds,
});

const FORM_FIELDS = new Set<string>(Object.keys(newContestForm(new Date(0))));

/** The form field a key of the procedure's input is typed in; null when none is. */
export const contestFormField = (key: PropertyKey | undefined): ContestFormField | null =>
  FORM_FIELDS.has(String(key)) ? (String(key) as ContestFormField) : null;

/** What the form sends: the prize of the chosen kind only, the other left out. */
const contestCandidate = (values: ContestFormValues) => ({
  slug: values.slug,
  titleEn: values.titleEn,
  titleFr: values.titleFr,
  textEn: values.textEn,
  textFr: values.textFr,
  rulesEn: values.rulesEn,
  rulesFr: values.rulesFr,
  disclaimerEn: values.disclaimerEn,
  disclaimerFr: values.disclaimerFr,
  networks: values.networks,
  hashtag: values.hashtag,
  postUrl: values.postUrl,
  // An empty date reads as an invalid one, never as 1970.
  startsAt: readDateTime(values.startsAt),
  endsAt: readDateTime(values.endsAt),
  entryPoints: optional(values.entryPoints, whole) ?? 0,
  prizeKind: values.prizeKind,
  prizePoints: values.prizeKind === 'POINTS' ? optional(values.prizePoints, whole) : null,
  prizeRewardId: values.prizeKind === 'REWARD' ? values.prizeRewardId || null : null,
  winnerCount: whole(values.winnerCount.trim()),
  entriesPerCustomer: whole(values.entriesPerCustomer.trim()),
  verifiedOnly: values.verifiedOnly,
  tierIds: values.tierIds,
});

/** Valid values for fields that failed, so the schema's cross-field rules can run as well. */
const standIns: { [Field in keyof ContestInput | 'prizeKind']?: unknown } = {
  slug: 'contest',
  titleEn: 'x',
  titleFr: 'x',
  textEn: 'x',
  textFr: 'x',
  rulesEn: 'x',
  rulesFr: 'x',
  disclaimerEn: 'x',
  disclaimerFr: 'x',
  // Every network: a stand-in never makes the post to comment the wrong network's.
  networks: [...SOCIAL_NETWORKS],
  hashtag: 'x',
  postUrl: null,
  // The earliest and the latest dates there are: a stand-in never puts the end before the start.
  startsAt: new Date(-8.64e15),
  endsAt: new Date(8.64e15),
  entryPoints: 0,
  prizeKind: 'POINTS',
  prizePoints: 1,
  winnerCount: 1,
  entriesPerCustomer: 1,
  verifiedOnly: false,
  tierIds: [],
};

/**
 * Reads the form with the procedure's own schema, so the browser refuses what the server would,
 * field by field. What it sends is what was typed, once accepted: the schema's output no longer
 * names the prize's kind, which the procedure asks for.
 */
export const readContestForm = (
  values: ContestFormValues,
): { input: ContestFormInput } | { errors: ContestFormField[] } => {
  const candidate = contestCandidate(values);
  const read = readWithSchema(contestInput, candidate, { standIns, field: contestFormField });
  return 'errors' in read ? read : { input: candidate };
};
