import { describe, expect, it } from 'vitest';
import { csvRowCount } from './import-file.ts';

describe('the rows of an entry file', () => {
  it('counts the lines under the header, whatever the line endings', () => {
    expect(csvRowCount('network,url\ninstagram,a\r\ninstagram,b\rtiktok,c')).toBe(3);
  });

  it('skips blank lines, and counts none in a file with only its header or nothing', () => {
    expect(csvRowCount('url\n\nhttps://a\n  \nhttps://b\n')).toBe(2);
    expect(csvRowCount('url\n')).toBe(0);
    expect(csvRowCount('')).toBe(0);
  });
});
