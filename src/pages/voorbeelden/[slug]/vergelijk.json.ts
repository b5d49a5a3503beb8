import type { APIRoute } from 'astro';
import { getCases, getNavolging } from '../../../content';
import { toCompareCase } from '../../../lib/compare';

export async function getStaticPaths() {
  return (await getCases()).map((record) => ({ params: { slug: record.slug }, props: { slug: record.slug } }));
}

/** The comparison data of one case, for /vergelijk/. */
export const GET: APIRoute = async ({ props }) => {
  const record = (await getCases()).find((c) => c.slug === props.slug)!;
  return new Response(JSON.stringify(toCompareCase(record, await getNavolging(record))), { headers: { 'content-type': 'application/json' } });
};
