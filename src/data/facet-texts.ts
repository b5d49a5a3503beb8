/**
 * Longer explanations for facet pages: why a factor matters and what each scenario of the 2021
 * report asks, in our own words, each with the sources it rests on. Keyed by route segment and key.
 */

/** A section of explanation on a facet page. */
export interface FacetTextSection {
  heading: string;
  paragraphs: readonly string[];
  /** Optional bullet list under the paragraphs. */
  items?: readonly string[];
}

/** The explanation of one facet value. */
export interface FacetText {
  sections: readonly FacetTextSection[];
  /** Where the explanation comes from. */
  sources: readonly { title: string; url?: string; note?: string }[];
}

/** Explanations by segment (`factor`, `scenario`) and key. */
export const facetTexts: Readonly<Record<string, Readonly<Record<string, FacetText>>>> = {};

/** The explanation of a facet value, if written. */
export function facetTextOf(segment: string, key: string): FacetText | undefined {
  return facetTexts[segment]?.[key];
}
