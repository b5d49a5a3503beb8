/**
 * `npm run urls:bijwerken`: adds the URL of every published (non-draft) case to
 * content/published-urls.json. Run it when cases are published; commit the file with them.
 * Never removes an address. Prints what would break a published address, and exits 1 then.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { CASES_DIR, caseSlugs } from '../src/lib/case-files';
import { splitFrontmatter } from '../src/lib/check-case';
import { formatRegistry, parseRegistry, permalinkProblems, updateRegistry, type PermalinkCase } from '../src/lib/published-urls';

const dir = process.argv[2] ?? CASES_DIR;
const registryFile = join(dirname(dir), 'published-urls.json');

const cases: PermalinkCase[] = [];
for (const slug of caseSlugs(readdirSync(dir))) {
  const split = splitFrontmatter(readFileSync(join(dir, `${slug}.mdx`), 'utf8'));
  const data = (split ? parse(split.frontmatter) : {}) as { draft?: unknown; redirectFrom?: unknown };
  if (data.draft === true) continue;
  const redirectFrom = Array.isArray(data.redirectFrom) ? data.redirectFrom.map(String) : [];
  cases.push({ slug, redirectFrom });
}

const registered = existsSync(registryFile) ? parseRegistry(readFileSync(registryFile, 'utf8')) : [];
const updated = updateRegistry(registered, cases);
writeFileSync(registryFile, formatRegistry(updated));
const added = updated.length - registered.length;
console.log(`${registryFile}: ${updated.length} adressen, ${added} nieuw.`);

const problems = permalinkProblems(updated, cases);
for (const problem of problems) console.log(`- ${problem}`);
if (problems.length > 0) process.exitCode = 1;
