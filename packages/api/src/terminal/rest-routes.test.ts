import { describe, expect, it } from 'vitest';
import { terminalRouter } from './index.ts';
import { restRoutes } from './rest-routes.ts';

describe('restRoutes', () => {
  it("gives every route its answer's JSON Schema, for the server to serialize answers from", () => {
    const routes = restRoutes(terminalRouter);
    expect(routes.filter((route) => !route.answerSchema).map((route) => route.path)).toEqual([]);
    const purchase = routes.find((route) => route.path === '/purchases')!;
    expect(purchase.answerSchema).toMatchObject({
      type: 'object',
      properties: { purchase: { properties: { pointsEarned: { type: 'integer' } } } },
      required: ['purchase'],
    });
  });
});
