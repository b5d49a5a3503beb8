import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { facets, labourMarketRegions, organisationRoles, routes } from '../../src/data/vocabularies';
import { keysOf, type Vocabulary } from '../../src/data/vocabulary';
import { githubIssueFormUrl } from '../../src/lib/github-urls';
import { caseComponents, caseHtmlElements } from '../../src/lib/mdx-allowlist';
import { caseFieldNames } from '../../src/schemas/case';

const contributing = readFileSync('CONTRIBUTING.md', 'utf8');

describe('CONTRIBUTING.md', () => {
  // Hand-written lists drift; these rows keep the guide in step with the vocabularies and the schema.
  const vocabularies: Vocabulary[] = [...Object.values(facets), labourMarketRegions, routes, organisationRoles];
  test.each(vocabularies.map((v) => [v.field, v] as const))('lists every allowed value of %s', (_, vocabulary) => {
    expect(keysOf(vocabulary).filter((key) => !contributing.includes(`\`${key}\``))).toEqual([]);
  });

  test('explains every frontmatter field', () => {
    expect(caseFieldNames.filter((field) => !contributing.includes(`\`${field}\``))).toEqual([]);
  });

  test('names every component and element a case may use', () => {
    expect([...Object.keys(caseComponents), ...Object.keys(caseHtmlElements)].filter((name) => !contributing.includes(`<${name}`))).toEqual([]);
  });

  test('puts the route without git first', () => {
    expect(contributing.indexOf('## 1. Zonder git')).toBeLessThan(contributing.indexOf('## 2. Met git'));
  });
});

describe('src/components/mdx/', () => {
  test('holds exactly the components on the allow-list', () => {
    const files = readdirSync('src/components/mdx').filter((name) => name.endsWith('.astro')).map((name) => name.slice(0, -'.astro'.length));
    expect(files.sort()).toEqual(Object.keys(caseComponents).sort());
    expect(readFileSync('src/components/mdx/index.ts', 'utf8')).toContain(`export const mdxComponents = { ${files.sort().join(', ')} }`);
  });
});

describe('GitHub files', () => {
  test('the issue form the site links to exists', () => {
    const template = new URL(githubIssueFormUrl('https://github.com/o/r')).searchParams.get('template');
    expect(existsSync(`.github/ISSUE_TEMPLATE/${template}`)).toBe(true);
  });

  test('CI runs the check, the schema check and the tests; deploy sets the address and base path', () => {
    const ci = readFileSync('.github/workflows/ci.yml', 'utf8');
    for (const step of ['npm run check', 'npm run json-schema -- --check', 'npm test', 'pull_request']) expect(ci).toContain(step);
    const deploy = readFileSync('.github/workflows/deploy.yml', 'utf8');
    for (const part of ['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages', 'SITE_URL:', 'BASE_PATH:', 'fetch-depth: 0']) expect(deploy).toContain(part);
  });
});
