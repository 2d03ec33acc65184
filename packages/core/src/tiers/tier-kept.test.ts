import { describe, expect, it } from 'vitest';
import { figureFallsBelowAt, tierKeptUntil } from './ladder.ts';

const now = new Date('2026-12-07T12:00:00Z');
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const parts = [
  { leavesAt: day('2027-03-01'), value: 300 },
  { leavesAt: day('2027-06-01'), value: 400 },
  { leavesAt: day('2027-09-01'), value: 500 },
];

describe('figureFallsBelowAt', () => {
  it('is the moment the part that takes the figure below the threshold leaves the window', () => {
    expect(figureFallsBelowAt(parts, 1_000, now)).toEqual(day('2027-03-01'));
    expect(figureFallsBelowAt(parts, 800, now)).toEqual(day('2027-06-01'));
    expect(figureFallsBelowAt(parts, 1, now)).toEqual(day('2027-09-01'));
  });

  it('is now when the figure is already short, and never on a threshold of 0', () => {
    expect(figureFallsBelowAt(parts, 1_500, now)).toEqual(now);
    expect(figureFallsBelowAt(parts, 0, now)).toBeNull();
  });

  it('lets a refund’s write-off leave with its purchase, and counts it until then', () => {
    const refunded = [
      { leavesAt: day('2027-02-01'), value: 600 },
      { leavesAt: day('2027-02-01'), value: -400 },
      { leavesAt: day('2027-05-01'), value: 500 },
    ];
    expect(figureFallsBelowAt(refunded, 500, now)).toEqual(day('2027-05-01'));
  });
});

describe('tierKeptUntil', () => {
  const base = {
    threshold: 1_000,
    parts,
    graceDays: 30,
    atRiskSince: null,
    pinnedUntil: null,
    now,
  };

  it('adds the grace period to the day the figure falls short', () => {
    expect(tierKeptUntil(base)).toEqual(day('2027-03-31'));
  });

  it('counts the grace period from a warning already given while she is short', () => {
    const warned = day('2026-12-01');
    expect(tierKeptUntil({ ...base, threshold: 1_500, atRiskSince: warned })).toEqual(
      day('2026-12-31'),
    );
    // Back above the threshold: the next review lifts the warning.
    expect(tierKeptUntil({ ...base, atRiskSince: warned })).toEqual(day('2027-03-31'));
  });

  it('holds the review off until a pin ends', () => {
    expect(tierKeptUntil({ ...base, pinnedUntil: day('2027-06-01') })).toEqual(day('2027-07-01'));
    expect(
      tierKeptUntil({
        ...base,
        threshold: 1_500,
        atRiskSince: day('2026-11-01'),
        pinnedUntil: day('2027-01-15'),
      }),
    ).toEqual(day('2027-01-15'));
    expect(tierKeptUntil({ ...base, pinnedUntil: day('2026-12-01') })).toEqual(day('2027-03-31'));
  });

  it('is null on the entry tier', () => {
    expect(tierKeptUntil({ ...base, threshold: 0 })).toBeNull();
  });
});
