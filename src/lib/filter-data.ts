/**
 * The filter data the build writes once for the browser: every facet with its values, and per
 * case the keys it has. The filter panel and the compare page read this instead of the DOM.
 */
import type { FilterFacet } from '../data/filter-facets';
import { valuesOf, type CaseRecord } from './cases';
import type { FilterItem } from './filter-cases';

/** The JSON written to /voorbeelden/filters.json. */
export interface FilterData {
  facets: { param: string; name: string; values: { key: string; label: string }[] }[];
  items: FilterItem[];
}

/** Builds the filter data for these cases, in their given order. */
export function buildFilterData(records: readonly CaseRecord[], facets: readonly FilterFacet[]): FilterData {
  return {
    facets: facets.map((facet) => ({
      param: facet.param,
      name: facet.vocabulary.plural,
      values: facet.vocabulary.terms.map((term) => ({ key: term.key, label: term.label })),
    })),
    items: records.map((record) => ({
      slug: record.slug,
      values: Object.fromEntries(facets.map((facet) => [facet.param, [...valuesOf(record, facet.field)]])),
    })),
  };
}
