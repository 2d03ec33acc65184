import { describe, expect, it } from 'vitest';
import { SEED } from './game-fixtures.ts';
import { dueMoment, winningMoments } from './winning-moments.ts';

const period = {
  startsAt: new Date('2026-06-01T00:00:00Z'),
  endsAt: new Date('2026-06-04T00:00:00Z'),
};

describe('winning moments', () => {
  it('puts one moment in each slice of the period, from the seed (known answers)', () => {
    // Fractions from openssl: HMAC-SHA256(seed, "moment:coffee:<i>"), first 52 bits over 2^52.
    const moments = winningMoments({ seed: SEED, prizeId: 'coffee', count: 3, ...period });
    expect(moments.map((moment) => moment.toISOString())).toEqual([
      '2026-06-01T21:31:10.489Z',
      '2026-06-02T13:36:58.604Z',
      '2026-06-03T01:57:00.709Z',
    ]);
  });

  it('spreads many moments over the whole period, the same each time', () => {
    const input = { seed: SEED, prizeId: 'bike', count: 100, ...period };
    const moments = winningMoments(input);
    expect(winningMoments(input)).toEqual(moments);
    const slice = (period.endsAt.getTime() - period.startsAt.getTime()) / 100;
    moments.forEach((moment, index) => {
      const offset = moment.getTime() - period.startsAt.getTime();
      expect(Math.floor(offset / slice)).toBe(index);
    });
    // Another seed or prize gives other moments.
    expect(winningMoments({ ...input, prizeId: 'car' })).not.toEqual(moments);
    expect(winningMoments({ ...input, seed: 'ab'.repeat(32) })).not.toEqual(moments);
  });

  it('gives each moment to the first play after it, the earliest unclaimed first', () => {
    const moments = winningMoments({ seed: SEED, prizeId: 'coffee', count: 3, ...period });
    expect(dueMoment(moments, 0, new Date('2026-06-01T21:31:10.488Z'))).toBeNull();
    expect(dueMoment(moments, 0, new Date('2026-06-01T21:31:10.489Z'))).toBe(0);
    // Nobody played between the first two moments: the next two plays take them in turn.
    const late = new Date('2026-06-02T20:00:00Z');
    expect(dueMoment(moments, 0, late)).toBe(0);
    expect(dueMoment(moments, 1, late)).toBe(1);
    expect(dueMoment(moments, 2, late)).toBeNull();
    expect(dueMoment(moments, 3, period.endsAt)).toBeNull();
  });

  it('refuses more moments than the period has milliseconds', () => {
    const short = { startsAt: period.startsAt, endsAt: new Date(period.startsAt.getTime() + 2) };
    expect(() => winningMoments({ seed: SEED, prizeId: 'x', count: 3, ...short })).toThrow();
  });
});
