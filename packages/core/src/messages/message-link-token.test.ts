import { describe, expect, it } from 'vitest';
import { messageLinkToken, messageOfLinkToken } from './message-link-token.ts';

const SECRET = 'a-secret-of-at-least-sixteen-characters';
const ID = '6f1c1d2e-9a8b-4c3d-8e7f-0a1b2c3d4e5f';

describe('message link tokens', () => {
  it('name the message they were made for', () => {
    expect(
      messageOfLinkToken('unsubscribe', messageLinkToken('unsubscribe', ID, SECRET), SECRET),
    ).toBe(ID);
    expect(messageOfLinkToken('track', messageLinkToken('track', ID, SECRET), SECRET)).toBe(ID);
  });

  it('refuse another purpose, another message, another secret, a changed signature and junk', () => {
    const token = messageLinkToken('unsubscribe', ID, SECRET);
    const other = '7f1c1d2e-9a8b-4c3d-8e7f-0a1b2c3d4e5f';
    expect(
      messageOfLinkToken('unsubscribe', messageLinkToken('track', ID, SECRET), SECRET),
    ).toBeNull();
    expect(messageOfLinkToken('unsubscribe', `${other}.${token.split('.')[1]}`, SECRET)).toBeNull();
    expect(messageOfLinkToken('unsubscribe', token, 'another-secret-of-sixteen-chars')).toBeNull();
    expect(messageOfLinkToken('unsubscribe', `${token.slice(0, -1)}A`, SECRET)).toBeNull();
    for (const junk of ['', '.', ID, `${ID}.`, `${token}.x`, 'not-a-uuid.abc'])
      expect(messageOfLinkToken('unsubscribe', junk, SECRET)).toBeNull();
  });
});
