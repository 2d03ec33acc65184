import { describe, expect, it } from 'vitest';
import { parseEntryImport } from './contest-import.ts';

describe('parseEntryImport', () => {
  it('reads the columns by their header, normalises each post, and merges a post seen twice', () => {
    const csv = [
      '\ufeffUsername;Permalink;Platform;E-mail',
      '@Lea.M;https://www.instagram.com/p/LeaPost1/?igsh=x;Instagram;LEA@example.com',
      'hugo_b;https://www.tiktok.com/@hugo_b/video/7440000000000000001;;',
      'lea.m;instagram.com/reel/LeaPost1;instagram;',
    ].join('\n');
    expect(parseEntryImport(csv)).toEqual({
      entries: [
        {
          line: 2,
          network: 'INSTAGRAM',
          postUrl: 'https://www.instagram.com/p/LeaPost1/',
          handle: 'lea.m',
          email: 'lea@example.com',
        },
        {
          line: 3,
          network: 'TIKTOK',
          postUrl: 'https://www.tiktok.com/@hugo_b/video/7440000000000000001',
          handle: 'hugo_b',
          email: null,
        },
      ],
      problems: [],
      duplicates: 1,
    });
  });

  it('lists every bad row with its line', () => {
    const csv = [
      'network,post_url,handle,email',
      'instagram,https://www.tiktok.com/@a/video/7440000000000000001,a,',
      'myspace,https://myspace.com/x,x,',
      'instagram,https://www.instagram.com/p/Good123/,good,not-an-email',
      'instagram,,nobody,',
      'instagram,https://www.instagram.com/p/Fine123/,fine,',
    ].join('\r\n');
    const parsed = parseEntryImport(csv);
    expect(parsed.problems).toEqual([
      {
        line: 2,
        problem: 'otherNetwork',
        network: 'INSTAGRAM',
        other: 'TIKTOK',
        value: 'https://www.tiktok.com/@a/video/7440000000000000001',
        message: expect.stringContaining('Not an Instagram post (a TikTok link)'),
      },
      {
        line: 3,
        problem: 'unknownNetwork',
        value: 'myspace',
        message: 'Unknown network "myspace"',
      },
      {
        line: 4,
        problem: 'notAnEmail',
        value: 'not-an-email',
        message: 'Not an email address: not-an-email',
      },
      { line: 5, problem: 'noLink', message: 'No post link' },
    ]);
    expect(parsed.entries.map((entry) => entry.line)).toEqual([6]);
  });

  it('says what is wrong with a file that is not one it can read', () => {
    expect(parseEntryImport('name,city\nLea,Paris').problems).toEqual([
      { line: 1, problem: 'noLinkColumn', message: expect.stringContaining('No post link column') },
    ]);
    expect(parseEntryImport('').problems).toEqual([
      { line: 1, problem: 'empty', message: 'The file is empty' },
    ]);
  });
});
