/** The citation of a case as a file: /voorbeelden/<slug>/citeer.bib, citeer.ris and citeer.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases } from '../../../content';
import { citationFiles, citationFormats, citationInputOf } from '../../../lib/citation';
import { absoluteUrl, casePath } from '../../../lib/url';

export const getStaticPaths = (async () => {
  const cases = await getCases();
  return cases.flatMap((record) => {
    const formats = citationFormats(citationInputOf(record, absoluteUrl(casePath(record.slug))));
    return citationFiles.map((f) => ({
      params: { slug: record.slug, file: f.file },
      props: { body: formats[f.format], mediaType: f.mediaType },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': `${props.mediaType as string}; charset=utf-8` } });
