/**
 * The only module that queries the content collection. Pages get plain, sorted arrays from here.
 * Drafts appear in `npm run dev` and never in a production build.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { filterFacets } from './data/filter-facets';
import { primarySourceUrls } from './data/site';
import { collectSources, type BibliographyEntry } from './lib/sources';
import { countByFacet, relatedCasesFinder, sortByTitle, valuesOf, type CaseRecord, type FacetField } from './lib/cases';
import { deriveNavolging, navolgingRelations, type Navolging } from './lib/navolging';

/** A case with the collection entry kept for rendering its body. */
export interface CaseEntry extends CaseRecord {
  entry: CollectionEntry<'cases'>;
}

let cached: Promise<CaseEntry[]> | undefined;

/** Every published case (drafts too in dev), sorted by title. Loaded once per build. */
export function getCases(): Promise<CaseEntry[]> {
  const load = () =>
    getCollection('cases', (entry) => import.meta.env.DEV || !entry.data.draft).then((entries) =>
      sortByTitle(entries.map((entry) => ({ slug: entry.id, data: entry.data, entry }))),
    );
  // In dev, content changes while the server runs: read it fresh on every request.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** Renders the MDX body of a case; returns the component and its headings. */
export function renderCase(entry: CaseEntry) {
  return render(entry.entry);
}

/** Built once per build (fresh per request in dev, where content changes while the server runs). */
function oncePerBuild<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? make() : (made ??= make()));
}

const filterCounts = oncePerBuild(async () => {
  const cases = await getCases();
  return new Map(filterFacets.map((facet) => [facet.param, countByFacet(cases, facet.field, facet.vocabulary.terms.map((t) => t.key))]));
});

/** Number of cases per value of each filter facet (by parameter), for the filter panel's counts. */
export function getFilterCounts(): Promise<Map<string, Map<string, number>>> {
  return filterCounts();
}

const bibliography = oncePerBuild(async () => collectSources(await getCases(), primarySourceUrls));

/** Every source the cases cite, the bank's two source texts first, each with its cases; collected once per build. */
export function getBibliography(): Promise<BibliographyEntry[]> {
  return bibliography();
}

let byField = new Map<FacetField, Promise<Map<string, CaseEntry[]>>>();

/** The cases with this key for the field, in title order; each field is indexed once per build. */
export async function getCasesWith(field: FacetField, key: string): Promise<CaseEntry[]> {
  if (import.meta.env.DEV) byField = new Map();
  let index = byField.get(field);
  if (!index) {
    index = getCases().then((cases) => {
      const lists = new Map<string, CaseEntry[]>();
      for (const record of cases) {
        for (const value of valuesOf(record, field)) {
          const list = lists.get(value);
          if (list) list.push(record);
          else lists.set(value, [record]);
        }
      }
      return lists;
    });
    byField.set(field, index);
  }
  return (await index).get(key) ?? [];
}

let related: Promise<(record: CaseEntry) => { explicit: CaseEntry[]; similar: CaseEntry[] }> | undefined;

/** Related cases of a case (explicit, then most similar); the catalogue is indexed once per build. */
export async function getRelatedCases(record: CaseEntry): Promise<{ explicit: CaseEntry[]; similar: CaseEntry[] }> {
  if (import.meta.env.DEV) return relatedCasesFinder(await getCases())(record);
  related ??= getCases().then((all) => relatedCasesFinder(all));
  return (await related)(record);
}

let navolging: Promise<Map<string, Navolging<CaseEntry>>> | undefined;
const navolgingMap = () => {
  const derive = () => getCases().then((all) => deriveNavolging(all));
  return import.meta.env.DEV ? derive() : (navolging ??= derive());
};

/** Where a case came from (basedOn) and where it has been followed (followedBy); derived once per build. */
export async function getNavolging(record: CaseEntry): Promise<Navolging<CaseEntry>> {
  return (await navolgingMap()).get(record.slug) ?? { basedOn: [], followedBy: [] };
}

/** Every navolging relation of the catalogue (follower → original), in title order of the followers. */
export async function getNavolgingRelations() {
  return navolgingRelations(await getCases(), await navolgingMap());
}

let explanations: Promise<CollectionEntry<'uitleg'>[]> | undefined;

/** The explanation of a facet value (content/uitleg/<segment>/<key>.mdx), or undefined when none is written. */
export async function getExplanation(segment: string, key: string): Promise<CollectionEntry<'uitleg'> | undefined> {
  const load = () => getCollection('uitleg');
  const all = await (import.meta.env.DEV ? load() : (explanations ??= load()));
  return all.find((entry) => entry.data.segment === segment && entry.data.key === key);
}

/** Renders the MDX body of an explanation; the frontmatter holds how often each source is cited. */
export function renderExplanation(entry: CollectionEntry<'uitleg'>) {
  return render(entry);
}
