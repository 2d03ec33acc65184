import { describe, expect, it } from 'vitest';
import { unstorableTextPath } from './storable-text.ts';

describe('unstorableTextPath', () => {
  it('names the first string holding a NUL or an unpaired surrogate', () => {
    expect(unstorableTextPath({ externalId: 'a\u0000b' })).toEqual(['externalId']);
    expect(unstorableTextPath({ lines: [{ sku: 'ok' }, { sku: 'x\ud800' }] })).toEqual([
      'lines',
      1,
      'sku',
    ]);
    expect(unstorableTextPath({ ['k\udc00']: 1 })).toEqual([]);
  });

  it('walks any nesting a body allows in one pass, without overflowing the stack', () => {
    const depth = 120_000;
    const deep = JSON.parse(`{"lines":${'['.repeat(depth)}"x\\u0000"${']'.repeat(depth)}}`);
    expect(unstorableTextPath(deep)).toHaveLength(depth + 1);
  });

  it('lets well-formed text through, emoji and accents included', () => {
    expect(unstorableTextPath({ firstName: 'Zoë 😀', amount: 1, tags: ['été'] })).toBeUndefined();
    expect(unstorableTextPath(undefined)).toBeUndefined();
  });
});
