import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = relative(ROOT, fileURLToPath(import.meta.url));

// Documents that lived beside the repository while it was being written: a clone has none of them.
const OUTSIDE = [
  /\.\.\/shared\b/,
  /\/work\//,
  /\bSPEC\.md\b/,
  /\bPOS-API\.md\b/,
  /\bUX\.md\b/,
  /\bDEVELOPERS\.md\b/,
  /\bSTYLE\.md\b/,
];

it('refers to nothing outside the repository', () => {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && file !== SELF);
  const found = files.flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        OUTSIDE.some((pattern) => pattern.test(line))
          ? [`${file}:${index + 1}: ${line.trim()}`]
          : [],
      ),
  );
  expect(found).toEqual([]);
});
