/**
 * The bodies of the data files under /data/, written at build time from the same collection as
 * the pages. Each file has its own static endpoint (src/pages/data/*.ts): a dynamic [file].ts
 * would need a trailing slash in `astro dev` with trailingSlash "always" (withastro/astro#17001).
 */
import { getCases } from './content';
import { dataFiles, datasetTitle } from './data/dataset';
import { site } from './data/site';
import { casesCsv, casesJson } from './lib/case-export';
import { datasetJsonSchema } from './lib/json-schema';
import { absoluteUrl, casePath } from './lib/url';
import { getDatasetVersion } from './dataset-version';

/** A data file by its key in dataFiles. */
export type DataFileKind = keyof typeof dataFiles;

const urlOf = (record: { slug: string }) => absoluteUrl(casePath(record.slug));
const schemaUrl = () => absoluteUrl(`/data/${dataFiles.schema.file}`);

const bodies: Record<DataFileKind, () => Promise<string>> = {
  json: async () =>
    casesJson(await getCases(), urlOf, {
      title: datasetTitle,
      ...(await getDatasetVersion()),
      licence: { name: site.licence.name, url: site.licence.url },
      schema: schemaUrl(),
      documentation: absoluteUrl('/data/'),
    }),
  csv: async () => casesCsv(await getCases(), urlOf),
  csvExcel: async () => casesCsv(await getCases(), urlOf, { delimiter: ';', headers: 'nl' }),
  schema: async () => `${JSON.stringify(datasetJsonSchema({ id: schemaUrl() }), null, 2)}\n`,
};

/** The HTTP response (body and media type) of one data file. */
export async function dataFileResponse(kind: DataFileKind): Promise<Response> {
  return new Response(await bodies[kind](), { headers: { 'Content-Type': `${dataFiles[kind].mediaType}; charset=utf-8` } });
}
