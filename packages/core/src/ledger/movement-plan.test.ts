import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planMovement, type CustomerBalances } from './movement-plan.ts';

const held = (balances: Partial<CustomerBalances> = {}): CustomerBalances => ({
  spendable: 0,
  pending: 0,
  debt: 0,
  ...balances,
});

describe('planMovement', () => {
  it('credits the spendable balance, repaying a debt first', () => {
    expect(planMovement({ points: 50 }, held())).toMatchObject({ spendable: 50, debt: 0 });
    expect(planMovement({ points: 50 }, held({ debt: -80 }))).toMatchObject({
      spendable: 0,
      debt: 50,
    });
    expect(planMovement({ points: 100 }, held({ debt: -80 }))).toMatchObject({
      spendable: 20,
      debt: 80,
    });
  });

  it('keeps a pending credit pending, without repaying debt', () => {
    expect(
      planMovement({ points: 40, pendingUntil: new Date() }, held({ debt: -10 })),
    ).toMatchObject({ spendable: 0, pending: 40, debt: 0 });
  });

  it('releases a whole pending lot to the spendable balance, repaying a debt first', () => {
    const lot = { id: 'lot', remaining: 30, pending: true };
    expect(planMovement({ points: 30, release: true, lot }, held({ debt: -10 }))).toMatchObject({
      pending: -30,
      debt: 10,
      spendable: 20,
    });
    expect(() => planMovement({ points: 20, release: true, lot }, held())).toThrow();
  });

  it('never spends pending points and refuses a debit beyond the spendable balance', () => {
    expect(() => planMovement({ points: -60 }, held({ spendable: 50, pending: 100 }))).toThrow(
      expect.objectContaining({ code: 'insufficient_points' }),
    );
  });

  it('takes a refund from its pending lot first, then the spendable balance', () => {
    const lot = { id: 'lot', remaining: 30, pending: true };
    expect(
      planMovement({ points: -50, lot, shortfall: 'cap' }, held({ spendable: 100, pending: 30 })),
    ).toMatchObject({ pending: -30, spendable: -20, writtenOff: 0 });
  });

  it('writes off (cap) or owes (debt) what the customer no longer holds', () => {
    expect(planMovement({ points: -50, shortfall: 'cap' }, held({ spendable: 20 }))).toEqual({
      spendable: -20,
      pending: 0,
      debt: 0,
      writtenOff: 30,
    });
    expect(planMovement({ points: -50, shortfall: 'debt' }, held({ spendable: 20 }))).toEqual({
      spendable: -20,
      pending: 0,
      debt: -30,
      writtenOff: 0,
    });
  });

  it('keeps every balance on its side of zero and accounts for every point', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000, max: 1_000 }).filter((p) => p !== 0),
        fc.constantFrom('cap', 'debt' as const),
        fc.nat(500),
        fc.nat(500),
        fc.nat(500),
        (points, shortfall, spendable, pending, owed) => {
          const balances = held({ spendable, pending, debt: -owed });
          const plan = planMovement({ points, shortfall }, balances);
          expect(balances.spendable + plan.spendable).toBeGreaterThanOrEqual(0);
          expect(balances.pending + plan.pending).toBeGreaterThanOrEqual(0);
          expect(balances.debt + plan.debt).toBeLessThanOrEqual(0);
          expect(plan.spendable + plan.pending + plan.debt - plan.writtenOff).toBe(points);
        },
      ),
    );
  });
});
