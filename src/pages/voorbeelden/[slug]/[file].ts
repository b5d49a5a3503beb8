/**
 * The citation of a case as a file: /voorbeelden/<slug>/citeer.bib, citeer.ris and citeer.json.
 * In a build they are written in one step (src/build-files.ts), not as a route per file; `astro
 * dev` serves them from this route, only with a trailing slash, an Astro 5 bug for dynamic file
 * endpoints (withastro/astro#17001).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases } from '../../../content';
import { getCaseCitation } from '../../../case-citations';
import { emitBuildFile } from '../../../build-files';
import { citationFiles } from '../../../lib/citation';

export const getStaticPaths = (async () => {
  const cases = await getCases();
  const files = cases.flatMap((record) => {
    const { formats } = getCaseCitation(record);
    return citationFiles.map((f) => ({ slug: record.slug, file: f.file, body: formats[f.format], mediaType: f.mediaType }));
  });
  if (import.meta.env.PROD) {
    for (const f of files) emitBuildFile(`voorbeelden/${f.slug}/${f.file}`, f.body);
    return [];
  }
  return files.map((f) => ({ params: { slug: f.slug, file: f.file }, props: { body: f.body, mediaType: f.mediaType } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': `${props.mediaType as string}; charset=utf-8` } });
