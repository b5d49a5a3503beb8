/**
 * Which facets have their own pages, and under which Dutch URL segment. The route files, the
 * "Kenmerken" list and the sitemap all read this, so a facet page cannot be forgotten.
 */
import type { FacetField } from '../lib/cases';
import type { Vocabulary } from './vocabulary';
import { aims, evidenceLevels, factors, interventionTypes, labourMarketRegions, levels, outcomes, provinces, scenarios, sectors, statuses } from './vocabularies';

/** A facet with pages at /<segment>/ (index with counts) and /<segment>/<key>/. */
export interface FacetRoute {
  segment: string;
  field: FacetField;
  vocabulary: Vocabulary;
  /** Dutch heading of the index page. */
  title: string;
  /** One sentence under the heading of the index page. */
  intro: string;
}

/** Facets with pages, in the order the site shows them. */
export const facetRoutes = [
  { segment: 'regio', field: 'provinces', vocabulary: provinces, title: 'Voorbeelden per provincie', intro: 'Kies een provincie om de praktijkvoorbeelden uit die provincie te zien. Landelijke voorbeelden staan apart.' },
  { segment: 'arbeidsmarktregio', field: 'labourMarketRegions', vocabulary: labourMarketRegions, title: 'Voorbeelden per arbeidsmarktregio', intro: 'De 28 arbeidsmarktregio’s voor zorg en welzijn (RegioPlus, CBS 2022). Een voorbeeld staat bij een regio als de bronnen een plaats of organisatie in die regio noemen; landelijke voorbeelden tellen voor geen enkele regio.' },
  { segment: 'sector', field: 'sectors', vocabulary: sectors, title: 'Voorbeelden per sector', intro: 'De tien branches van zorg en welzijn, zoals het onderzoeksprogramma AZW ze indeelt.' },
  { segment: 'factor', field: 'factors', vocabulary: factors, title: 'Voorbeelden per factor', intro: 'Waar een voorbeeld op ingrijpt: de factoren die bepalen of er genoeg goede stages zijn.' },
  { segment: 'type', field: 'type', vocabulary: interventionTypes, title: 'Voorbeelden per type aanpak', intro: 'Het soort aanpak, van ketenstage tot financieringsregeling.' },
  { segment: 'doel', field: 'aims', vocabulary: aims, title: 'Voorbeelden per doel', intro: 'Wat een voorbeeld wil verbeteren: kwaliteit, aantal stageplaatsen, uitval of binding.' },
  { segment: 'scenario', field: 'scenarios', vocabulary: scenarios, title: 'Voorbeelden per scenario', intro: 'De drie scenario’s uit het rapport "Drie scenario’s voor stages in de zorg" (2021).' },
] as const satisfies readonly FacetRoute[];

/** Facets without their own pages; the case page links their values to /methode/. */
export const methodFacets = [
  { field: 'levels', vocabulary: levels },
  { field: 'status', vocabulary: statuses },
  { field: 'outcome', vocabulary: outcomes },
  { field: 'evidence', vocabulary: evidenceLevels },
] as const;

/** The route of a facet field, if it has pages. */
export function routeOf(field: FacetField): FacetRoute | undefined {
  return facetRoutes.find((route) => route.field === field);
}
