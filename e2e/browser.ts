import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

// The end-to-end suite needs a Chromium and a newcomer has only Node and npm: find one, or install
// Debian's when we may, or say in one line what to install.

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const APT_INSTALL = 'apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium';

/** What the machine offers, gathered by `machineFacts` and injected in tests. */
export interface BrowserFacts {
  chromiumPathEnv: string | undefined;
  /** Playwright's own download (`npx playwright install chromium`), whether or not it is there. */
  playwrightPath: string | undefined;
  isFile: (path: string) => boolean;
  isRoot: boolean;
  hasAptGet: boolean;
}

export type BrowserChoice =
  | { kind: 'found'; path: string }
  | { kind: 'install'; command: string }
  | { kind: 'missing'; message: string };

export function chooseBrowser(facts: BrowserFacts): BrowserChoice {
  if (facts.chromiumPathEnv) {
    return facts.isFile(facts.chromiumPathEnv)
      ? { kind: 'found', path: facts.chromiumPathEnv }
      : {
          kind: 'missing',
          message: `CHROMIUM_PATH=${facts.chromiumPathEnv} is not a file: point it at a Chromium or Chrome executable, or unset it.`,
        };
  }
  for (const path of [DEBIAN_CHROMIUM, facts.playwrightPath]) {
    if (path && facts.isFile(path)) return { kind: 'found', path };
  }
  if (facts.isRoot && facts.hasAptGet) return { kind: 'install', command: APT_INSTALL };
  const debian = facts.hasAptGet
    ? '`sudo apt-get install -y --no-install-recommends chromium`, or '
    : '';
  return {
    kind: 'missing',
    message: `No Chromium for the end-to-end tests: install one with ${debian}\`npx playwright install chromium\`, or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
  };
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

function playwrightPath() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export function machineFacts(): BrowserFacts {
  return {
    chromiumPathEnv: process.env.CHROMIUM_PATH || undefined,
    playwrightPath: playwrightPath(),
    isFile,
    isRoot: process.getuid?.() === 0,
    hasAptGet: (process.env.PATH ?? '')
      .split(delimiter)
      .some((dir) => isFile(join(dir, 'apt-get'))),
  };
}

/** For the Playwright config: the browser `provisionBrowser` made sure of. */
export function browserPath(): string {
  const choice = chooseBrowser(machineFacts());
  if (choice.kind === 'found') return choice.path;
  throw new Error(
    choice.kind === 'missing'
      ? choice.message
      : 'No Chromium yet: `npm run test:e2e` installs it, or set CHROMIUM_PATH.',
  );
}

/** Before the suite: finds a browser or installs Debian's; exits with one line when it cannot. */
export function provisionBrowser(): string {
  const choice = chooseBrowser(machineFacts());
  if (choice.kind === 'found') return choice.path;
  if (choice.kind === 'install') {
    console.log("No Chromium found: installing Debian's chromium for the end-to-end tests…");
    const run = spawnSync('sh', ['-c', choice.command], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status === 0 && isFile(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
    console.error(`Installing chromium failed (\`${choice.command}\`): install it by hand.`);
  } else {
    console.error(choice.message);
  }
  process.exit(1);
}
