/**
 * Pure functions over the catalogue: grouping, counting, failure cases, similar cases.
 * They take plain case records, never touch astro:content, and keep a stable order.
 */
import type { CaseData } from '../schemas/case';

/** A case as the pages use it: its slug (file name) and validated frontmatter. */
export interface CaseRecord {
  slug: string;
  data: CaseData;
}

/** Frontmatter fields that hold one or more vocabulary keys. */
export type FacetField = 'provinces' | 'labourMarketRegions' | 'sectors' | 'factors' | 'type' | 'levels' | 'aims' | 'scenarios' | 'status' | 'outcome' | 'evidence' | 'routes';

/** The keys a case has for a facet field, always as a list. */
export function valuesOf(record: CaseRecord, field: FacetField): readonly string[] {
  const value = record.data[field];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value as string];
}

/** True when the case has this key for the field. */
export function hasValue(record: CaseRecord, field: FacetField, key: string): boolean {
  return valuesOf(record, field).includes(key);
}

/** Number of cases for each key of a facet; keys without cases count 0. */
export function countByFacet(records: readonly CaseRecord[], field: FacetField, keys: readonly string[]): Map<string, number> {
  const counts = new Map(keys.map((key) => [key, 0]));
  for (const record of records) {
    for (const key of valuesOf(record, field)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** True when a case is a lesson from failure: outcome werkt-niet or gemengd, or status gestopt. */
export function isLessonCase(record: CaseRecord): boolean {
  return record.data.outcome === 'werkt-niet' || record.data.outcome === 'gemengd' || record.data.status === 'gestopt';
}

/** Cases sorted by title, Dutch collation, so every list has the same stable order. */
export function sortByTitle<T extends CaseRecord>(records: readonly T[]): T[] {
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  return [...records].sort((a, b) => collator.compare(a.data.title, b.data.title) || a.slug.localeCompare(b.slug));
}

/** Cases by a date field, newest first; ties broken by slug for stable output. */
export function sortByDate<T extends CaseRecord>(records: readonly T[], field: 'published' | 'reviewed'): T[] {
  return [...records].sort((a, b) => b.data[field].getTime() - a.data[field].getTime() || a.slug.localeCompare(b.slug));
}

const similarityFields: readonly FacetField[] = ['type', 'factors', 'sectors', 'aims', 'levels', 'provinces', 'scenarios'];

/** How many facet values two cases share (type counts double: same kind of intervention). */
export function sharedFacetCount(a: CaseRecord, b: CaseRecord): number {
  let score = 0;
  for (const field of similarityFields) {
    const theirs = new Set(valuesOf(b, field));
    for (const key of valuesOf(a, field)) if (theirs.has(key)) score += field === 'type' ? 2 : 1;
  }
  return score;
}

/**
 * Related cases for a case page: the explicit `related` first (in the order written, skipping
 * slugs not in the catalogue), then the most similar by shared facets, up to `limit` in all.
 * For one page; a build with many pages uses `relatedCasesFinder`, which indexes the catalogue once.
 */
export function relatedCases<T extends CaseRecord>(record: T, all: readonly T[], limit = 4): { explicit: T[]; similar: T[] } {
  return relatedCasesFinder(all, limit)(record);
}

/**
 * Indexes the catalogue once (facet value → cases, as integer lists) and returns a function that
 * finds the related cases of any case in it. Per case it adds scores only for cases that share a
 * value, in a reused typed array, and keeps the best `limit` in a bounded list (score first, then
 * slug), so a page costs its overlap, with no sort and no string comparison. Same result as
 * scoring every pair with `sharedFacetCount`.
 */
export function relatedCasesFinder<T extends CaseRecord>(all: readonly T[], limit = 4): (record: T) => { explicit: T[]; similar: T[] } {
  const bySlug = new Map(all.map((r) => [r.slug, r]));
  // Cases in slug order: a lower position wins a tie, as a.slug.localeCompare(b.slug) decided.
  const ordered = [...all].sort((a, b) => a.slug.localeCompare(b.slug));
  const position = new Map(ordered.map((r, i) => [r.slug, i]));
  const index = new Map<string, Int32Array>();
  const lists = new Map<string, number[]>();
  ordered.forEach((r, i) => {
    for (const field of similarityFields) {
      for (const key of new Set(valuesOf(r, field))) {
        const id = `${field}\u0000${key}`;
        const list = lists.get(id);
        if (list) list.push(i);
        else lists.set(id, [i]);
      }
    }
  });
  for (const [id, list] of lists) index.set(id, Int32Array.from(list));
  const scores = new Int32Array(ordered.length);
  const touched = new Int32Array(ordered.length);
  return (record) => {
    const explicit = record.data.related.map((slug) => bySlug.get(slug)).filter((r): r is T => r !== undefined && r.slug !== record.slug);
    const wanted = Math.max(0, limit - explicit.length);
    let count = 0;
    for (const field of similarityFields) {
      const weight = field === 'type' ? 2 : 1;
      for (const key of new Set(valuesOf(record, field))) {
        const list = index.get(`${field}\u0000${key}`);
        if (!list) continue;
        for (let j = 0; j < list.length; j++) {
          const i = list[j]!;
          if (scores[i] === 0) touched[count++] = i;
          scores[i] += weight;
        }
      }
    }
    const skip = new Set([record.slug, ...explicit.map((r) => r.slug)].map((slug) => position.get(slug)));
    // The best `wanted` so far, best first: [position, score] pairs.
    const best: [number, number][] = [];
    const better = (i: number, score: number, than: [number, number]) => score > than[1] || (score === than[1] && i < than[0]);
    for (let t = 0; t < count; t++) {
      const i = touched[t]!;
      const score = scores[i]!;
      scores[i] = 0;
      if (wanted === 0 || skip.has(i)) continue;
      if (best.length === wanted && !better(i, score, best[wanted - 1]!)) continue;
      let at = best.length === wanted ? wanted - 1 : best.length;
      while (at > 0 && better(i, score, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = [i, score];
      best.length = Math.min(best.length, wanted);
    }
    return { explicit, similar: best.map(([i]) => ordered[i]!) };
  };
}

/**
 * Headline figures for the home page. `thinnest` names the provinces with the fewest cases (a
 * figure that says where little is known, unlike "12 van de 12 provincies"); `national` counts
 * the cases that apply to the whole country. `provinceKeys` are the real provinces, in map order.
 */
export function catalogueStats(records: readonly CaseRecord[], provinceKeys: readonly string[] = []) {
  const provincesCovered = new Set(records.flatMap((r) => r.data.provinces).filter((p) => p !== 'landelijk'));
  const lessonCases = records.filter(isLessonCase);
  const perProvince = countByFacet(records, 'provinces', provinceKeys);
  const fewest = Math.min(...provinceKeys.map((key) => perProvince.get(key) ?? 0));
  return {
    cases: records.length,
    provincesCovered: provincesCovered.size,
    thinnest: { count: Number.isFinite(fewest) ? fewest : 0, keys: provinceKeys.filter((key) => (perProvince.get(key) ?? 0) === fewest) },
    national: records.filter((r) => r.data.provinces.includes('landelijk')).length,
    lessonCases: lessonCases.length,
    lessons: lessonCases.reduce((sum, r) => sum + r.data.lessons.length, 0),
  };
}
