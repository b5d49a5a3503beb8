/**
 * Faceted filtering, pure and shared by the browser (filter panel, search page) and the tests:
 * AND across facets, OR within a facet; counts per value as if that value were ticked too.
 */

/** Ticked values per facet parameter, e.g. { provincie: ['groningen'], uitkomst: ['werkt-niet'] }. */
export type Selection = Readonly<Record<string, readonly string[]>>;

/** What the filter needs to know of one case: its slug and its keys per facet parameter. */
export interface FilterItem extends FacetValues {
  slug: string;
}

/** The keys of one item per facet parameter: all the filter looks at. */
export interface FacetValues {
  values: Readonly<Record<string, readonly string[]>>;
}

/** True when the item passes every facet of the selection, optionally ignoring one facet. */
export function matchesSelection(item: FacetValues, selection: Selection, ignore?: string): boolean {
  for (const [param, wanted] of Object.entries(selection)) {
    if (param === ignore || wanted.length === 0) continue;
    const have = item.values[param];
    if (!have || !wanted.some((value) => have.includes(value))) return false;
  }
  return true;
}

/** The items that pass the selection, in their original order. */
export function filterItems<T extends FacetValues>(items: readonly T[], selection: Selection): T[] {
  return items.filter((item) => matchesSelection(item, selection));
}

/**
 * For every facet and value: how many items there would be with that value ticked as well.
 * Within a facet the values are OR-ed, so a facet's own selection is ignored for its counts.
 */
export function facetCounts(items: readonly FacetValues[], selection: Selection, params: readonly string[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const param of params) counts[param] = {};
  for (const item of items) {
    for (const param of params) {
      if (!matchesSelection(item, selection, param)) continue;
      const bucket = counts[param]!;
      for (const value of item.values[param] ?? []) bucket[value] = (bucket[value] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * Reads a selection from URL parameters, keeping only known facets and values, without
 * duplicates, in vocabulary order (so equal selections give equal URLs).
 */
export function parseSelection(params: URLSearchParams, allowed: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const selection: Record<string, string[]> = {};
  for (const [param, values] of Object.entries(allowed)) {
    const wanted = new Set(params.getAll(param).flatMap((v) => v.split(',')));
    const kept = values.filter((value) => wanted.has(value));
    if (kept.length > 0) selection[param] = kept;
  }
  return selection;
}

/** Writes a selection (and an optional query) as URL parameters, in a stable order. */
export function selectionToParams(selection: Selection, order: readonly string[], query?: string): URLSearchParams {
  const params = new URLSearchParams();
  if (query && query.trim()) params.set('q', query.trim());
  for (const param of order) for (const value of selection[param] ?? []) params.append(param, value);
  return params;
}

/** The selection as Pagefind filters: `{ provincie: { any: [...] } }`. */
export function toPagefindFilters(selection: Selection): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [param, values] of Object.entries(selection)) if (values.length > 0) filters[param] = { any: [...values] };
  return filters;
}

/** Number of ticked values in a selection. */
export function selectionSize(selection: Selection): number {
  return Object.values(selection).reduce((sum, values) => sum + values.length, 0);
}
