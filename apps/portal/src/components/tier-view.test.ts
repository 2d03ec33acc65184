import { describe, expect, it } from 'vitest';
import { activePin, ladderStep, progressTowards, stillToKeep, tierBenefits } from './tier-view.ts';

describe('tier figures', () => {
  it('says what keeping the tier still takes, never below 0', () => {
    expect(stillToKeep({ figure: 850, current: { threshold: 1_000 } as never })).toBe(150);
    expect(stillToKeep({ figure: 1_200, current: { threshold: 1_000 } as never })).toBe(0);
  });

  it('fills the bar up to the next threshold', () => {
    expect(progressTowards(850, { threshold: 1_000 })).toEqual({ value: 850, max: 1_000 });
    expect(progressTowards(1_400, { threshold: 1_000 })).toEqual({ value: 1_000, max: 1_000 });
  });

  it('places each tier of the ladder against the current one', () => {
    expect(ladderStep({ rank: 0 }, { rank: 1 })).toBe('below');
    expect(ladderStep({ rank: 1 }, { rank: 1 })).toBe('current');
    expect(ladderStep({ rank: 2 }, { rank: 1 })).toBe('above');
  });

  it('keeps a pin only while it holds', () => {
    const until = new Date('2027-03-01T00:00:00Z');
    expect(activePin(until, until.getTime() - 1)).toBe(until);
    expect(activePin(until, until.getTime())).toBeNull();
    expect(activePin(null, 0)).toBeNull();
  });

  it('shows benefits in the customer’s language, else in the other one', () => {
    const tier = { benefitsEn: 'Free alterations', benefitsFr: 'Retouches offertes' };
    expect(tierBenefits(tier, 'fr')).toBe('Retouches offertes');
    expect(tierBenefits(tier, 'en')).toBe('Free alterations');
    expect(tierBenefits({ ...tier, benefitsFr: '' }, 'fr')).toBe('Free alterations');
  });
});
