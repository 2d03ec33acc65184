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
});
