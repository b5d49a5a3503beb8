/**
 * The facets a reader can filter on, with their Dutch URL parameter. One list feeds the search
 * page, the filter panel on /voorbeelden/, the Pagefind filter attributes and the URL state.
 */
import type { FacetField } from '../lib/cases';
import type { Vocabulary } from './vocabulary';
import { aims, evidenceLevels, factors, interventionTypes, levels, outcomes, provinces, scenarios, sectors, statuses } from './vocabularies';

/** A filterable facet. */
export interface FilterFacet {
  /** URL parameter and Pagefind filter name (Dutch, short). */
  param: string;
  /** Frontmatter field. */
  field: FacetField;
  vocabulary: Vocabulary;
}

/** Filterable facets in the order the filter panels show them. */
export const filterFacets: readonly FilterFacet[] = [
  { param: 'provincie', field: 'provinces', vocabulary: provinces },
  { param: 'sector', field: 'sectors', vocabulary: sectors },
  { param: 'factor', field: 'factors', vocabulary: factors },
  { param: 'type', field: 'type', vocabulary: interventionTypes },
  { param: 'niveau', field: 'levels', vocabulary: levels },
  { param: 'doel', field: 'aims', vocabulary: aims },
  { param: 'scenario', field: 'scenarios', vocabulary: scenarios },
  { param: 'status', field: 'status', vocabulary: statuses },
  { param: 'uitkomst', field: 'outcome', vocabulary: outcomes },
  { param: 'bewijs', field: 'evidence', vocabulary: evidenceLevels },
];
