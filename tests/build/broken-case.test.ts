import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

describe('a case with a wrong value', () => {
  test('fails the content sync of the build with the Dutch message, the file and a near match', () => {
    const result = spawnSync('npx', ['astro', 'sync'], {
      env: { ...process.env, PRAKTIJKBANK_CASES_DIR: 'tests/fixtures/build-broken', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('ketenstage-met-fout.mdx');
    expect(output).toContain('Het veld "provinces[1]" bevat "noordholland"; dat is geen bekende waarde voor provincie. Bedoelde u "noord-holland"?');
  });
});
