/**
 * Tests that run builds of their own. They live in one file on purpose: Vitest runs the tests of a
 * file one after another, and concurrent Astro builds in one project share .astro/ and the
 * content-layer cache. The rebuild of the real catalogue runs last, so that cache ends up as before.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, requireBuild } from './helpers';
import { buildEnv, run } from './run';
// Suites that run builds of their own are registered here, so no two builds ever run at once.
import './broken-case.suite';
import './case-rules-build.suite';
import './check-build-agreement.suite';

beforeAll(requireBuild);

// Inside the project on purpose: with an outDir outside it, Astro 5 also writes its content-layer
// modules (.astro files) into the output. node_modules/.cache is ignored by git and astro check.
const cache = join(process.cwd(), 'node_modules', '.cache', `praktijkbank-builds-${process.pid}`);
beforeAll(() => rmSync(cache, { recursive: true, force: true }));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** Runs `astro build` into a folder under the cache, optionally on another catalogue. */
async function build(name: string, casesDir?: string) {
  const outDir = join(cache, name);
  const env = buildEnv(casesDir ? { PRAKTIJKBANK_CASES_DIR: casesDir } : {});
  const result = await run(process.execPath, ['node_modules/astro/astro.js', 'build', '--outDir', outDir], { env });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file below a folder, as sorted relative paths. */
function files(dir: string, root = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? files(full, root) : [relative(root, full)];
    })
    .sort();
}

describe('permanent addresses in a catalogue with a renamed case', () => {
  test('the old address gets a Dutch redirect page that works without JavaScript, outside the sitemap', async () => {
    const { outDir, status, output } = await build('renamed', 'tests/fixtures/build-renamed/cases');
    expect(status, output).toBe(0);
    const root = parse(readFileSync(join(outDir, 'voorbeelden/ketenstage-student-volgt-client/index.html'), 'utf8'));
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('nl');
    expect(root.querySelector('h1')?.text).toBe('Dit voorbeeld heeft een nieuw adres');
    expect(root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/voorbeelden/ketenstage-oost-groningen/');
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/voorbeelden\/ketenstage-oost-groningen\/$/);
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(root.querySelector('main a[href="/voorbeelden/ketenstage-oost-groningen/"]')).not.toBeNull();
    expect(existsSync(join(outDir, 'voorbeelden/ketenstage-oost-groningen/index.html'))).toBe(true);
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/voorbeelden/ketenstage-oost-groningen/</loc>');
    expect(sitemap).not.toContain('/voorbeelden/ketenstage-student-volgt-client/</loc>');
  }, 300_000);

  test('the build fails with a Dutch message when a published address has no case and no redirect', async () => {
    const { status, output } = await build('lost', 'tests/fixtures/build-lost-url/cases');
    expect(status).not.toBe(0);
    expect(output).toContain('Een gepubliceerd webadres zou verdwijnen');
    expect(output).toContain('Het webadres /voorbeelden/ketenstage-student-volgt-client/ is gepubliceerd');
    expect(output).toContain('redirectFrom: [ketenstage-student-volgt-client]');
  }, 300_000);
});

describe('reproducible builds', () => {
  test('building the same commit again gives byte-identical output', async () => {
    // One extra build of the real catalogue, with the same steps as `npm run build`; dist/ stays.
    const { outDir, status, output } = await build('again');
    expect(status, output).toBe(0);
    const index = await run(process.execPath, ['scripts/index-search.mjs', outDir]);
    expect(index.status, index.stderr).toBe(0);
    const first = files(DIST);
    expect(files(outDir)).toEqual(first);
    const different = first.filter((file) => !readFileSync(join(DIST, file)).equals(readFileSync(join(outDir, file))));
    expect(different).toEqual([]);
  }, 300_000);
});
