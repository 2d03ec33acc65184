// The JavaScript each portal page makes a phone download before it can be used, gzipped: the
// framework's chunks (`rootMainFiles` of the build manifest) and every chunk the page's client
// reference manifest names for its entry (root and group layouts, error and not-found boundaries,
// the page), each chunk counted once. Chunks loaded on demand (`import()`, `next/dynamic`) are not
// first-load. Builds the portal first unless BENCH_NO_BUILD=1 reads the existing build.
// Budget: 150 kB per route (exit code 1 above it). See bench/README.md.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const APP = join(ROOT, 'apps/portal');
const NEXT = join(APP, '.next');
const BUDGET_KB = Number(process.env.BENCH_FIRST_LOAD_KB ?? 150);

if (process.env.BENCH_NO_BUILD !== '1')
  execFileSync(
    'npx',
    ['turbo', 'run', 'build', '--filter=@fidele/portal', '--output-logs=errors-only'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );

const gzipped = new Map();
const gzippedSize = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(NEXT, file))).length);
  return gzipped.get(file);
};

const manifestsUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return manifestsUnder(path);
    return entry.name === 'page_client-reference-manifest.js' ? [path] : [];
  });

/** `/(member)/games/[gameId]/page` → `/games/[gameId]`: route groups are not in the URL. */
const routeOf = (entry) =>
  entry
    .replace(/\/page$/, '')
    .split('/')
    .filter((segment) => !/^\(.+\)$/.test(segment))
    .join('/') || '/';

const { rootMainFiles } = JSON.parse(readFileSync(join(NEXT, 'build-manifest.json'), 'utf8'));
const rows = manifestsUnder(join(NEXT, 'server/app'))
  .map((path) => {
    // The manifest is a script that sets a global: run it in a sandbox to read it.
    const sandbox = { globalThis: {} };
    sandbox.globalThis = sandbox;
    runInNewContext(readFileSync(path, 'utf8'), sandbox);
    const [[entry, manifest]] = Object.entries(sandbox.__RSC_MANIFEST);
    const files = new Set([...rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
    const bytes = [...files].reduce((sum, file) => sum + gzippedSize(file), 0);
    return { route: routeOf(entry), kB: Math.round(bytes / 100) / 10, manifest: path };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

const framework = rootMainFiles.reduce((sum, file) => sum + gzippedSize(file), 0);
console.log(
  `First-load JS per route, gzipped (framework alone: ${(framework / 1000).toFixed(1)} kB)`,
);
for (const { route, kB } of rows)
  console.log(`${kB > BUDGET_KB ? '✗' : '✓'} ${route.padEnd(36)} ${kB.toFixed(1).padStart(6)} kB`);
const over = rows.filter((row) => row.kB > BUDGET_KB);
if (rows.length === 0)
  throw new Error(`No page manifests under ${relative(ROOT, NEXT)}: build it first`);
if (over.length) {
  console.log(`${over.length} route(s) over the ${BUDGET_KB} kB budget.`);
  process.exit(1);
}
console.log(`Every route within the ${BUDGET_KB} kB budget.`);
