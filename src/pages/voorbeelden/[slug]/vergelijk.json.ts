/**
 * The comparison data of one case, for /vergelijk/: /voorbeelden/<slug>/vergelijk.json. In a build
 * they are written in one step (src/build-files.ts), not as a route per case; `astro dev` serves
 * them from this route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases } from '../../../content';
import { emitBuildFile } from '../../../build-files';
import { toCompareCase } from '../../../lib/compare';

export const getStaticPaths = (async () => {
  const cases = await getCases();
  if (import.meta.env.PROD) {
    for (const record of cases) emitBuildFile(`voorbeelden/${record.slug}/vergelijk.json`, JSON.stringify(toCompareCase(record)));
    return [];
  }
  return cases.map((record) => ({ params: { slug: record.slug }, props: { body: JSON.stringify(toCompareCase(record)) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'content-type': 'application/json' } });
