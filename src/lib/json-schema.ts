/**
 * JSON Schemas generated from the zod schema so they cannot drift: the frontmatter of a case
 * (schema/case.schema.json, for editors) and the published /data/cases.json (/data/schema.json).
 */
import { zodToJsonSchema } from 'zod-to-json-schema';
import { createCaseSchema } from '../schemas/case';
import { SLUG_PATTERN } from './case-files';

/** Facts written at the top of the schema. */
export interface JsonSchemaInfo {
  /** Absolute URL where the schema is published ($id). */
  id?: string;
  title?: string;
  description?: string;
}

/**
 * JSON Schema (draft-07) of the frontmatter as a contributor writes it: dates as YYYY-MM-DD,
 * vocabulary fields as enums of their keys, no unknown fields. Rules that need code (a date not in
 * the future, lessons required for a failed case) stay in the zod schema and `npm run check`.
 */
export function caseJsonSchema(info: JsonSchemaInfo = {}): Record<string, unknown> {
  const generated = zodToJsonSchema(createCaseSchema(), {
    $refStrategy: 'none',
    dateStrategy: 'format:date',
    effectStrategy: 'input',
    target: 'jsonSchema7',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    ...(info.id ? { $id: info.id } : {}),
    title: info.title ?? 'Praktijkvoorbeeld (frontmatter)',
    description:
      info.description ??
      'De velden van één praktijkvoorbeeld in de Praktijkbank Zorgstages, zoals ze bovenaan een .mdx-bestand in content/cases/ staan. Gemaakt uit het zod-schema van de site.',
    ...rest,
  };
}

/**
 * A frontmatter schema in the form the site publishes it: where a contributor may write a field in
 * two ways (a date as date or text, an author as a name or an object), cases.json always has one:
 * dates as YYYY-MM-DD and authors as objects.
 */
function publishedForm(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(publishedForm);
  if (node === null || typeof node !== 'object') return node;
  const { anyOf, ...rest } = node as { anyOf?: Record<string, unknown>[] };
  if (anyOf) {
    const chosen = anyOf.find((member) => member.format === 'date') ?? anyOf.find((member) => member.type === 'object');
    if (chosen) return publishedForm({ ...rest, ...chosen });
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, publishedForm(value)]));
}

/** The fields of cases.json around the records, in the order casesJson writes them (see case-export.ts). */
const datasetProperties = {
  title: { type: 'string', description: 'Titel van de dataset, zoals u die citeert.' },
  version: { type: 'string', description: 'Versie van de gegevens (tag of datum van uitgave), om in een citaat te noemen.' },
  released: { type: 'string', format: 'date', description: 'Datum waarop deze versie verscheen (JJJJ-MM-DD).' },
  licence: {
    type: 'object',
    description: 'Licentie van de teksten en gegevens.',
    properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } },
    required: ['name', 'url'],
    additionalProperties: false,
  },
  schema: { type: 'string', format: 'uri', description: 'Adres van dit schema.' },
  documentation: { type: 'string', format: 'uri', description: 'Adres van de pagina die de bestanden uitlegt.' },
  count: { type: 'integer', minimum: 0, description: 'Aantal voorbeelden in cases.' },
} as const;

/**
 * JSON Schema (draft-07) of /data/cases.json as published: the object with the data set's facts
 * and `cases`, one record per case with `slug`, `url` and the frontmatter fields after validation
 * (defaults filled in, dates as YYYY-MM-DD). Served as /data/schema.json, which cases.json names.
 */
export function datasetJsonSchema(info: JsonSchemaInfo = {}): Record<string, unknown> {
  const { $schema, title: _title, description: _description, properties, required, ...caseRest } = caseJsonSchema() as {
    $schema: string;
    title: string;
    description: string;
    properties: Record<string, unknown>;
    required?: string[];
  };
  // A field with a default is always written, so it is required in the published record.
  const withDefault = Object.keys(properties).filter((key) => 'default' in (properties[key] as object));
  const record = {
    ...caseRest,
    description: 'Eén praktijkvoorbeeld: slug en webadres, en daarna de velden uit de frontmatter.',
    properties: {
      slug: { type: 'string', pattern: SLUG_PATTERN.source, description: 'Bestandsnaam van het voorbeeld; vast deel van het webadres.' },
      url: { type: 'string', format: 'uri', description: 'Permanent webadres van het voorbeeld.' },
      ...(publishedForm(properties) as Record<string, unknown>),
    },
    required: ['slug', 'url', ...(required ?? []), ...withDefault.filter((key) => !required?.includes(key))],
  };
  return {
    $schema,
    ...(info.id ? { $id: info.id } : {}),
    title: info.title ?? 'Praktijkbank Zorgstages: cases.json',
    description:
      info.description ??
      'Het bestand /data/cases.json: de gegevens van de dataset en alle praktijkvoorbeelden, elk met slug, webadres en de velden uit de frontmatter. Gemaakt uit het zod-schema van de site.',
    type: 'object',
    properties: { ...datasetProperties, cases: { type: 'array', description: 'Alle gepubliceerde voorbeelden.', items: record } },
    required: [...Object.keys(datasetProperties), 'cases'],
    additionalProperties: false,
  };
}
