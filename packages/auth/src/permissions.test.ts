import { describe, expect, it } from 'vitest';
import { can } from './permissions.ts';

describe('staff permissions', () => {
  it('lets only SUPPORT and OWNER adjust points', () => {
    expect(can('OWNER', 'points:adjust')).toBe(true);
    expect(can('SUPPORT', 'points:adjust')).toBe(true);
    expect(can('MARKETING', 'points:adjust')).toBe(false);
    expect(can('STORE_MANAGER', 'points:adjust')).toBe(false);
  });

  it('keeps keys and shops with the OWNER', () => {
    expect(can('OWNER', 'api-keys:manage')).toBe(true);
    expect(can('MARKETING', 'api-keys:manage')).toBe(false);
    expect(can('SUPPORT', 'shops:manage')).toBe(false);
  });

  it('lets every role read customers', () => {
    for (const role of ['OWNER', 'MARKETING', 'STORE_MANAGER', 'SUPPORT'] as const)
      expect(can(role, 'customers:read')).toBe(true);
  });

  it('lets OWNER and MARKETING manage rewards, and every role read them and their codes', () => {
    expect(can('MARKETING', 'programme:manage')).toBe(true);
    expect(can('SUPPORT', 'programme:manage')).toBe(false);
    expect(can('STORE_MANAGER', 'programme:manage')).toBe(false);
    for (const role of ['OWNER', 'MARKETING', 'STORE_MANAGER', 'SUPPORT'] as const) {
      expect(can(role, 'rewards:read')).toBe(true);
      expect(can(role, 'codes:read')).toBe(true);
      expect(can(role, 'redemptions:read')).toBe(true);
    }
  });

  it("keeps customers' contact details out of a STORE_MANAGER's exports", () => {
    expect(can('STORE_MANAGER', 'customers:export-contacts')).toBe(false);
    for (const role of ['OWNER', 'MARKETING', 'SUPPORT'] as const)
      expect(can(role, 'customers:export-contacts')).toBe(true);
  });

  it('lets only OWNER and SUPPORT cancel a code', () => {
    expect(can('OWNER', 'codes:cancel')).toBe(true);
    expect(can('SUPPORT', 'codes:cancel')).toBe(true);
    expect(can('MARKETING', 'codes:cancel')).toBe(false);
    expect(can('STORE_MANAGER', 'codes:cancel')).toBe(false);
  });

  it('limits a store manager to the redemptions of their shops', () => {
    expect(can('STORE_MANAGER', 'redemptions:all-shops')).toBe(false);
    expect(can('SUPPORT', 'redemptions:all-shops')).toBe(true);
  });
});
