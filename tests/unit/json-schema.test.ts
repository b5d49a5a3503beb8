import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { keysOf } from '../../src/data/vocabulary';
import { factors, provinces } from '../../src/data/vocabularies';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { casesJson } from '../../src/lib/case-export';
import type { CaseRecord } from '../../src/lib/cases';
import { caseJsonSchema, datasetJsonSchema } from '../../src/lib/json-schema';
import { createCaseSchema } from '../../src/schemas/case';
import { caseFieldNames } from '../../src/schemas/case';
import { NOW, validCase } from '../fixtures/cases';

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

describe('datasetJsonSchema', () => {
  const validate = addFormats(new Ajv({ allErrors: true, strict: true })).compile(datasetJsonSchema({ id: 'https://praktijkbank.example/data/schema.json' }));
  const record = (slug: string, changes: Record<string, unknown> = {}): CaseRecord => ({ slug, data: createCaseSchema({ now: NOW }).parse({ ...validCase(), ...changes }) });
  const info = { title: 'Praktijkbank', version: '2026-12-01', released: '2026-12-01', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, schema: 'https://praktijkbank.example/data/schema.json', documentation: 'https://praktijkbank.example/data/' };
  const file = (records: CaseRecord[]) => JSON.parse(casesJson(records, (r) => `https://praktijkbank.example/voorbeelden/${r.slug}/`, info)) as Record<string, unknown>;

  test('accepts cases.json as casesJson writes it: the wrapper and every record with slug and url', () => {
    const data = file([record('ketenstage-oost-groningen'), record('gestopt', { status: 'gestopt', stopReason: 'De subsidie liep af en niemand nam het over.', contributors: [{ name: 'Jan Jansen', orcid: '0000-0002-1825-0097' }] })]);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  test.each([
    ['a record without url', (d: { cases: Record<string, unknown>[] }) => delete d.cases[0]!.url],
    ['a record with a field the schema does not know', (d: { cases: Record<string, unknown>[] }) => (d.cases[0]!.extra = 1)],
    ['a wrapper without count', (d: { count?: number }) => delete d.count],
    ['a wrapper with a field the schema does not know', (d: Record<string, unknown>) => (d.extra = 1)],
    ['a slug that is no URL slug', (d: { cases: Record<string, unknown>[] }) => (d.cases[0]!.slug = 'Niet Goed')],
    ['a date that is no YYYY-MM-DD', (d: { cases: Record<string, unknown>[] }) => (d.cases[0]!.published = '23-11-2026')],
  ])('refuses %s', (_, change) => {
    const data = file([record('ketenstage-oost-groningen')]);
    change(data as never);
    expect(validate(data)).toBe(false);
  });
});
