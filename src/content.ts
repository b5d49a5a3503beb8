/**
 * The only module that queries the content collection. Pages get plain, sorted arrays from here.
 * Drafts appear in `npm run dev` and never in a production build.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { relatedCasesFinder, sortByTitle, type CaseRecord } from './lib/cases';
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
