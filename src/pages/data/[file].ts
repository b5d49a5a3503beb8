/** The data files under /data/: cases.json, cases.csv, cases-excel-nl.csv and schema.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases } from '../../content';
import { dataFiles, datasetTitle } from '../../data/dataset';
import { site } from '../../data/site';
import { casesCsv, casesJson } from '../../lib/case-export';
import { caseJsonSchema } from '../../lib/json-schema';
import { absoluteUrl, casePath } from '../../lib/url';

type Kind = keyof typeof dataFiles;

export const getStaticPaths = (() =>
  (Object.keys(dataFiles) as Kind[]).map((kind) => ({ params: { file: dataFiles[kind].file }, props: { kind } }))) satisfies GetStaticPaths;

const urlOf = (record: { slug: string }) => absoluteUrl(casePath(record.slug));
const schemaUrl = () => absoluteUrl(`/data/${dataFiles.schema.file}`);

const bodies: Record<Kind, () => Promise<string>> = {
  json: async () =>
    casesJson(await getCases(), urlOf, {
      title: datasetTitle,
      licence: { name: site.licence.name, url: site.licence.url },
      schema: schemaUrl(),
      documentation: absoluteUrl('/data/'),
    }),
  csv: async () => casesCsv(await getCases(), urlOf),
  csvExcel: async () => casesCsv(await getCases(), urlOf, { delimiter: ';' }),
  schema: async () => `${JSON.stringify(caseJsonSchema({ id: schemaUrl() }), null, 2)}\n`,
};

export const GET: APIRoute = async ({ props }) => {
  const kind = props.kind as Kind;
  return new Response(await bodies[kind](), { headers: { 'Content-Type': `${dataFiles[kind].mediaType}; charset=utf-8` } });
};
