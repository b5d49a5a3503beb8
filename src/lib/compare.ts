/**
 * What the compare page shows of a case, written by the build as one small JSON file per case so
 * the page fetches only the two to four cases a reader picks.
 */
import { facets } from '../data/vocabularies';
import { labelOf } from '../data/vocabulary';
import { valuesOf, type CaseRecord } from './cases';
import { basisText, effortText, outcomeText, resultText, scaleText, statusText } from './evidence-text';
import type { Navolging } from './navolging';

/** One case, ready to be shown in a column of the comparison. */
export interface CompareCase {
  slug: string;
  title: string;
  summary: string;
  /** Rows of the comparison: facet name → labels. */
  facets: { name: string; values: string[] }[];
  /** Outcome with evidence level and who says so. */
  outcome: string;
  /** Status with the year of its source. */
  status: string;
  /** Decision figures, each as a sentence with its source number. */
  scale: string[];
  effort: string[];
  results: string[];
  contact?: { organisation: string; url: string };
  /** Lessons with their basis ("… (bron [1])"). */
  lessons: string[];
  stopReason?: string;
  sources: { title: string; url?: string }[];
  /** Navolging: the cases this one is based on, and the cases that followed it. */
  navolging: { basedOn: { slug: string; title: string }[]; followedBy: { slug: string; title: string }[] };
}

/** Builds the comparison data of a case, facets in the site's order; `navolging` from deriveNavolging. */
export function toCompareCase(record: CaseRecord, navolging: Navolging = { basedOn: [], followedBy: [] }): CompareCase {
  const named = (other: CaseRecord) => ({ slug: other.slug, title: other.data.title });
  return {
    slug: record.slug,
    title: record.data.title,
    summary: record.data.summary,
    facets: Object.values(facets).map((vocabulary) => ({
      name: vocabulary.plural,
      values: valuesOf(record, vocabulary.field as Parameters<typeof valuesOf>[1]).map((key) => labelOf(vocabulary, key)),
    })),
    outcome: outcomeText(record.data),
    status: statusText(record.data),
    scale: record.data.scale.map((e) => `${scaleText(e)} (${basisText(record.data, [e.source])})`),
    effort: record.data.effort.map((e) => `${effortText(e)} (${basisText(record.data, [e.source])})`),
    results: record.data.results.map((e) => `${resultText(e)} (${basisText(record.data, [e.source])})`),
    contact: record.data.contact ? { ...record.data.contact } : undefined,
    lessons: record.data.lessons.map((lesson) => `${lesson.text} (${basisText(record.data, lesson.basis)})`),
    stopReason: record.data.stopReason,
    sources: record.data.sources.map((s) => ({ title: s.title, url: s.url })),
    navolging: { basedOn: navolging.basedOn.map((l) => named(l.original)), followedBy: navolging.followedBy.map((l) => named(l.follower)) },
  };
}

// The reader's choice of cases lives in its own module, so the scripts on every case page do not
// load the vocabularies; re-exported here for the pages that build the comparison.
export * from './compare-choice';
