import { describe, expect, it } from 'vitest';
import { knownAddress, mailboxOf, type ReferralCheck, referralHolds } from './fraud-checks.ts';

const check = (overrides: Partial<ReferralCheck> = {}): ReferralCheck => ({
  referrer: {
    email: 'camille@example.com',
    phone: '+33612345678',
    ipAddress: '203.0.113.7',
    device: 'd-1',
  },
  friend: { email: 'lea@example.com', phone: null, ipAddress: '198.51.100.4', device: 'd-2' },
  otherFriends: [],
  lastWeek: 0,
  perWeek: 5,
  ...overrides,
});

describe('mailboxOf', () => {
  it('ignores case, dots and +tags of the local part', () => {
    expect(mailboxOf('Camille.Dupont+promo@Example.com')).toBe('camilledupont@example.com');
  });

  it('reads googlemail as gmail', () => {
    expect(mailboxOf('c.d@googlemail.com')).toBe(mailboxOf('cd+1@gmail.com'));
  });

  it('keeps different mailboxes apart', () => {
    expect(mailboxOf('camille@example.com')).not.toBe(mailboxOf('camille@example.org'));
  });
});

describe('knownAddress', () => {
  it('drops the addresses a request without a proxy shows', () => {
    expect(knownAddress('unknown')).toBeUndefined();
    expect(knownAddress('127.0.0.1')).toBeUndefined();
    expect(knownAddress('::1')).toBeUndefined();
    expect(knownAddress(null)).toBeUndefined();
    expect(knownAddress('203.0.113.7')).toBe('203.0.113.7');
  });
});

describe('referralHolds', () => {
  it('lets a friend who looks like nobody through', () => {
    expect(referralHolds(check())).toEqual([]);
  });

  it('holds the referrer’s own mailbox under another spelling', () => {
    expect(
      referralHolds(check({ friend: { email: 'camille+2@example.com', phone: null } })),
    ).toEqual(['SAME_EMAIL']);
  });

  it('holds the same phone', () => {
    expect(
      referralHolds(check({ friend: { email: 'x@example.com', phone: '+33612345678' } })),
    ).toEqual(['SAME_PHONE']);
  });

  it('holds the referrer’s browser and address', () => {
    expect(
      referralHolds(
        check({
          friend: { email: 'x@example.com', phone: null, ipAddress: '203.0.113.7', device: 'd-1' },
        }),
      ),
    ).toEqual(['SAME_DEVICE', 'SAME_IP']);
  });

  it('holds a friend signing up where another friend did', () => {
    expect(
      referralHolds(check({ otherFriends: [{ ipAddress: '198.51.100.4', device: null }] })),
    ).toEqual(['SAME_IP']);
  });

  it('does not compare addresses nobody knew', () => {
    expect(
      referralHolds(
        check({
          referrer: { email: 'camille@example.com', phone: null, ipAddress: '127.0.0.1' },
          friend: { email: 'lea@example.com', phone: null, ipAddress: '127.0.0.1' },
        }),
      ),
    ).toEqual([]);
  });

  it('holds the friend after the week’s allowance', () => {
    expect(referralHolds(check({ lastWeek: 4 }))).toEqual([]);
    expect(referralHolds(check({ lastWeek: 5 }))).toEqual(['WEEKLY_LIMIT']);
  });
});
