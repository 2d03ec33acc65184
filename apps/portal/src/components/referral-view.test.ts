import { describe, expect, it } from 'vitest';
import {
  friendName,
  invitedCode,
  progressKey,
  progressTone,
  type ReferralOffer,
  referralLink,
  referralMovementWords,
  referralOfferTerms,
  sameReferralCode,
  shareLinks,
} from './referral-view.ts';

const offer: ReferralOffer = {
  referrerPoints: 200,
  friendPoints: 100,
  minAmount: 3000,
  channels: [],
};

describe('referralLink', () => {
  it('is the portal’s sign-up page with her code', () => {
    expect(referralLink('https://club.example.com', 'K3QF7XMP')).toBe(
      'https://club.example.com/sign-up?r=K3QF7XMP',
    );
    expect(referralLink('http://127.0.0.1:3000/', 'K3QF7XMP')).toBe(
      'http://127.0.0.1:3000/sign-up?r=K3QF7XMP',
    );
  });
});

describe('shareLinks', () => {
  const links = shareLinks({
    text: 'Join me & get 100 points:',
    link: 'https://club.example.com/sign-up?r=K3QF7XMP',
    subject: 'Join me at Fidèle',
  });

  it('puts the link after the words', () => {
    expect(links.message).toBe(
      'Join me & get 100 points: https://club.example.com/sign-up?r=K3QF7XMP',
    );
  });

  it('writes the whole message into WhatsApp, the mail app and the SMS app', () => {
    const body = encodeURIComponent(links.message);
    expect(links.whatsapp).toBe(`https://wa.me/?text=${body}`);
    expect(links.email).toBe(`mailto:?subject=Join%20me%20at%20Fid%C3%A8le&body=${body}`);
    expect(links.sms).toBe(`sms:?&body=${body}`);
  });

  it('encodes what would end the parameter or show as a plus', () => {
    expect(links.email).not.toContain('+');
    expect(links.whatsapp).toContain('%26');
    expect(decodeURIComponent(new URL(links.whatsapp).searchParams.get('text') ?? '')).toBe(
      links.message,
    );
  });
});

describe('invitedCode', () => {
  it('shows a code the programme accepts in two groups', () => {
    expect(invitedCode('k3qf7xmp')).toEqual({ code: 'k3qf7xmp', display: 'K3QF-7XMP' });
    expect(invitedCode('K3QF-7XMP')).toEqual({ code: 'K3QF-7XMP', display: 'K3QF-7XMP' });
  });

  it('carries a code-like value it cannot read as it came, for the form to refuse', () => {
    expect(invitedCode('ABCD')).toEqual({ code: 'ABCD', display: 'ABCD' });
  });

  it('ignores what cannot be a code', () => {
    expect(invitedCode(undefined)).toBeUndefined();
    expect(invitedCode(['K3QF7XMP', 'X'])).toBeUndefined();
    expect(invitedCode('abc')).toBeUndefined();
    expect(invitedCode('K3QF 7XMP')).toBeUndefined();
    expect(invitedCode('<script>')).toBeUndefined();
    expect(invitedCode('A'.repeat(33))).toBeUndefined();
  });
});

describe('sameReferralCode', () => {
  it('reads case, dash and look-alike letters as the programme does', () => {
    expect(sameReferralCode('K3QF-7XMP', 'k3qf7xmp')).toBe(true);
    expect(sameReferralCode('K3QF-7XMP', ' K3QF 7XMP ')).toBe(true);
    expect(sameReferralCode('K3QF-7XMP', 'K3QF-7XMQ')).toBe(false);
    expect(sameReferralCode('abcd', 'ABCD')).toBe(true);
  });
});

describe('referralOfferTerms', () => {
  it('says nothing is promised without a rule, or with one that pays nobody', () => {
    expect(referralOfferTerms(null)).toEqual({ kind: 'none' });
    expect(referralOfferTerms({ ...offer, referrerPoints: 0, friendPoints: 0 })).toEqual({
      kind: 'none',
    });
  });

  it('says what each side gets, for a first purchase of at least the minimum, anywhere', () => {
    expect(referralOfferTerms(offer)).toEqual({
      kind: 'both',
      friendPoints: 100,
      referrerPoints: 200,
      minAmount: 3000,
      where: 'anywhere',
    });
  });

  it('names the side a one-sided offer pays', () => {
    expect(referralOfferTerms({ ...offer, referrerPoints: 0 }).kind).toBe('friendOnly');
    expect(referralOfferTerms({ ...offer, friendPoints: 0 }).kind).toBe('youOnly');
  });

  it('counts any purchase without a minimum', () => {
    expect(referralOfferTerms({ ...offer, minAmount: 0 })).toMatchObject({ minAmount: null });
  });

  it('says where the purchase counts: shops, online, or both', () => {
    expect(referralOfferTerms({ ...offer, channels: ['STORE'] })).toMatchObject({
      where: 'STORE',
    });
    expect(referralOfferTerms({ ...offer, channels: ['ESHOP'] })).toMatchObject({
      where: 'ESHOP',
    });
    expect(referralOfferTerms({ ...offer, channels: ['STORE', 'ESHOP'] })).toMatchObject({
      where: 'anywhere',
    });
  });
});

describe('progressKey', () => {
  const due = new Date('2026-12-20T10:00:00Z');

  it('says where each referral stands', () => {
    expect(progressKey({ progress: 'WAITING_PURCHASE', points: null, rewardDue: null })).toBe(
      'waiting',
    );
    expect(progressKey({ progress: 'UNDER_REVIEW', points: null, rewardDue: null })).toBe('review');
    expect(progressKey({ progress: 'NOT_ELIGIBLE', points: 200, rewardDue: null })).toBe(
      'notEligible',
    );
  });

  it('says when points on their way arrive, when known', () => {
    expect(progressKey({ progress: 'ON_ITS_WAY', points: 200, rewardDue: due })).toBe('onItsWayOn');
    expect(progressKey({ progress: 'ON_ITS_WAY', points: 200, rewardDue: null })).toBe('onItsWay');
  });

  it('counts the points a referral paid, and promises none it does not pay', () => {
    expect(progressKey({ progress: 'REWARDED', points: 200, rewardDue: null })).toBe('rewarded');
    expect(progressKey({ progress: 'REWARDED', points: 0, rewardDue: null })).toBe('purchased');
    expect(progressKey({ progress: 'ON_ITS_WAY', points: 0, rewardDue: due })).toBe('purchased');
  });
});

describe('progressTone', () => {
  it('marks what is done as success and what is checked as a warning', () => {
    expect(progressTone('REWARDED')).toBe('success');
    expect(progressTone('UNDER_REVIEW')).toBe('warning');
    expect(progressTone('ON_ITS_WAY')).toBe('info');
    expect(progressTone('WAITING_PURCHASE')).toBe('neutral');
    expect(progressTone('NOT_ELIGIBLE')).toBe('neutral');
  });
});

describe('friendName', () => {
  it('names a friend by first name and initial', () => {
    expect(friendName({ firstName: 'Léa', lastInitial: 'm' })).toBe('Léa M.');
    expect(friendName({ firstName: 'Léa', lastInitial: null })).toBe('Léa');
  });
});

describe('referralMovementWords', () => {
  const named = { referral: { name: 'Léa M.' } };

  it('names the friend who joined through her, and the member who welcomed her', () => {
    expect(
      referralMovementWords({ type: 'EARN', sourceType: 'REFERRAL_REFERRER', ...named }),
    ).toEqual({ key: 'referralReferrer', name: 'Léa M.' });
    expect(
      referralMovementWords({ type: 'EARN', sourceType: 'REFERRAL_FRIEND', ...named }),
    ).toEqual({ key: 'referralFriend', name: 'Léa M.' });
  });

  it('says a reversal was the friend’s first purchase returned, on either side', () => {
    for (const sourceType of ['REFERRAL_REFERRER', 'REFERRAL_FRIEND'])
      expect(referralMovementWords({ type: 'REVERSAL', sourceType, ...named })).toEqual({
        key: 'referralReversed',
      });
  });

  it('has words without a name, should the movement come without one', () => {
    expect(
      referralMovementWords({ type: 'EARN', sourceType: 'REFERRAL_REFERRER', referral: null }),
    ).toEqual({ key: 'referralReferrerUnnamed' });
    expect(
      referralMovementWords({
        type: 'EARN',
        sourceType: 'REFERRAL_FRIEND',
        referral: { name: ' ' },
      }),
    ).toEqual({ key: 'referralFriendUnnamed' });
  });

  it('leaves other movements to their own words', () => {
    expect(
      referralMovementWords({ type: 'EARN', sourceType: 'PURCHASE', referral: null }),
    ).toBeUndefined();
  });
});
