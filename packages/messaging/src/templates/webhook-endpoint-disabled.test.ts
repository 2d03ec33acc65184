import { describe, expect, it } from 'vitest';
import { webhookEndpointDisabledEmail } from './webhook-endpoint-disabled.ts';

const base = {
  to: 'owner@example.com',
  name: 'Sam',
  endpointUrl: 'https://crm.example/hooks?a=1&b=<2>',
  deliveriesUrl: 'http://127.0.0.1:3001/webhooks/7d1f',
};

describe('the email of a switched-off webhook endpoint', () => {
  it('tells the owner which endpoint, in her language, with a link to its deliveries', async () => {
    const en = await webhookEndpointDisabledEmail({ ...base, locale: 'en' });
    expect(en.subject).toBe('A webhook endpoint was switched off');
    expect(en.text).toContain('Hello Sam,');
    expect(en.text).toContain('failed for 5 days');
    expect(en.html).toContain(`href="${base.deliveriesUrl}"`);
    // The address is the integrator's text: escaped in HTML.
    expect(en.html).toContain('https://crm.example/hooks?a=1&amp;b=&lt;2&gt;');
    const fr = await webhookEndpointDisabledEmail({ ...base, locale: 'fr' });
    expect(fr.subject).toBe('Un point de terminaison webhook a été désactivé');
    expect(fr.text).toContain('Bonjour Sam,');
  });
});
