import { describe, expect, it } from 'vitest';
import { type BrowserFacts, chooseBrowser } from './browser.ts';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine with Node and npm only, as root on Debian, unless a test says otherwise. */
const machine = (files: string[], facts: Partial<BrowserFacts> = {}): BrowserFacts => ({
  chromiumPathEnv: undefined,
  playwrightPath: PLAYWRIGHT,
  isFile: (path) => files.includes(path),
  isRoot: true,
  hasAptGet: true,
  ...facts,
});

describe('chooseBrowser', () => {
  it('takes CHROMIUM_PATH first', () => {
    const facts = machine(['/opt/chrome', '/usr/bin/chromium', PLAYWRIGHT], {
      chromiumPathEnv: '/opt/chrome',
    });
    expect(chooseBrowser(facts)).toEqual({ kind: 'found', path: '/opt/chrome' });
  });

  it('says so when CHROMIUM_PATH names no file, rather than using another browser', () => {
    const facts = machine(['/usr/bin/chromium'], { chromiumPathEnv: '/opt/nothing' });
    expect(chooseBrowser(facts)).toEqual({
      kind: 'missing',
      message: expect.stringContaining('CHROMIUM_PATH=/opt/nothing is not a file'),
    });
  });

  it("then Debian's chromium, then Playwright's own download", () => {
    expect(chooseBrowser(machine(['/usr/bin/chromium', PLAYWRIGHT]))).toEqual({
      kind: 'found',
      path: '/usr/bin/chromium',
    });
    expect(chooseBrowser(machine([PLAYWRIGHT]))).toEqual({ kind: 'found', path: PLAYWRIGHT });
  });

  it("installs Debian's chromium when nothing is there and we are root with apt-get", () => {
    expect(chooseBrowser(machine([]))).toEqual({
      kind: 'install',
      command: 'apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium',
    });
    expect(chooseBrowser(machine([], { playwrightPath: undefined })).kind).toBe('install');
  });

  it('otherwise stops with one line saying what to install', () => {
    const user = chooseBrowser(machine([], { isRoot: false }));
    expect(user).toEqual({
      kind: 'missing',
      message:
        'No Chromium for the end-to-end tests: install one with `sudo apt-get install -y --no-install-recommends chromium`, or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    });
    const mac = chooseBrowser(machine([], { isRoot: false, hasAptGet: false }));
    expect(mac).toEqual({
      kind: 'missing',
      message:
        'No Chromium for the end-to-end tests: install one with `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    });
    expect(chooseBrowser(machine([], { hasAptGet: false })).kind).toBe('missing');
  });
});
