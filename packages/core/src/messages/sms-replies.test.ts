import { describe, expect, it } from 'vitest';
import { isStopReply } from './sms-replies.ts';

describe('isStopReply', () => {
  it('hears STOP in any case, with accents or punctuation, as the first word', () => {
    for (const body of ['STOP', 'stop', ' Stop.', 'Arrêt', 'ARRET svp', 'stopall', 'Unsubscribe'])
      expect([body, isStopReply(body)]).toEqual([body, true]);
  });

  it('does not stop on other replies', () => {
    for (const body of ['', 'Merci !', 'Je ne peux pas stop', 'STOPPER', 'OK'])
      expect([body, isStopReply(body)]).toEqual([body, false]);
  });
});
