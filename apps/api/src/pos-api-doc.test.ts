import { readFile } from 'node:fs/promises';
import { terminalOpenApiDocument, terminalRouter } from '@fidele/api/terminal';
import { errorCatalogue } from '@fidele/core';
import { describe, expect, it } from 'vitest';
import { withOrderWebhooks } from './order-webhooks-openapi.ts';

// docs/pos-api.md is the contract as integrators read it: it must not drift from the code either.
const doc = () => readFile(new URL('../../../docs/pos-api.md', import.meta.url), 'utf8');

describe('docs/pos-api.md', () => {
  it('lists every code of the error catalogue with its status', async () => {
    const text = await doc();
    const rows = new Map(
      [...text.matchAll(/^\| (\d{3}) +\| `(\w+)` +\|/gm)].map(([, status, code]) => [code, status]),
    );
    for (const [code, { status }] of Object.entries(errorCatalogue))
      expect([code, rows.get(code)]).toEqual([code, String(status)]);
    expect([...rows.keys()].sort()).toEqual(Object.keys(errorCatalogue).sort());
  });

  it('has a section for every operation the server documents', async () => {
    const text = await doc();
    const document = withOrderWebhooks(terminalOpenApiDocument(terminalRouter, '/api/v1'));
    for (const [path, item] of Object.entries(document.paths ?? {}))
      for (const method of Object.keys(item as object))
        expect(text).toContain(`### ${method.toUpperCase()} ${path}\n`);
  });
});
