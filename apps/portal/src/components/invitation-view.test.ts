import { describe, expect, it } from 'vitest';
import {
  accepts,
  answerErrorKey,
  answerResultKey,
  eventWords,
  formatEventDates,
  invitationActions,
  invitationLine,
  invitationsIn,
  isPast,
  opensOnline,
  showsPass,
  warnsFull,
} from './invitation-view.ts';

type Status = 'INVITED' | 'ACCEPTED' | 'DECLINED' | 'WAITLISTED' | 'CHECKED_IN' | 'LAPSED';
type Phase = 'scheduled' | 'live' | 'ended' | 'archived';

const shop = { name: 'Rivoli', city: 'Paris' };

const invitation = (
  status: Status,
  phase: Phase = 'scheduled',
  more: { full?: boolean; online?: boolean; id?: string } = {},
) => ({
  id: more.id ?? status,
  status,
  privateSale: { phase, full: more.full ?? false, shop: more.online ? null : shop },
});

const STATUSES: Status[] = ['INVITED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'CHECKED_IN'];

const refusal = (appCode?: string) => ({ data: { code: 'UNPROCESSABLE_CONTENT', appCode } });

describe('isPast and invitationsIn', () => {
  it('counts ended and archived events as past, scheduled and live ones as to come', () => {
    expect(isPast('scheduled')).toBe(false);
    expect(isPast('live')).toBe(false);
    expect(isPast('ended')).toBe(true);
    expect(isPast('archived')).toBe(true);
  });

  it('splits the list into what is to come and what is over, in the server’s order', () => {
    const list = [
      invitation('INVITED', 'live', { id: 'a' }),
      invitation('ACCEPTED', 'ended', { id: 'b' }),
      invitation('DECLINED', 'scheduled', { id: 'c' }),
      invitation('CHECKED_IN', 'archived', { id: 'd' }),
    ];
    expect(invitationsIn(list, 'upcoming').map((item) => item.id)).toEqual(['a', 'c']);
    expect(invitationsIn(list, 'past').map((item) => item.id)).toEqual(['b', 'd']);
  });
});

describe('invitationActions', () => {
  it('offers the answers each status allows while the event is to come or on now', () => {
    for (const phase of ['scheduled', 'live'] as const) {
      expect(invitationActions(invitation('INVITED', phase))).toEqual(['accept', 'decline']);
      expect(invitationActions(invitation('ACCEPTED', phase))).toEqual(['decline']);
      expect(invitationActions(invitation('WAITLISTED', phase))).toEqual(['decline']);
      expect(invitationActions(invitation('DECLINED', phase))).toEqual(['acceptAfterAll']);
      expect(invitationActions(invitation('CHECKED_IN', phase))).toEqual([]);
    }
  });

  it('offers nothing once the event is over, whatever her answer', () => {
    for (const status of STATUSES) {
      expect(invitationActions(invitation(status, 'ended'))).toEqual([]);
      expect(invitationActions(invitation(status, 'archived'))).toEqual([]);
    }
  });

  it('tells accepting from declining', () => {
    expect(accepts('accept')).toBe(true);
    expect(accepts('acceptAfterAll')).toBe(true);
    expect(accepts('decline')).toBe(false);
  });
});

describe('invitationLine', () => {
  it('says her answer while the event is to come', () => {
    expect(invitationLine(invitation('INVITED'))).toBe('invited');
    expect(invitationLine(invitation('ACCEPTED', 'live'))).toBe('accepted');
    expect(invitationLine(invitation('WAITLISTED'))).toBe('waitlisted');
    expect(invitationLine(invitation('DECLINED'))).toBe('declined');
    expect(invitationLine(invitation('CHECKED_IN', 'live'))).toBe('checkedIn');
  });

  it('keeps a check-in and a refusal after the event, and says the rest is over', () => {
    expect(invitationLine(invitation('CHECKED_IN', 'ended'))).toBe('checkedIn');
    expect(invitationLine(invitation('DECLINED', 'ended'))).toBe('declined');
    expect(invitationLine(invitation('ACCEPTED', 'ended'))).toBe('over');
    expect(invitationLine(invitation('WAITLISTED', 'archived'))).toBe('over');
    expect(invitationLine(invitation('INVITED', 'ended'))).toBe('over');
  });
});

describe('a place freed up from the waitlist', () => {
  const offered = { ...invitation('ACCEPTED'), offerExpiresAt: '2026-12-09T10:00:00.000Z' };

  it('asks her to confirm it or give it up, and says when it passed on', () => {
    expect(invitationLine(offered)).toBe('offered');
    expect(invitationActions(offered)).toEqual(['confirm', 'decline']);
    expect(accepts('confirm')).toBe(true);
    expect(invitationLine(invitation('LAPSED'))).toBe('lapsed');
    expect(invitationActions(invitation('LAPSED'))).toEqual(['acceptAfterAll']);
    expect(answerResultKey('LAPSED')).toBe('lapsed');
  });

  it('is a place once confirmed', () => {
    expect(invitationLine({ ...offered, offerExpiresAt: null })).toBe('accepted');
    expect(invitationActions({ ...offered, offerExpiresAt: null })).toEqual(['decline']);
  });
});

describe('opensOnline', () => {
  it('opens an online event’s access page once she has a place, until it ends', () => {
    expect(opensOnline(invitation('ACCEPTED', 'live', { online: true }))).toBe(true);
    expect(opensOnline(invitation('ACCEPTED', 'scheduled', { online: true }))).toBe(true);
    expect(opensOnline(invitation('ACCEPTED', 'live'))).toBe(false);
    expect(opensOnline(invitation('WAITLISTED', 'live', { online: true }))).toBe(false);
    expect(opensOnline(invitation('ACCEPTED', 'ended', { online: true }))).toBe(false);
    expect(
      opensOnline({
        ...invitation('ACCEPTED', 'live', { online: true }),
        offerExpiresAt: '2026-12-09T10:00:00.000Z',
      }),
    ).toBe(false);
  });
});

describe('warnsFull', () => {
  it('warns that accepting joins the waitlist only when she can still accept a full event', () => {
    expect(warnsFull(invitation('INVITED', 'scheduled', { full: true }))).toBe(true);
    expect(warnsFull(invitation('DECLINED', 'live', { full: true }))).toBe(true);
    expect(warnsFull(invitation('INVITED', 'scheduled'))).toBe(false);
    expect(warnsFull(invitation('ACCEPTED', 'scheduled', { full: true }))).toBe(false);
    expect(warnsFull(invitation('WAITLISTED', 'scheduled', { full: true }))).toBe(false);
    expect(warnsFull(invitation('INVITED', 'ended', { full: true }))).toBe(false);
  });
});

describe('showsPass', () => {
  it('shows the QR code once she has a place at an event in a shop, to come or on now', () => {
    expect(showsPass(invitation('ACCEPTED', 'scheduled'))).toBe(true);
    expect(showsPass(invitation('ACCEPTED', 'live'))).toBe(true);
  });

  it('shows none without a place, after the event, or for an online event', () => {
    for (const status of STATUSES.filter((item) => item !== 'ACCEPTED'))
      expect(showsPass(invitation(status, 'live'))).toBe(false);
    expect(showsPass(invitation('ACCEPTED', 'ended'))).toBe(false);
    expect(showsPass(invitation('ACCEPTED', 'archived'))).toBe(false);
    expect(showsPass(invitation('ACCEPTED', 'scheduled', { online: true }))).toBe(false);
  });
});

describe('answerResultKey', () => {
  it('says what the server made of her answer', () => {
    expect(answerResultKey('ACCEPTED')).toBe('accepted');
    expect(answerResultKey('WAITLISTED')).toBe('waitlisted');
    expect(answerResultKey('DECLINED')).toBe('declined');
  });
});

describe('answerErrorKey', () => {
  it('explains each refusal of an answer', () => {
    expect(answerErrorKey(refusal('invitation_not_found'))).toBe('notFound');
    expect(answerErrorKey(refusal('private_sale_over'))).toBe('over');
    expect(answerErrorKey(refusal('already_checked_in'))).toBe('checkedIn');
  });

  it('falls back to a generic message for anything else', () => {
    expect(answerErrorKey(refusal())).toBe('generic');
    expect(answerErrorKey(refusal('offer_limit_reached'))).toBe('generic');
    expect(answerErrorKey(refusal('constructor'))).toBe('generic');
    expect(answerErrorKey(new Error('network down'))).toBe('generic');
    expect(answerErrorKey(null)).toBe('generic');
  });
});

describe('eventWords', () => {
  const sale = { nameEn: 'Winter sale', nameFr: 'Vente d’hiver', textEn: 'Hi', textFr: 'Salut' };

  it('reads French for fr and English for any other locale', () => {
    expect(eventWords(sale, 'fr')).toEqual({ name: 'Vente d’hiver', text: 'Salut' });
    expect(eventWords(sale, 'en')).toEqual({ name: 'Winter sale', text: 'Hi' });
    expect(eventWords(sale, 'de')).toEqual({ name: 'Winter sale', text: 'Hi' });
  });
});

describe('formatEventDates', () => {
  // Intl separates parts with narrow and thin no-break spaces: compare with plain spaces.
  const plain = (text: string) => text.replace(/\s/g, ' ');
  const start = new Date('2026-12-07T17:00:00Z');

  it('says the day once for an evening, in the programme’s time zone', () => {
    const end = new Date('2026-12-07T20:00:00Z');
    expect(plain(formatEventDates(start, end, 'en', 'Europe/Paris'))).toBe(
      'Dec 7, 2026, 6:00 – 9:00 PM',
    );
    expect(plain(formatEventDates(start, end, 'fr', 'Europe/Paris'))).toMatch(
      /^7 déc\. 2026, 18:00 – 21:00$/,
    );
  });

  it('says both days for an event over several days', () => {
    const end = new Date('2026-12-09T19:00:00Z');
    expect(plain(formatEventDates(start, end, 'en', 'Europe/Paris'))).toBe(
      'Dec 7, 2026, 6:00 PM – Dec 9, 2026, 8:00 PM',
    );
  });

  it('takes the dates as the wire may carry them, as strings', () => {
    expect(
      plain(formatEventDates(start.toISOString(), '2026-12-07T20:00:00Z', 'en', 'Europe/Paris')),
    ).toBe('Dec 7, 2026, 6:00 – 9:00 PM');
  });
});
