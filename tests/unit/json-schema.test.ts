import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { keysOf } from '../../src/data/vocabulary';
import { factors, provinces } from '../../src/data/vocabularies';
import { caseJsonSchema } from '../../src/lib/json-schema';
import { caseFieldNames } from '../../src/schemas/case';
import { validCase } from '../fixtures/cases';

type Schema = { properties: Record<string, Record<string, unknown>>; required: string[]; additionalProperties: boolean; $id?: string; $schema: string };
const schema = caseJsonSchema({ id: 'https://praktijkbank.example/data/schema.json' }) as unknown as Schema;

describe('caseJsonSchema', () => {
  test('is a draft-07 schema with an $id and exactly the frontmatter fields', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://praktijkbank.example/data/schema.json');
    expect(Object.keys(schema.properties).sort()).toEqual([...caseFieldNames].sort());
    expect(schema.additionalProperties).toBe(false);
  });

  test('requires what the zod schema requires and leaves defaults optional', () => {
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'type', 'provinces', 'sources', 'contributors', 'published', 'reviewed']));
    expect(schema.required).not.toContain('draft');
    expect(schema.required).not.toContain('lessons');
  });

  test('lists vocabulary keys as enums, from the same vocabularies', () => {
    expect((schema.properties.provinces!.items as { enum: string[] }).enum).toEqual(keysOf(provinces));
    expect((schema.properties.factors!.items as { enum: string[] }).enum).toEqual(keysOf(factors));
  });

  test('describes every field of a valid case', () => {
    const unknown = Object.keys(validCase()).filter((key) => !(key in schema.properties));
    expect(unknown).toEqual([]);
  });

  test('is JSON and the same every time', () => {
    expect(JSON.stringify(caseJsonSchema())).toBe(JSON.stringify(caseJsonSchema()));
  });
});

describe('schema/case.schema.json', () => {
  test('the committed copy for editors is up to date (npm run json-schema)', () => {
    expect(JSON.parse(readFileSync('schema/case.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(caseJsonSchema())));
  });
});
