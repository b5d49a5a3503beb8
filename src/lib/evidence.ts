/**
 * The evidence model of a case, as pure functions: how a claim cites a source (`[^key]`), how the
 * editors mark their own inference or advice ("Redactie:"), which sections need references, and
 * when a status is old. The schema, the body rules, the build's rendering and the form use these
 * same definitions, so a reference means the same thing everywhere.
 */

/** Basis of a lesson or condition that is the editors' own inference or advice, not a source. */
export const EDITORIAL_BASIS = 'redactie';

/** How a paragraph or list item starts when it is the editors' own inference or advice. */
export const EDITORIAL_PREFIX = 'Redactie:';

/** A source key: lower-case letters, digits and hyphens, such as `scenarios-2021`. */
export const SOURCE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference in the text: `[^key]`. The key is captured as written, so a bad key can be named. */
const referencePattern = /\[\^([^\]\n]*)\]/g;

/** Most words a quote of a source may have (a short phrase, never a copied passage). */
export const MAX_QUOTE_WORDS = 30;

/** A status older than this many years before the last review may be out of date. */
export const STATUS_STALE_YEARS = 2;

/** Body sections that hold facts and so need a reference or an editorial mark in every paragraph. */
export const FACT_SECTIONS_EXEMPT = ['meer weten'] as const;

/** Sections that come from the frontmatter (lessons, conditions); the body may not repeat them. */
export const FRONTMATTER_SECTIONS = ['Geleerde lessen', 'Randvoorwaarden'] as const;

/** Every `[^key]` in a text, in order, as written (possibly not a valid key). */
export function referencesIn(text: string): string[] {
  return [...text.matchAll(referencePattern)].map((match) => (match[1] ?? '').trim());
}

/** The parts of a text: plain text and references, in order, for rendering. */
export function splitReferences(text: string): ({ text: string } | { key: string })[] {
  const parts: ({ text: string } | { key: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(referencePattern)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: text.slice(last, index) });
    parts.push({ key: (match[1] ?? '').trim() });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** True when a paragraph or list item is marked as the editors' own text ("Redactie: …"). */
export function isEditorial(text: string): boolean {
  return text.trimStart().toLowerCase().startsWith(EDITORIAL_PREFIX.toLowerCase());
}

/** Number of words in a text (for the quote limit). */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** True when a heading's section needs references: every section except "Meer weten". */
export function isFactSection(heading: string): boolean {
  return !FACT_SECTIONS_EXEMPT.includes(normaliseHeading(heading) as (typeof FACT_SECTIONS_EXEMPT)[number]);
}

/** A heading compared loosely: trimmed, no closing punctuation, lower case. */
export function normaliseHeading(text: string): string {
  return text.trim().replace(/[.:!?]+$/, '').replace(/\s+/g, ' ').toLowerCase();
}

/** True when the status was last shown by a source more than two years before the last review. */
export function isStatusStale(statusAsOf: number, reviewed: Date): boolean {
  return reviewed.getUTCFullYear() - statusAsOf > STATUS_STALE_YEARS;
}

/** A basis as a list of keys (a contributor may write one key or a list). */
export function basisKeys(basis: string | readonly string[]): string[] {
  return (Array.isArray(basis) ? [...basis] : [basis as string]).map((key) => key.trim());
}

/** True when a basis rests on at least one source (not only on the editors). */
export function hasSourceBasis(basis: readonly string[]): boolean {
  return basis.some((key) => key !== EDITORIAL_BASIS);
}

/** The provenance fields of a case that the verification level and the warnings look at. */
export interface ProvenanceInput {
  provinces: readonly string[];
  sectors: readonly string[];
  levels: readonly string[];
  routes: readonly string[];
  facetBasis?: Partial<Record<'provinces' | 'sectors' | 'levels' | 'routes', readonly string[]>>;
  sources: readonly { key: string; url?: string; accessed?: Date }[];
}

/** The facets whose values must each rest on a source, in the order they are reported. */
export const SOURCED_FACETS = ['provinces', 'sectors', 'levels', 'routes'] as const;

/** Dutch names of the sourced facets, for messages and the page. */
export const sourcedFacetNames: Record<(typeof SOURCED_FACETS)[number], string> = {
  provinces: 'provincies',
  sectors: 'sectoren',
  levels: 'niveaus',
  routes: 'leerwegen',
};

/**
 * Why a case cannot be `geverifieerd` (Dutch reasons; empty when it can): a stated facet without
 * a source in `facetBasis`, or a web source the editors have not read (no `accessed` date).
 */
export function reasonsNotVerified(data: ProvenanceInput, notStated: string): string[] {
  const reasons: string[] = [];
  for (const facet of SOURCED_FACETS) {
    const values = data[facet];
    const stated = values.length > 0 && !values.includes(notStated);
    if (stated && !data.facetBasis?.[facet]?.length) {
      reasons.push(`de ${sourcedFacetNames[facet]} hebben geen bron in facetBasis.${facet}`);
    }
  }
  const unread = data.sources.filter((source) => source.url && !source.accessed).map((source) => source.key);
  if (unread.length > 0) {
    reasons.push(`de webbron${unread.length > 1 ? 'nen' : ''} ${unread.map((k) => `"${k}"`).join(', ')} ${unread.length > 1 ? 'hebben' : 'heeft'} geen datum "accessed" (wanneer de redactie de bron las)`);
  }
  return reasons;
}

/** The source keys of a case as written (also when the frontmatter has other errors). */
export function sourceKeysOf(data: unknown): string[] {
  const sources = (data as { sources?: unknown } | undefined)?.sources;
  if (!Array.isArray(sources)) return [];
  return sources.map((source) => (source as { key?: unknown } | null)?.key).filter((key): key is string => typeof key === 'string').map((key) => key.trim());
}

/** Every source key a case's frontmatter refers to: lessons, conditions, outcome, status, facets, figures and navolging (basedOn). */
export function frontmatterReferences(data: unknown): string[] {
  const d = (data ?? {}) as Record<string, unknown>;
  const keys: unknown[] = [];
  const push = (value: unknown) => (Array.isArray(value) ? keys.push(...value) : keys.push(value));
  for (const list of ['lessons', 'conditions'] as const) {
    if (Array.isArray(d[list])) for (const entry of d[list] as { basis?: unknown }[]) push(entry?.basis);
  }
  push((d.outcomeBasis as { sources?: unknown } | undefined)?.sources);
  push(d.statusSource);
  const facetBasis = d.facetBasis as Record<string, unknown> | undefined;
  if (facetBasis && typeof facetBasis === 'object') for (const value of Object.values(facetBasis)) push(value);
  for (const list of ['scale', 'effort', 'results', 'basedOn'] as const) {
    if (Array.isArray(d[list])) for (const entry of d[list] as { source?: unknown }[]) push(entry?.source);
  }
  return keys.filter((key): key is string => typeof key === 'string');
}

/** Sources that nothing refers to: not the text, not a lesson, not a field. */
export function unusedSourceKeys(data: unknown, bodyKeys: readonly string[]): string[] {
  const used = new Set([...bodyKeys, ...frontmatterReferences(data)]);
  return sourceKeysOf(data).filter((key) => !used.has(key));
}
