import { describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

const bed = setUpStaffCallers();
const { as } = bed;
const fields = {
  url: 'https://crm.example/hooks/fidele',
  description: 'CRM',
  events: ['points.earned' as const],
  enabled: true,
};

describe('outbound webhooks (OWNER)', () => {
  it('are the OWNER’s only', async () => {
    for (const role of ['MARKETING', 'STORE_MANAGER', 'SUPPORT'] as const) {
      expect((await rejection(as(role).webhooks.list())).code).toBe('FORBIDDEN');
      expect((await rejection(as(role).webhooks.create(fields))).code).toBe('FORBIDDEN');
    }
    expect((await rejection(bed.anonymous().webhooks.list())).code).toBe('UNAUTHORIZED');
  });

  it('shows the secret once: in create’s and rotate’s answers, never in the list', async () => {
    const owner = as('OWNER');
    const { endpoint, secret } = await owner.webhooks.create(fields);
    expect(secret).toMatch(/^whsec_/);
    expect(endpoint).toMatchObject({ ...fields, events: ['points.earned'] });
    const { secret: rotated } = await owner.webhooks.rotateSecret({ endpointId: endpoint.id });
    const listed = JSON.stringify(await owner.webhooks.list());
    expect(listed).toContain(endpoint.id);
    expect(listed).not.toContain(secret);
    expect(listed).not.toContain(rotated);
  });

  it('refuses addresses that are not https, field by field', async () => {
    const owner = as('OWNER');
    const invalid = await rejection(
      owner.webhooks.create({ ...fields, url: 'http://crm.example/hooks', events: [] }),
    );
    expect(invalid.code).toBe('BAD_REQUEST');
    const issues = (invalid.cause as unknown as { issues: { path: PropertyKey[] }[] }).issues;
    expect(issues.map((issue) => issue.path[0]).sort()).toEqual(['events', 'url']);
    // A receiver on this machine needs the app to allow local http (a development platform).
    const local = await rejection(
      owner.webhooks.create({ ...fields, url: 'http://127.0.0.1:9999/hooks' }),
    );
    expect(local.cause?.code).toBe('webhook_url_insecure');
  });

  it('lists deliveries, replays a finished one, refuses one on its way, and limits test events', async () => {
    const owner = as('OWNER');
    const { endpoint } = await owner.webhooks.create(fields);
    const { eventId } = await owner.webhooks.sendTest({ endpointId: endpoint.id });
    const { items } = await owner.webhooks.deliveries({ endpointId: endpoint.id });
    expect(items.map((d) => [d.event.id, d.event.type, d.status])).toEqual([
      [eventId, 'webhook.test', 'PENDING'],
    ]);
    const deliveryId = items[0]!.id;
    expect((await rejection(owner.webhooks.replay({ deliveryId }))).cause?.code).toBe(
      'webhook_delivery_in_progress',
    );

    await bed.db.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: 'FAILED', attempts: 8 },
    });
    await owner.webhooks.replay({ deliveryId });
    const [replayed] = (
      await owner.webhooks.deliveries({ endpointId: endpoint.id, status: 'PENDING' })
    ).items;
    expect([replayed!.id, replayed!.attempts.length]).toEqual([deliveryId, 0]);
    expect(
      await bed.db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } }),
    ).toMatchObject({ attempts: 0 });

    for (let sent = 1; sent < 10; sent++)
      await owner.webhooks.sendTest({ endpointId: endpoint.id });
    expect(
      (await rejection(owner.webhooks.sendTest({ endpointId: endpoint.id }))).cause?.code,
    ).toBe('rate_limited');

    const audit = await owner.audit.list({ target: { type: 'webhook_endpoint', id: endpoint.id } });
    expect(audit.items.map((entry) => entry.action)).toContain('webhook_endpoint.replay');
  });

  it('deletes an endpoint with its deliveries', async () => {
    const owner = as('OWNER');
    const { endpoint } = await owner.webhooks.create(fields);
    await owner.webhooks.delete({ endpointId: endpoint.id });
    expect((await rejection(owner.webhooks.get({ endpointId: endpoint.id }))).cause?.code).toBe(
      'webhook_endpoint_not_found',
    );
    expect((await rejection(owner.webhooks.delete({ endpointId: endpoint.id }))).code).toBe(
      'NOT_FOUND',
    );
  });
});
