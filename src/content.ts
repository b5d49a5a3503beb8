/**
 * The only module that queries the content collection. Pages get plain, sorted arrays from here.
 * Drafts appear in `npm run dev` and never in a production build.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { sortByTitle, type CaseRecord } from './lib/cases';

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
