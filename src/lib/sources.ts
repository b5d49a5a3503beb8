/**
 * The catalogue's bibliography: every source cited by any case, de-duplicated (by web address,
 * else by title), with the cases that cite it. Pure and stably ordered.
 */
import type { CaseRecord } from './cases';
import type { CaseData } from '../schemas/case';

/** A source as cases cite it. */
export type Source = CaseData['sources'][number];

/** One entry of the bibliography. */
export interface BibliographyEntry {
  key: string;
  source: Source;
  /** Slugs of the cases citing it, sorted. */
  cases: string[];
}

/** The identity of a source: its URL without protocol, www, trailing slash or fragment; else its title. */
export function sourceKey(source: Pick<Source, 'title' | 'url'>): string {
  if (source.url) {
    return source.url
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\d?\./, '')
      .replace(/#.*$/, '')
      .replace(/\/+$/, '');
  }
  return `titel:${source.title.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

/**
 * Collects all sources of the cases. Sources whose key is in `pinnedUrls` come first, in that
 * order; the rest follow by title. Fields missing in one citation are filled from another.
 */
export function collectSources(records: readonly CaseRecord[], pinnedUrls: readonly string[] = []): BibliographyEntry[] {
  const byKey = new Map<string, { source: Source; cases: Set<string> }>();
  for (const record of records) {
    for (const source of record.data.sources) {
      const key = sourceKey(source);
      const entry = byKey.get(key);
      if (entry) {
        entry.cases.add(record.slug);
        entry.source = { ...source, ...entry.source, note: undefined };
      } else {
        byKey.set(key, { source: { ...source, note: undefined }, cases: new Set([record.slug]) });
      }
    }
  }
  const pinned = pinnedUrls.map((url) => sourceKey({ title: url, url }));
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  return [...byKey.entries()]
    .map(([key, { source, cases }]) => ({ key, source, cases: [...cases].sort() }))
    .sort((a, b) => {
      const pa = pinned.indexOf(a.key);
      const pb = pinned.indexOf(b.key);
      if (pa !== pb) return (pa === -1 ? Infinity : pa) - (pb === -1 ? Infinity : pb);
      return collator.compare(a.source.title, b.source.title) || a.key.localeCompare(b.key);
    });
}
