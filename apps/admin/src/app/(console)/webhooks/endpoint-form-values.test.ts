import { describe, expect, it } from 'vitest';
import { newEndpointForm, readEndpointForm } from './endpoint-form-values.ts';

describe('the endpoint form', () => {
  it('names every field to fix at once', () => {
    expect(readEndpointForm(newEndpointForm)).toEqual({ errors: ['url', 'events'] });
    expect(
      readEndpointForm({
        ...newEndpointForm,
        url: 'http://crm.example/hooks',
        events: ['code.issued'],
      }),
    ).toEqual({ errors: ['url'] });
  });

  it('reads an https address and the events ticked, each once', () => {
    expect(
      readEndpointForm({
        url: ' https://crm.example/hooks ',
        description: ' CRM ',
        events: ['points.earned', 'points.earned', 'tier.changed'],
        enabled: true,
      }),
    ).toEqual({
      input: {
        url: 'https://crm.example/hooks',
        description: 'CRM',
        events: ['points.earned', 'tier.changed'],
        enabled: true,
      },
    });
  });

  it('lets a receiver on this machine be http (the server decides whether the platform allows it)', () => {
    const read = readEndpointForm({
      ...newEndpointForm,
      url: 'http://127.0.0.1:4100/hooks',
      events: ['points.earned'],
    });
    expect(read).toMatchObject({ input: { url: 'http://127.0.0.1:4100/hooks' } });
  });
});
