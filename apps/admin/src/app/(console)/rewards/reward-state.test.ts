import { describe, expect, it } from 'vitest';
import { rewardState } from './reward-state.ts';

const now = new Date('2030-06-15T12:00:00Z');
const open = { archivedAt: null, validFrom: null, validUntil: null, stock: null };

describe('reward state', () => {
  it('is live without dates, stock or archive', () => {
    expect(rewardState(open, now)).toBe('live');
    expect(rewardState({ ...open, stock: 3 }, now)).toBe('live');
  });

  it('follows the claim period, then the stock', () => {
    expect(rewardState({ ...open, validFrom: new Date('2030-07-01') }, now)).toBe('scheduled');
    expect(rewardState({ ...open, validUntil: now }, now)).toBe('ended');
    expect(rewardState({ ...open, stock: 0 }, now)).toBe('soldOut');
  });

  it('reads archived above everything else', () => {
    expect(rewardState({ ...open, stock: 0, archivedAt: new Date('2030-01-01') }, now)).toBe(
      'archived',
    );
  });
});
