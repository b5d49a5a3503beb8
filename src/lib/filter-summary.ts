/**
 * What a reader needs to see of her filter choice, pure and shared by /voorbeelden/ and /zoeken/:
 * the active filters as removable chips, the label of the compact "Filters" control, and, when a
 * choice leaves nothing, which filter to drop (or that national cases also apply to her region).
 */
import type { Selection } from './filter-cases';
import { plural } from './format';

/** The facets as the browser knows them: parameter, Dutch group name and value labels. */
export interface FacetLabels {
  param: string;
  name: string;
  values: readonly { key: string; label: string }[];
}

/** One ticked value, as a chip shows it. */
export interface ActiveFilter {
  param: string;
  value: string;
  /** Group name, e.g. "Provincies". */
  facet: string;
  /** Value label, e.g. "Drenthe". */
  label: string;
}

/** The ticked values in the panel's order, with their Dutch names. */
export function activeFilters(selection: Selection, facets: readonly FacetLabels[]): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const facet of facets) {
    const ticked = selection[facet.param] ?? [];
    for (const term of facet.values) if (ticked.includes(term.key)) out.push({ param: facet.param, value: term.key, facet: facet.name, label: term.label });
  }
  return out;
}

/** Text of the compact control that opens the filters on a phone: "Filters" or "Filters (2 actief)". */
export function filterToggleLabel(activeCount: number): string {
  return activeCount === 0 ? 'Filters' : `Filters (${activeCount} actief)`;
}

/** The selection without one ticked value. */
export function withoutValue(selection: Selection, param: string, value: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(selection)) {
    const kept = key === param ? values.filter((v) => v !== value) : [...values];
    if (kept.length > 0) out[key] = kept;
  }
  return out;
}

/** The selection with one more ticked value. */
export function withValue(selection: Selection, param: string, value: string): Record<string, string[]> {
  const out = withoutValue(selection, param, value);
  out[param] = [...(out[param] ?? []), value];
  return out;
}

/** A way out of an empty result: tick or untick one value, and how many results that gives. */
export interface Suggestion {
  action: 'weghalen' | 'toevoegen';
  filter: ActiveFilter;
  count: number;
}

/** The parameter and value of national cases: they apply to every province. */
export const NATIONAL = { param: 'provincie', value: 'landelijk' } as const;

/**
 * The selections emptyResultSuggestions asks `countFor` about: the choice without each ticked
 * value, and with "Landelijk" added when a province is ticked. For pages that count asynchronously.
 */
export function suggestionCandidates(selection: Selection, facets: readonly FacetLabels[]): Record<string, string[]>[] {
  const out = activeFilters(selection, facets).map((f) => withoutValue(selection, f.param, f.value));
  const provinces = selection[NATIONAL.param] ?? [];
  if (provinces.length > 0 && !provinces.includes(NATIONAL.value)) out.push(withValue(selection, NATIONAL.param, NATIONAL.value));
  return out;
}

/**
 * Ways out of an empty result, best first: dropping one ticked value (most results first), and,
 * when a province is ticked but "Landelijk" is not, adding the national cases. `countFor` says
 * how many results a selection gives; only suggestions with results are returned.
 */
export function emptyResultSuggestions(selection: Selection, facets: readonly FacetLabels[], countFor: (selection: Selection) => number): Suggestion[] {
  const drops: Suggestion[] = activeFilters(selection, facets)
    .map((filter) => ({ action: 'weghalen' as const, filter, count: countFor(withoutValue(selection, filter.param, filter.value)) }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
  const provinces = selection[NATIONAL.param] ?? [];
  const national = facets.find((f) => f.param === NATIONAL.param)?.values.find((v) => v.key === NATIONAL.value);
  if (national && provinces.length > 0 && !provinces.includes(NATIONAL.value)) {
    const count = countFor(withValue(selection, NATIONAL.param, NATIONAL.value));
    const facet = facets.find((f) => f.param === NATIONAL.param)!;
    if (count > 0) drops.unshift({ action: 'toevoegen', filter: { param: NATIONAL.param, value: NATIONAL.value, facet: facet.name, label: national.label }, count });
  }
  return drops;
}

/** The sentence for one suggestion: "Haal ‘Drenthe’ (Provincies) weg: dan zijn er 3 voorbeelden." */
export function suggestionText(suggestion: Suggestion, one = 'voorbeeld', many = 'voorbeelden'): string {
  const { filter, count } = suggestion;
  const result = `${count === 1 ? 'dan is er' : 'dan zijn er'} ${plural(count, one, many)}`;
  if (suggestion.action === 'toevoegen') return `Kies ook ‘${filter.label}’: landelijke voorbeelden gelden ook voor uw provincie; ${result}.`;
  return `Haal ‘${filter.label}’ (${filter.facet.toLowerCase()}) weg: ${result}.`;
}
