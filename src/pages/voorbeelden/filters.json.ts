import type { APIRoute } from 'astro';
import { getCases } from '../../content';
import { filterFacets } from '../../data/filter-facets';
import { buildFilterData } from '../../lib/filter-data';

/** Facet keys per case, for the filter panel on /voorbeelden/. */
export const GET: APIRoute = async () => new Response(JSON.stringify(buildFilterData(await getCases(), filterFacets)), { headers: { 'content-type': 'application/json' } });
