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

/** Reads the chosen slugs from the URL: known slugs only, no duplicates, at most `max`. */
export function parseCompareSlugs(params: URLSearchParams, known: ReadonlySet<string>, max = 4): string[] {
  const chosen: string[] = [];
  for (const slug of params.getAll('v').flatMap((v) => v.split(','))) {
    if (known.has(slug) && !chosen.includes(slug)) chosen.push(slug);
    if (chosen.length === max) break;
  }
  return chosen;
}

/** Most cases a reader can put side by side. */
export const COMPARE_MAX = 4;

/**
 * Adds a case to the comparison or takes it out. A fifth case is refused (the list stays as it
 * was and `refused` is true), so the reader can be told to take one out first.
 */
export function toggleCompareChoice(chosen: readonly string[], slug: string, max = COMPARE_MAX): { chosen: string[]; refused: boolean } {
  if (chosen.includes(slug)) return { chosen: chosen.filter((s) => s !== slug), refused: false };
  if (chosen.length >= max) return { chosen: [...chosen], refused: true };
  return { chosen: [...chosen, slug], refused: false };
}

/** Reads a stored choice (JSON list of slugs); anything else gives an empty choice. */
export function parseStoredChoice(stored: string | null, max = COMPARE_MAX): string[] {
  try {
    const value: unknown = JSON.parse(stored ?? '[]');
    if (!Array.isArray(value)) return [];
    return [...new Set(value.filter((v): v is string => typeof v === 'string' && /^[a-z0-9-]+$/.test(v)))].slice(0, max);
  } catch {
    return [];
  }
}

/** The address of the compare page for these cases: /vergelijk/?v=a&v=b. */
export function compareHref(comparePath: string, slugs: readonly string[]): string {
  const params = new URLSearchParams(slugs.map((s) => ['v', s]));
  return slugs.length ? `${comparePath}?${params}` : comparePath;
}

/** True when the cells of a row are not all the same: the comparison marks that row. */
export function isDifferentRow(cells: readonly string[]): boolean {
  return cells.some((cell) => cell !== cells[0]);
}

/** "Kies er nog één", "2 van de maximaal 4 gekozen." …: the line above the chooser. */
export function compareCountText(count: number, max = COMPARE_MAX): string {
  if (count === 0) return 'Nog niets gekozen.';
  if (count === 1) return `1 van de maximaal ${max} gekozen; kies er nog minstens één.`;
  if (count >= max) return `${count} van de maximaal ${max} gekozen. Haal er een weg om een ander te kiezen.`;
  return `${count} van de maximaal ${max} gekozen.`;
}
