import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { datasetTitle } from '../../src/data/dataset';
import { site } from '../../src/data/site';

const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('CITATION.cff', () => {
  test('has the fields CFF 1.2.0 requires', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(typeof cff.message).toBe('string');
    expect(cff.authors).toEqual([{ name: site.editor }]);
  });

  test('agrees with the site facts, so the two cannot drift', () => {
    expect(cff.title).toBe(datasetTitle);
    expect(cff.license).toBe(site.licence.spdx);
    expect(cff.version).toBe(pkg.version);
  });

  // A deploy may point the site at a fork with PUBLIC_REPO_URL; the file names the main repository.
  test.skipIf(Boolean(process.env.PUBLIC_REPO_URL))('names the repository of the site', () => {
    expect(cff['repository-code']).toBe(site.repository);
  });

  test('reminds readers to cite the original sources', () => {
    expect(cff.message).toContain('oorspronkelijke bronnen');
  });
});
