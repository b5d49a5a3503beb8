/**
 * The card text (slug, title, summary) of CARD_CHUNK_SIZE cases per file, in the order of
 * filters.json: the filter on /voorbeelden/ fetches only the files of the cards it shows.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases } from '../../../content';
import { buildCardChunks } from '../../../lib/filter-data';

export const getStaticPaths = (async () =>
  buildCardChunks(await getCases()).map((cards, i) => ({ params: { chunk: String(i + 1) }, props: { cards } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.cards), { headers: { 'content-type': 'application/json' } });
