import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, requireBuild } from './helpers';

beforeAll(requireBuild);

// Inside the project on purpose: with an outDir outside it, Astro 5 also writes its content-layer
// modules (.astro files) into the output. node_modules/.cache is ignored by git and astro check.
const out = join(process.cwd(), 'node_modules', '.cache', `praktijkbank-rebuild-${process.pid}`);
beforeAll(() => rmSync(out, { recursive: true, force: true }));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every file below a folder, as sorted relative paths. */
function files(dir: string, root = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? files(full, root) : [relative(root, full)];
    })
    .sort();
}

describe('reproducible builds', () => {
  test('building the same commit again gives byte-identical output', () => {
    // One extra build into a temporary folder, with the same steps as `npm run build`; dist/ stays.
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    execFileSync(process.execPath, ['node_modules/astro/astro.js', 'build', '--outDir', out], { env, stdio: 'pipe' });
    execFileSync(process.execPath, ['scripts/index-search.mjs', out], { env, stdio: 'pipe' });
    const first = files(DIST);
    expect(files(out)).toEqual(first);
    const different = first.filter((file) => !readFileSync(join(DIST, file)).equals(readFileSync(join(out, file))));
    expect(different).toEqual([]);
  }, 300_000);
});
