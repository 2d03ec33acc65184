import { describe, expect, it } from 'vitest';
import { messageOfUnsubscribeToken, unsubscribeToken } from './unsubscribe-token.ts';

const SECRET = 'a-secret-of-at-least-sixteen-characters';
const ID = '6f1c1d2e-9a8b-4c3d-8e7f-0a1b2c3d4e5f';

describe('unsubscribe tokens', () => {
  it('name the message they were made for', () => {
    expect(messageOfUnsubscribeToken(unsubscribeToken(ID, SECRET), SECRET)).toBe(ID);
  });

  it('refuse another message, another secret, a changed signature and junk', () => {
    const token = unsubscribeToken(ID, SECRET);
    const other = '7f1c1d2e-9a8b-4c3d-8e7f-0a1b2c3d4e5f';
    expect(messageOfUnsubscribeToken(`${other}.${token.split('.')[1]}`, SECRET)).toBeNull();
    expect(messageOfUnsubscribeToken(token, 'another-secret-of-sixteen-chars')).toBeNull();
    expect(messageOfUnsubscribeToken(`${token.slice(0, -1)}A`, SECRET)).toBeNull();
    for (const junk of ['', '.', ID, `${ID}.`, `${token}.x`, 'not-a-uuid.abc'])
      expect(messageOfUnsubscribeToken(junk, SECRET)).toBeNull();
  });
});
