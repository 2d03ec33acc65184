import { describe, expect, it } from 'vitest';
import { changeToCelebrate } from './celebration.ts';

const up = { toTierId: 'gold', fromRank: 1, toRank: 2, celebratedAt: null };

describe('changeToCelebrate', () => {
  it('celebrates her latest change when it moved her up to the tier she is on', () => {
    expect(
      changeToCelebrate([up, { ...up, toTierId: 'silver', fromRank: 0, toRank: 1 }], 'gold'),
    ).toBe(up);
  });

  it('celebrates nothing seen already, a move down, joining, or an upgrade since lost', () => {
    expect(changeToCelebrate([{ ...up, celebratedAt: new Date() }], 'gold')).toBeNull();
    expect(
      changeToCelebrate([{ ...up, toTierId: 'silver', fromRank: 2, toRank: 1 }], 'silver'),
    ).toBeNull();
    expect(
      changeToCelebrate([{ ...up, toTierId: 'member', fromRank: null, toRank: 0 }], 'member'),
    ).toBeNull();
    expect(changeToCelebrate([up], 'silver')).toBeNull();
    expect(changeToCelebrate([], 'gold')).toBeNull();
  });
});
