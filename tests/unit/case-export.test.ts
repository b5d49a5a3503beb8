import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { BOM, caseJsonRecord, casesCsv, casesJson, csvColumns, datasetVersionOf, neutraliseFormula } from '../../src/lib/case-export';
import type { CaseRecord } from '../../src/lib/cases';
import { createCaseSchema } from '../../src/schemas/case';
import { NOW, validCase } from '../fixtures/cases';

const schema = createCaseSchema({ now: NOW });
const build = (slug: string, changes: Record<string, unknown> = {}): CaseRecord => ({ slug, data: schema.parse({ ...validCase(), related: [], ...changes }) });
const urlOf = (r: CaseRecord) => `https://praktijkbank.example/voorbeelden/${r.slug}/`;

/** Reads a CSV file back the way a spreadsheet or pandas would: header row, then records. */
function readCsv(text: string, delimiter = ','): Record<string, string>[] {
  expect(text.startsWith(BOM)).toBe(true);
  return parse(text.slice(BOM.length), { columns: true, delimiter, relax_column_count: false }) as Record<string, string>[];
}

const tricky = build('leerwerkplaats-fryslan', {
  title: 'Leerwerkplaats "Samen, sterk" in Fryslân',
  summary: 'Studenten leren samen op één afdeling, met komma’s, "aanhalingstekens" en een puntkomma; dat moet heel blijven.',
  provinces: ['fryslan', 'groningen'],
  labourMarketRegions: ['friesland'],
  place: 'Ljouwert, Fryslân',
  lessons: [{ text: 'Eerste les, met een komma.', basis: 'scenarios-2021' }, { text: 'Tweede les met\neen regelovergang erin.', basis: 'redactie' }],
});

describe('casesCsv', () => {
  test('writes one row per case after the header, with columns in a fixed order', () => {
    const rows = readCsv(casesCsv([build('a'), tricky], urlOf));
    expect(rows.map((r) => r.slug)).toEqual(['a', 'leerwerkplaats-fryslan']);
    expect(Object.keys(rows[0]!)).toEqual(csvColumns.map((c) => c.header));
  });

  test.each([
    ['quotes and commas in the title', 'title', 'Leerwerkplaats "Samen, sterk" in Fryslân'],
    ['a semicolon in free text', 'summary', 'Studenten leren samen op één afdeling, met komma’s, "aanhalingstekens" en een puntkomma; dat moet heel blijven.'],
    ['diacritics in a place', 'place', 'Ljouwert, Fryslân'],
    ['facet keys joined with ;', 'provinces', 'fryslan;groningen'],
    ['facet labels joined with ;', 'provincesLabel', 'Fryslân;Groningen'],
    ['free-text items one per line, a newline inside an item kept', 'lessons', 'Eerste les, met een komma.\nTweede les met\neen regelovergang erin.'],
    ['the permanent URL', 'url', 'https://praktijkbank.example/voorbeelden/leerwerkplaats-fryslan/'],
    ['dates as YYYY-MM-DD', 'reviewed', '2026-11-20'],
  ])('keeps %s intact', (_, column, expected) => {
    const [row] = readCsv(casesCsv([tricky], urlOf));
    expect(row![column]).toBe(expected);
  });

  test('quotes a cell with a bare newline, so line-based readers keep the row whole', () => {
    const csv = casesCsv([tricky], urlOf);
    expect(csv).toContain('"Eerste les, met een komma.\nTweede les met\neen regelovergang erin."');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  test('writes the Dutch-Excel copy with ; between fields, Dutch column headers and the same content', () => {
    const [comma] = readCsv(casesCsv([tricky], urlOf));
    const [semicolon] = readCsv(casesCsv([tricky], urlOf, { delimiter: ';', headers: 'nl' }), ';');
    expect(Object.values(semicolon!)).toEqual(Object.values(comma!));
    expect(Object.keys(semicolon!).slice(0, 8)).toEqual(['Bestandsnaam', 'Webadres', 'Titel', 'Samenvatting', 'Type aanpak (sleutel)', 'Type aanpak', 'Provincies (sleutels)', 'Provincies']);
    expect(semicolon!['Laatst gecontroleerd op']).toBe('2026-11-20');
  });

  test('every Dutch header is unique, so Excel and readers keep the columns apart', () => {
    const headers = csvColumns.map((c) => c.dutch);
    expect(new Set(headers).size).toBe(headers.length);
  });

  test('gives the same bytes for the same catalogue', () => {
    expect(casesCsv([build('a'), tricky], urlOf)).toBe(casesCsv([build('a'), tricky], urlOf));
  });
});

describe('neutraliseFormula', () => {
  test.each([
    ['=SUM(A1)', "'=SUM(A1)"], // formula
    ['+31 50 123', "'+31 50 123"],
    ['@gebruiker', "'@gebruiker"],
    ['Gewone tekst = prima', 'Gewone tekst = prima'], // only a leading sign counts
    ['Fryslân', 'Fryslân'],
  ])('%s → %s', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });
});

describe('caseJsonRecord and casesJson', () => {
  test('holds slug, URL and the frontmatter, dates as YYYY-MM-DD, contributors normalised', () => {
    const json = caseJsonRecord(tricky, urlOf(tricky));
    expect(Object.keys(json).slice(0, 3)).toEqual(['slug', 'url', 'title']);
    expect(json).toMatchObject({
      slug: 'leerwerkplaats-fryslan',
      title: 'Leerwerkplaats "Samen, sterk" in Fryslân',
      published: '2026-11-01',
      reviewed: '2026-11-20',
      contributors: [{ name: 'Redactie Praktijkbank Zorgstages' }],
      provinces: ['fryslan', 'groningen'],
    });
  });

  test('has one record per case and the facts of the data set', () => {
    const info = { title: 'T', version: '2026-11-20', released: '2026-11-20', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, schema: 's', documentation: 'd' };
    const parsed = JSON.parse(casesJson([build('a'), tricky], urlOf, info)) as { count: number; cases: { slug: string }[]; licence: unknown };
    expect(parsed.count).toBe(2);
    expect(parsed.cases.map((c) => c.slug)).toEqual(['a', 'leerwerkplaats-fryslan']);
    expect(parsed.licence).toEqual(info.licence);
    expect(parsed).toMatchObject({ version: '2026-11-20', released: '2026-11-20' });
  });
});

describe('datasetVersionOf', () => {
  const reviewed = [new Date('2026-10-01T00:00:00Z'), new Date('2026-11-02T00:00:00Z')];
  test.each([
    [undefined, ['2026-11-20', '2026-11-23', '2026-09-01'], { version: '2026-11-23', released: '2026-11-23' }], // newest git change
    ['v1.2', ['2026-11-23'], { version: 'v1.2', released: '2026-11-23' }], // the operator's tag wins
    ['  ', [], { version: '2026-11-02', released: '2026-11-02' }], // no git: newest check date
  ])('tag %j and changes %j give %j', (tag, changes, expected) => {
    expect(datasetVersionOf(tag, changes, reviewed)).toEqual(expected);
  });
});
