/**
 * Smoke test of the benchmark's entry point, outside vitest as `npm run bench` runs it: every
 * module it imports loads (the browser harness without vitest, playwright-core, the site code),
 * and a generated catalogue passes the project's check. Builds nothing, times nothing.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);

test('npm run bench -- --dry-run loads every module and checks a generated catalogue', async () => {
  const viteNode = join(process.cwd(), 'node_modules/vite-node/vite-node.mjs');
  const { stdout } = await run(process.execPath, [viteNode, 'scripts/bench/run.ts', '--', '--dry-run', '--sizes', '60'], { cwd: process.cwd(), env: { ...process.env, NODE_ENV: 'production' } });
  expect(stdout).toContain('60 voorbeelden gecontroleerd met het schema');
  expect(stdout).toContain('droge run klaar: 60 voorbeelden gecontroleerd, niets gebouwd.');
}, 120_000);
