import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Where the API processes spent their CPU, from the `.cpuprofile` files `--cpu-prof` wrote:
//   BENCH_API_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/fidele-profile" npm run bench
//   npm run bench:profile -- /tmp/fidele-profile
// Self time is summed by where the code lives (a package, a Node module, the project's own
// modules, native work such as socket writes), over every process's profile.

type CallFrame = { functionName: string; url: string };
type ProfileNode = { id: number; callFrame: CallFrame };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** The part of the program a function belongs to, as a reader of the profile would name it. */
const placeOf = ({ functionName, url }: CallFrame) => {
  if (!url) return functionName.startsWith('(') ? functionName : `native: ${functionName}`;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1]!;
  if (url.startsWith('node:')) return url;
  const own = /\/(apps\/[^/]+|packages\/[^/]+)\//.exec(url);
  return own ? `fidele ${own[1]}` : url;
};

const files = process.argv.slice(2).flatMap((path) =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.cpuprofile'))
        .map((name) => join(path, name))
    : [path],
);
if (files.length === 0) {
  console.error('Usage: npm run bench:profile -- <.cpuprofile files or their directory>');
  process.exit(1);
}

const byPlace = new Map<string, number>();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const places = new Map(profile.nodes.map((node) => [node.id, placeOf(node.callFrame)]));
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    const place = places.get(id) ?? '(unknown)';
    byPlace.set(place, (byPlace.get(place) ?? 0) + micros);
    total += micros;
  });
}

const busy = total - (byPlace.get('(idle)') ?? 0);
console.log(
  `${files.length} profile(s), ${(total / 1e6).toFixed(1)} s sampled, ${((busy / total) * 100).toFixed(1)} % busy\n`,
);
console.table(
  [...byPlace.entries()]
    .sort(([, a], [, b]) => b - a)
    .slice(0, 20)
    .map(([place, micros]) => ({
      'where the time went': place,
      '% of all': Number(((micros / total) * 100).toFixed(1)),
      '% of busy': place === '(idle)' ? '' : Number(((micros / busy) * 100).toFixed(1)),
    })),
);
