/**
 * Permanent addresses. Once a case is published its URL must keep working, because citations
 * point at it. content/published-urls.json lists every case URL ever published; the build fails
 * when one of them has neither a case nor a redirect (`redirectFrom` in the renamed case).
 * Pure: takes the registry and the cases, returns redirects and Dutch problems.
 */
import { nearMatch } from './near-match';
import { casePath } from './url';

/** What the checks need to know about a case. */
export interface PermalinkCase {
  slug: string;
  /** Earlier slugs of this case (frontmatter `redirectFrom`). */
  redirectFrom: readonly string[];
}

/** A redirect page to write: from an old slug to the case that now has the content. */
export interface Redirect {
  from: string;
  to: string;
}

/** Where the registry lives, relative to the project root. */
export const REGISTRY_FILE = 'content/published-urls.json';

/** The registry file as stored: an explanation for people and the sorted list of site paths. */
export interface Registry {
  uitleg: string;
  urls: string[];
}

const explanation =
  'Webadressen van gepubliceerde voorbeelden. Een adres op deze lijst moet blijven werken, want citaties verwijzen ernaar. ' +
  'Hernoemt u een voorbeeld, zet dan de oude bestandsnaam in redirectFrom van het voorbeeld. ' +
  'Bijwerken na publicatie: npm run urls:bijwerken. Haal nooit een adres van deze lijst.';

/** Reads the registry JSON; throws a Dutch message when the file is not in the expected shape. */
export function parseRegistry(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${REGISTRY_FILE} is geen geldige JSON (${(error as Error).message}). Herstel het bestand of zet het terug met git.`);
  }
  const urls = (parsed as { urls?: unknown } | null)?.urls;
  if (!Array.isArray(urls) || !urls.every((u) => typeof u === 'string' && u.startsWith('/') && u.endsWith('/'))) {
    throw new Error(`${REGISTRY_FILE} moet een veld "urls" hebben met een lijst van paden, zoals ["/voorbeelden/ketenstage-student-volgt-client/"].`);
  }
  return urls as string[];
}

/** The registry file's text for a list of site paths: sorted, without duplicates, stable bytes. */
export function formatRegistry(urls: readonly string[]): string {
  const registry: Registry = { uitleg: explanation, urls: [...new Set(urls)].sort() };
  return `${JSON.stringify(registry, null, 2)}\n`;
}

/** The registry after publishing: every registered path plus the paths of the current cases. */
export function updateRegistry(registered: readonly string[], cases: readonly PermalinkCase[]): string[] {
  return [...new Set([...registered, ...cases.map((c) => casePath(c.slug))])].sort();
}

/** The redirect pages to build: one per old slug, pointing at the case that names it. */
export function redirectsOf(cases: readonly PermalinkCase[]): Redirect[] {
  return cases.flatMap((c) => c.redirectFrom.map((from) => ({ from, to: c.slug }))).sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * Everything that would break a published address, in Dutch, one message per problem: a
 * registered URL without a case or redirect, an old slug claimed twice, an old slug that is also
 * a current case.
 */
export function permalinkProblems(registered: readonly string[], cases: readonly PermalinkCase[]): string[] {
  const problems: string[] = [];
  const slugs = new Set(cases.map((c) => c.slug));
  const claimed = new Map<string, string>();
  for (const { from, to } of redirectsOf(cases)) {
    if (slugs.has(from)) {
      problems.push(
        `Het voorbeeld "${to}" heeft redirectFrom: [${from}], maar "${from}" is zelf nog een voorbeeld. Een oud adres kan niet tegelijk doorsturen en een eigen pagina hebben: haal "${from}" uit redirectFrom of hernoem het andere bestand.`,
      );
    }
    const earlier = claimed.get(from);
    if (earlier && earlier !== to) {
      problems.push(
        `Het oude adres "${from}" staat in redirectFrom van zowel "${earlier}" als "${to}". Een oud adres kan maar naar één voorbeeld doorsturen: laat het bij één van de twee staan.`,
      );
    }
    claimed.set(from, to);
  }
  const available = new Set([...[...slugs].map(casePath), ...[...claimed.keys()].map(casePath)]);
  const candidates = [...slugs];
  for (const path of registered) {
    if (available.has(path)) continue;
    const old = /^\/voorbeelden\/([^/]+)\/$/.exec(path)?.[1];
    const suggestion = old ? nearMatch(old, candidates) : undefined;
    problems.push(
      `Het webadres ${path} is gepubliceerd (het staat in ${REGISTRY_FILE}), maar er is geen voorbeeld meer op dat adres en geen voorbeeld dat ernaar doorstuurt. ` +
        `Een gepubliceerd adres mag niet verdwijnen: citaties verwijzen ernaar. ` +
        (old
          ? `Is het bestand hernoemd${suggestion ? ` (naar "${suggestion}"?)` : ''}? Zet dan in dat voorbeeld: redirectFrom: [${old}]. Staat het voorbeeld op draft: true? Publiceer het dan weer.`
          : 'Herstel de pagina of laat een voorbeeld met redirectFrom ernaar doorsturen.'),
    );
  }
  return problems;
}

/**
 * True for a built page that only redirects: /voorbeelden/<x>/ where <x> is no case file. The
 * sitemap leaves these out; `pathname` may carry the base path in front.
 */
export function isRedirectPath(pathname: string, caseSlugs: readonly string[]): boolean {
  const slug = /\/voorbeelden\/([^/]+)\/$/.exec(pathname)?.[1];
  return slug !== undefined && !caseSlugs.includes(slug);
}
