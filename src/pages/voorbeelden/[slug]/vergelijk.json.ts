/**
 * The comparison data of one case, for /vergelijk/: /voorbeelden/<slug>/vergelijk.json. In a build
 * they are written in one step (src/build-files.ts), not as a route per case; `astro dev` serves
 * them from this route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases, getNavolging } from '../../../content';
import { emitBuildFile } from '../../../build-files';
import { toCompareCase } from '../../../lib/compare';

export const getStaticPaths = (async () => {
  const cases = await getCases();
  const bodies = await Promise.all(cases.map(async (record) => JSON.stringify(toCompareCase(record, await getNavolging(record)))));
  if (import.meta.env.PROD) {
    cases.forEach((record, i) => emitBuildFile(`voorbeelden/${record.slug}/vergelijk.json`, bodies[i]));
    return [];
  }
  return cases.map((record, i) => ({ params: { slug: record.slug }, props: { body: bodies[i] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'content-type': 'application/json' } });
