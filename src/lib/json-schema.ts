/**
 * The JSON Schema of a case's frontmatter, generated from the zod schema so the two cannot drift.
 * Served as /data/schema.json; editors can use it to check a case file while it is written.
 */
import { zodToJsonSchema } from 'zod-to-json-schema';
import { createCaseSchema } from '../schemas/case';

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
