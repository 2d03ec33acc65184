import { describe, expect, it } from 'vitest';
import { checkStaffChange } from './staff-rules.ts';

const owner = { id: 'owner-1', role: 'OWNER' as const, disabled: false };
const support = { id: 'support-1', role: 'SUPPORT' as const, disabled: false };
const codeOf = (run: () => void) => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('who may change whose role', () => {
  it('lets an owner change another member’s role and disable them', () => {
    expect(
      codeOf(() =>
        checkStaffChange({
          actorId: owner.id,
          target: support,
          change: { role: 'MARKETING' },
          activeOwners: 1,
        }),
      ),
    ).toBeUndefined();
    expect(
      codeOf(() =>
        checkStaffChange({
          actorId: owner.id,
          target: support,
          change: { disabled: true },
          activeOwners: 1,
        }),
      ),
    ).toBeUndefined();
  });

  it('refuses an owner demoting or disabling themselves', () => {
    for (const change of [{ role: 'SUPPORT' as const }, { disabled: true }])
      expect(
        codeOf(() =>
          checkStaffChange({ actorId: owner.id, target: owner, change, activeOwners: 3 }),
        ),
      ).toBe('staff_self_change');
  });

  it('lets an owner save their own unchanged role', () => {
    expect(
      codeOf(() =>
        checkStaffChange({
          actorId: owner.id,
          target: owner,
          change: { role: 'OWNER' },
          activeOwners: 1,
        }),
      ),
    ).toBeUndefined();
  });

  it('keeps the last active owner an active owner', () => {
    const other = { id: 'owner-2', role: 'OWNER' as const, disabled: false };
    for (const change of [{ role: 'MARKETING' as const }, { disabled: true }]) {
      expect(
        codeOf(() =>
          checkStaffChange({ actorId: 'someone', target: other, change, activeOwners: 1 }),
        ),
      ).toBe('last_owner');
      expect(
        codeOf(() =>
          checkStaffChange({ actorId: owner.id, target: other, change, activeOwners: 2 }),
        ),
      ).toBeUndefined();
    }
  });

  it('lets a disabled owner be re-enabled or change role whatever the count', () => {
    const gone = { id: 'owner-3', role: 'OWNER' as const, disabled: true };
    expect(
      codeOf(() =>
        checkStaffChange({
          actorId: owner.id,
          target: gone,
          change: { disabled: false },
          activeOwners: 1,
        }),
      ),
    ).toBeUndefined();
  });
});
