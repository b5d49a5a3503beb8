/**
 * Build-time guard for permanent addresses: reads content/published-urls.json once and checks it
 * against the catalogue. The redirect route calls getRedirects(); a problem stops the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getCases } from './content';
import { CASES_DIR } from './lib/case-files';
import { parseRegistry, permalinkProblems, redirectsOf, REGISTRY_FILE, type Redirect } from './lib/published-urls';

/** The registry next to the cases folder. Another catalogue (PRAKTIJKBANK_CASES_DIR) may have none. */
function readRegistry(): string[] {
  const file = join(dirname(CASES_DIR), 'published-urls.json');
  if (!existsSync(file)) {
    if (process.env.PRAKTIJKBANK_CASES_DIR) return [];
    throw new Error(`${REGISTRY_FILE} ontbreekt. Zet het bestand terug met git of maak het opnieuw met npm run urls:bijwerken.`);
  }
  return parseRegistry(readFileSync(file, 'utf8'));
}

let cached: Promise<Redirect[]> | undefined;

/** The redirect pages to build. Throws (and so stops the build) when a published URL would disappear. */
export function getRedirects(): Promise<Redirect[]> {
  const load = () => getCases().then((cases) => {
    const records = cases.map((c) => ({ slug: c.slug, redirectFrom: c.data.redirectFrom }));
    const problems = permalinkProblems(readRegistry(), records);
    if (problems.length > 0) {
      throw new Error(`Een gepubliceerd webadres zou verdwijnen:\n- ${problems.join('\n- ')}`);
    }
    return redirectsOf(records);
  });
  // In dev, cases are renamed while the server runs: check fresh on every request.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
