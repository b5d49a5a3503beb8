/**
 * The citation of a case as a file: /voorbeelden/<slug>/citeer.bib, citeer.ris and citeer.json.
 * The build writes them correctly; `astro dev` serves them only with a trailing slash, an Astro 5
 * bug for dynamic file endpoints (withastro/astro#17001).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases } from '../../../content';
import { getCaseCitation } from '../../../case-citations';
import { citationFiles } from '../../../lib/citation';

export const getStaticPaths = (async () => {
  const cases = await getCases();
  return cases.flatMap((record) => {
    const { formats } = getCaseCitation(record);
    return citationFiles.map((f) => ({
      params: { slug: record.slug, file: f.file },
      props: { body: formats[f.format], mediaType: f.mediaType },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': `${props.mediaType as string}; charset=utf-8` } });
