import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { interventionTypes } from '../../src/data/vocabularies';
import { keysOf } from '../../src/data/vocabulary';
import { caseJsonSchema } from '../../src/lib/json-schema';

interface Schema {
  definitions: { case: { properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }>; required: string[]; additionalProperties: boolean } };
}

describe('caseJsonSchema', () => {
  const schema = caseJsonSchema() as Schema;
  const caseSchema = schema.definitions.case;

  test('is generated from the zod schema: vocabularies are enums of their keys, unknown fields are refused', () => {
    expect(caseSchema.properties.type?.enum).toEqual(keysOf(interventionTypes));
    expect(caseSchema.required).toEqual(expect.arrayContaining(['title', 'summary', 'type', 'provinces', 'sources', 'contributors', 'published', 'reviewed']));
    expect(caseSchema.additionalProperties).toBe(false);
  });

  test('the committed schema/case.schema.json is up to date (npm run json-schema)', () => {
    expect(JSON.parse(readFileSync('schema/case.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
