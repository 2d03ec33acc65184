import { describe, expect, it } from 'vitest';
import { isTwilioSignatureValid, twilioSignature } from './twilio-signature.ts';

// The example of Twilio's security documentation: its auth token, URL, parameters and signature.
const AUTH_TOKEN = '12345';
const URL_CALLED = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const PARAMS = new URLSearchParams({
  CallSid: 'CA1234567890ABCDE',
  Caller: '+12349013030',
  Digits: '1234',
  From: '+12349013030',
  To: '+18005551212',
});

describe('Twilio request signatures', () => {
  it('match the example Twilio documents', () => {
    expect(twilioSignature(AUTH_TOKEN, URL_CALLED, PARAMS)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
  });

  it('refuse a changed parameter, another URL, no header', () => {
    const header = twilioSignature(AUTH_TOKEN, URL_CALLED, PARAMS);
    const changed = new URLSearchParams(PARAMS);
    changed.set('Digits', '9999');
    const valid = (url: string, params: URLSearchParams, h?: string) =>
      isTwilioSignatureValid({ authToken: AUTH_TOKEN, url, params, header: h });
    expect(valid(URL_CALLED, PARAMS, header)).toBe(true);
    expect(valid(URL_CALLED, changed, header)).toBe(false);
    expect(valid('https://mycompany.com/other', PARAMS, header)).toBe(false);
    expect(valid(URL_CALLED, PARAMS)).toBe(false);
  });
});
