import type { Db, StaffRole } from '@fidele/db';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { describe, expect, it } from 'vitest';
import { staffRouter } from './staff/index.ts';

// What a browser receives from a refused call: the HTTP answer of the real router and formatter.
// Input is refused before any database access, so none is needed.
const post = async (path: string, input: unknown, role: StaffRole = 'OWNER') => {
  const response = await fetchRequestHandler({
    endpoint: '/api/trpc',
    req: new Request(`http://admin.test/api/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: input }),
    }),
    router: staffRouter,
    createContext: () => ({
      db: {} as Db,
      response: {},
      staff: { id: '00000000-0000-4000-8000-000000000000', role },
    }),
  });
  return (await response.json()) as { error: { json: { data: Record<string, unknown> } } };
};

describe('the tRPC error formatter', () => {
  it('hands zod issues to the form per field, by their full path', async () => {
    const tier = {
      code: 'MEMBER',
      name: 'Member',
      nameFr: 'Membre',
      benefitsEn: '',
      benefitsFr: '',
      colour: '#64748b',
      threshold: 0,
      earnMultiplier: 100,
    };
    const answer = await post('tiers.save', {
      tiers: [tier, { ...tier, code: 'GOLD', threshold: -5 }],
    });
    const data = answer.error.json.data;
    expect(data.code).toBe('BAD_REQUEST');
    expect(data.zodError).toEqual({
      formErrors: [],
      fieldErrors: { 'tiers.1.threshold': [expect.any(String)] },
    });
  });

  it('gives a domain refusal its catalogue code', async () => {
    const answer = await post('tiers.save', { tiers: [] }, 'SUPPORT');
    expect(answer.error.json.data).toMatchObject({ code: 'FORBIDDEN', appCode: 'forbidden' });
  });
});
