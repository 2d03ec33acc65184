import { contestInput, DEFAULT_CONTEST_DISCLAIMER } from '@fidele/validators';
import { describe, expect, it } from 'vitest';
import {
  contestFormField,
  contestFormFrom,
  type ContestFormValues,
  newContestForm,
  readContestForm,
} from './contest-form-values.ts';

const GOLD = '0b7e2a6e-8a4f-4c1e-9b55-3f1f0e4a2c11';
const COFFEE = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const form = (values: Partial<ContestFormValues> = {}): ContestFormValues => ({
  ...newContestForm(new Date('2030-03-01T09:30+01:00')),
  slug: 'spring-looks',
  titleEn: 'Spring looks',
  titleFr: 'Looks de printemps',
  textEn: 'Post your look with #FideleSpring',
  textFr: 'Publiez votre look avec #FideleSpring',
  rulesEn: 'Rules',
  rulesFr: 'Règlement',
  hashtag: '#FideleSpring',
  prizePoints: '1000',
  ...values,
});

describe('the contest form', () => {
  it('starts a contest on Instagram for two weeks, with the networks’ statement filled in', () => {
    const blank = newContestForm(new Date('2030-03-01T09:30:45+01:00'));
    expect(blank).toMatchObject({
      networks: ['INSTAGRAM'],
      startsAt: '2030-03-01T09:30',
      endsAt: '2030-03-15T09:30',
      disclaimerEn: DEFAULT_CONTEST_DISCLAIMER.en,
      disclaimerFr: DEFAULT_CONTEST_DISCLAIMER.fr,
      prizeKind: 'POINTS',
      winnerCount: '1',
      entriesPerCustomer: '1',
      entryPoints: '',
      tierIds: [],
    });
  });

  it('sends what was typed, local dates as dates and only the prize of the chosen kind', () => {
    expect(readContestForm(form({ prizeRewardId: COFFEE, tierIds: [GOLD] }))).toEqual({
      input: expect.objectContaining({
        slug: 'spring-looks',
        networks: ['INSTAGRAM'],
        hashtag: '#FideleSpring',
        startsAt: new Date('2030-03-01T09:30+01:00'),
        endsAt: new Date('2030-03-15T09:30+01:00'),
        entryPoints: 0,
        prizeKind: 'POINTS',
        prizePoints: 1000,
        prizeRewardId: null,
        winnerCount: 1,
        tierIds: [GOLD],
      }),
    });
    expect(
      readContestForm(form({ prizeKind: 'REWARD', prizeRewardId: COFFEE, entryPoints: '50' })),
    ).toEqual({
      input: expect.objectContaining({
        prizeKind: 'REWARD',
        prizePoints: null,
        prizeRewardId: COFFEE,
        entryPoints: 50,
      }),
    });
  });

  it('names every field the schema refuses, cross-field rules included', () => {
    expect(readContestForm(form({ endsAt: '2030-03-01T09:00' }))).toEqual({ errors: ['endsAt'] });
    expect(readContestForm(form({ titleFr: ' ', endsAt: '2030-03-01T09:00' }))).toEqual({
      errors: ['titleFr', 'endsAt'],
    });
    expect(readContestForm(form({ slug: 'Spring looks!' }))).toEqual({ errors: ['slug'] });
    expect(readContestForm(form({ networks: [] }))).toEqual({ errors: ['networks'] });
    expect(readContestForm(form({ hashtag: '' }))).toEqual({ errors: ['hashtag'] });
    expect(readContestForm(form({ hashtag: 'two words' }))).toEqual({ errors: ['hashtag'] });
    expect(readContestForm(form({ prizePoints: '' }))).toEqual({ errors: ['prizePoints'] });
    expect(readContestForm(form({ prizeKind: 'REWARD' }))).toEqual({
      errors: ['prizeRewardId'],
    });
    expect(readContestForm(form({ winnerCount: '0', entriesPerCustomer: 'two' }))).toEqual({
      errors: ['winnerCount', 'entriesPerCustomer'],
    });
    expect(readContestForm(form({ entryPoints: '-5' }))).toEqual({ errors: ['entryPoints'] });
  });

  it('takes comments on a post of one of its networks instead of a hashtag', () => {
    const comments = form({ hashtag: '', postUrl: 'instagram.com/p/CxYz123AbC/?igsh=tracking' });
    expect(readContestForm(comments)).toEqual({
      input: expect.objectContaining({ postUrl: 'instagram.com/p/CxYz123AbC/?igsh=tracking' }),
    });
    expect(
      readContestForm({ ...comments, postUrl: 'https://www.tiktok.com/@fidele/video/7234567890' }),
    ).toEqual({ errors: ['postUrl'] });
  });

  it('maps the schema’s keys to the form’s fields', () => {
    expect(contestFormField('prizeRewardId')).toBe('prizeRewardId');
    expect(contestFormField('nothing')).toBeNull();
  });

  it('fills the form from a saved contest, which reads back the same', () => {
    const read = readContestForm(form({ prizeKind: 'REWARD', prizeRewardId: COFFEE }));
    if (!('input' in read)) throw new Error(JSON.stringify(read.errors));
    const saved = contestInput.parse(read.input);
    const filled = contestFormFrom(saved);
    expect(filled).toMatchObject({
      hashtag: 'FideleSpring',
      prizeKind: 'REWARD',
      prizePoints: '',
      prizeRewardId: COFFEE,
      startsAt: '2030-03-01T09:30',
    });
    expect(contestInput.parse((readContestForm(filled) as typeof read).input)).toEqual(saved);
  });
});
