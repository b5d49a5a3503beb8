import { describe, expect, test } from 'vitest';
import { buildEnv, run } from './run';

describe('a case with a wrong value', { timeout: 300_000 }, () => {
  test('fails the content sync of the build with the Dutch message, the file and a near match', async () => {
    const result = await run(process.execPath, ['node_modules/astro/astro.js', 'sync'], { env: buildEnv({ PRAKTIJKBANK_CASES_DIR: 'tests/fixtures/build-broken' }) });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('ketenstage-met-fout.mdx');
    expect(output).toContain('Het veld "provinces[1]" bevat "noordholland"; dat is geen bekende waarde voor provincie. Bedoelde u "noord-holland"?');
  });
});
