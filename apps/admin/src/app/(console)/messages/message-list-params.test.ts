import { describe, expect, it } from 'vitest';
import { messageFilter, messageParamsQuery, readMessageParams } from './message-list-params.ts';

describe('message list params', () => {
  it('reads the channel, the status and the page from the URL, ignoring what does not fit', () => {
    expect(readMessageParams(new URLSearchParams('channel=SMS&status=FAILED&page=3'))).toEqual({
      channel: 'SMS',
      status: 'FAILED',
      page: 3,
    });
    expect(readMessageParams(new URLSearchParams('channel=FAX&status=sent&page=-2'))).toEqual({
      channel: '',
      status: '',
      page: 1,
    });
  });

  it('writes only what differs from the whole outbox, and round-trips', () => {
    expect(messageParamsQuery({ channel: '', status: '', page: 1 })).toBe('');
    const params = { channel: 'EMAIL', status: 'SKIPPED', page: 2 } as const;
    expect(messageParamsQuery(params)).toBe('?channel=EMAIL&status=SKIPPED&page=2');
    expect(readMessageParams(new URLSearchParams(messageParamsQuery(params)))).toEqual(params);
  });

  it('asks for every channel and status when none is chosen', () => {
    expect(messageFilter({ channel: '', status: '', page: 1 })).toEqual({
      channel: undefined,
      status: undefined,
      page: 1,
    });
  });
});
