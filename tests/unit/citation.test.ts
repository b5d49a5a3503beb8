import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import {
  citationFormats,
  citationKey,
  cslItem,
  cslName,
  formatApa,
  formatBibtex,
  formatCslJson,
  formatDatasetApa,
  formatRis,
  isOrganisationName,
  type CitationInput,
} from '../../src/lib/citation';

const base: CitationInput = {
  slug: 'ketenstage-student-volgt-client',
  title: 'Ketenstage "Student volgt Cliënt" in Oost-Groningen',
  summary: 'Hbo-v-studenten verdelen hun stage over ziekenhuis, thuiszorg en revalidatie.',
  contributors: [{ name: 'Redactie Praktijkbank Zorgstages' }],
  reviewed: new Date('2026-11-23T00:00:00Z'),
  url: 'https://praktijkbank.example/voorbeelden/ketenstage-student-volgt-client/',
};

/** Parses BibTeX or RIS back with citation-js: what a reference manager would read. */
const readBack = (text: string) => new Cite(text).data[0] as Record<string, unknown>;

describe('isOrganisationName', () => {
  test.each([
    ['Redactie Praktijkbank Zorgstages', true], // editorial team
    ['Hanzehogeschool Groningen', true], // stem inside a compound
    ['Zorggroep Meander', true],
    ['Team Stages ROC Friese Poort', true], // whole word "team"
    ['Praktijkleren', true], // one word: no person name
    ['Marieke de Visser', false],
    ['Jan van den Berg', false],
    ['A. B. Jansen-Bakker', false],
    ['Sjoukje Hoekstra-Fryslân', false], // diacritics are no organisation marker
  ])('%s → %s', (name, expected) => {
    expect(isOrganisationName(name)).toBe(expected);
  });
});

describe('cslName', () => {
  test.each([
    ['Redactie Praktijkbank Zorgstages', { literal: 'Redactie Praktijkbank Zorgstages' }],
    ['Marieke de Visser', { family: 'Visser', given: 'Marieke', 'non-dropping-particle': 'de' }],
    ['Jan  van den Berg', { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van den' }], // double space
    ['Tjitske Wâldsma', { family: 'Wâldsma', given: 'Tjitske' }],
  ])('%s', (name, expected) => {
    expect(cslName(name)).toEqual(expected);
  });
});

describe('citationKey', () => {
  test('turns the slug into a key BibTeX accepts', () => {
    expect(citationKey('ketenstage-student-volgt-client')).toBe('ketenstage_student_volgt_client');
  });
});

describe('cslItem', () => {
  test('uses contributors, the catalogue, the reviewed date and the permanent URL', () => {
    const item = cslItem(base);
    expect(item).toMatchObject({
      type: 'webpage',
      author: [{ literal: 'Redactie Praktijkbank Zorgstages' }],
      'container-title': 'Praktijkbank Zorgstages',
      issued: { 'date-parts': [[2026, 11, 23]] },
      URL: base.url,
    });
  });
  test('puts a multi-line title or summary on one line', () => {
    const item = cslItem({ ...base, title: 'Eerste regel\n  tweede regel', summary: 'a\nb' });
    expect(item.title).toBe('Eerste regel tweede regel');
    expect(item.abstract).toBe('a b');
  });
});

describe('formatApa', () => {
  test('writes APA 7 with Dutch date order', () => {
    expect(formatApa(base).text).toBe(
      'Redactie Praktijkbank Zorgstages. (2026, 23 november). Ketenstage ‘Student volgt Cliënt’ in Oost-Groningen. Praktijkbank Zorgstages. https://praktijkbank.example/voorbeelden/ketenstage-student-volgt-client/',
    );
  });
  test('puts Dutch particles after the initials and joins authors with &', () => {
    const text = formatApa({ ...base, contributors: [{ name: 'Marieke de Visser' }, { name: 'Jan van den Berg' }] }).text;
    expect(text.startsWith('Visser, M. de, & Berg, J. van den. (2026, 23 november).')).toBe(true);
  });
  test('shows formatting tags that citeproc knows (<b>, <i>, <sup>) as text, not as formatting', () => {
    const apa = formatApa({ ...base, title: 'Stage <b>vet</b> en <i>schuin</i> <sup>1</sup>', contributors: [{ name: 'Team <b>Stage</b>' }] });
    expect(apa.html).toContain('<i>Stage &#60;b&#62;vet&#60;/b&#62; en &#60;i&#62;schuin&#60;/i&#62; &#60;sup&#62;1&#60;/sup&#62;</i>');
    expect(apa.html).toContain('Team &#60;b&#62;Stage&#60;/b&#62;');
    expect(apa.text).toContain('Stage <b>vet</b> en <i>schuin</i> <sup>1</sup>');
  });
  test('italicises the title and escapes markup in the HTML version', () => {
    const html = formatApa({ ...base, title: 'Stage <script>alert(1)</script> & co' }).html;
    expect(html).toContain('<i>Stage &#60;script&#62;alert(1)&#60;/script&#62; &#38; co</i>');
    expect(html).not.toContain('<script');
  });
});

describe('formatBibtex', () => {
  test.each([
    ['quotes', 'Ketenstage "Student volgt Cliënt"'],
    ['commas and semicolons', 'Samen, sterk; en verder'],
    ['a line break', 'Eerste regel\ntweede regel'],
    ['Frisian diacritics', 'Leerwerkplaatsen in Fryslân'],
    ['braces and ampersand', 'Zorg & welzijn {regio}'],
  ])('round-trips a title with %s', (_, title) => {
    const bibtex = formatBibtex({ ...base, title });
    expect(bibtex).toMatch(/^@misc\{ketenstage_student_volgt_client,/);
    const back = readBack(bibtex);
    expect(back.title).toBe(title.replace(/\s+/g, ' '));
    expect(back.URL).toBe(base.url);
    // Standard BibTeX has a year and a month; the full date is the urldate.
    expect(back.issued).toEqual({ 'date-parts': [[2026, 11]] });
    expect(back.accessed).toEqual({ 'date-parts': [[2026, 11, 23]] });
  });
  test('writes the month as the standard macro and the date as urldate', () => {
    const bibtex = formatBibtex(base);
    expect(bibtex).toContain('\tyear = {2026},\n\tmonth = nov,\n');
    expect(bibtex).toContain('\turldate = {2026-11-23},\n');
    expect(bibtex).not.toMatch(/month = \{/);
  });
  test.each([
    ['<', '\\textless{}'],
    ['>', '\\textgreater{}'],
    ['{', '\\{'],
    ['}', '\\}'],
    ['&', '\\&'],
    ['%', '\\%'],
    ['$', '\\$'],
    ['#', '\\#'],
    ['_', '\\_'],
    ['~', '\\textasciitilde{}'],
    ['^', '\\textasciicircum{}'],
    ['\\', '\\textbackslash{}'],
  ])('escapes %s in titles and authors, and reads back the same text', (char, escaped) => {
    const title = `Stage ${char}b${char} regio`;
    const author = `Redactie ${char}Team${char}`;
    const bibtex = formatBibtex({ ...base, title, contributors: [{ name: author }] });
    expect(bibtex).toContain(`title = {Stage ${escaped}b${escaped} regio}`);
    expect(bibtex).toContain(`author = {{Redactie ${escaped}Team${escaped}}}`);
    // Braces stay balanced, whatever the text.
    const braces = bibtex.replace(/\\[{}]/g, '');
    expect(braces.split('{').length).toBe(braces.split('}').length);
    const back = readBack(bibtex);
    expect(back.title).toBe(title);
    expect(back.author).toEqual([{ literal: author }].map(({ literal }) => ({ family: literal })));
  });
  test('keeps person names with their particle and the catalogue as publisher', () => {
    const back = readBack(formatBibtex({ ...base, contributors: [{ name: 'Marieke de Visser' }, { name: 'Redactie Praktijkbank Zorgstages' }] }));
    expect(back.author).toEqual([
      { given: 'Marieke', family: 'Visser', 'non-dropping-particle': 'de' },
      { family: 'Redactie Praktijkbank Zorgstages' },
    ]);
    expect(back.publisher).toBe('Praktijkbank Zorgstages');
  });
});

describe('formatRis', () => {
  test('writes one line per field and keeps the particle in the family name', () => {
    const ris = formatRis({ ...base, summary: 'Regel een,\nregel "twee"; Fryslân', contributors: [{ name: 'Marieke de Visser' }] });
    const lines = ris.trimEnd().split('\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-1)).toBe('ER  -');
    expect(lines.filter((line) => !/^[A-Z][A-Z0-9]  -( |$)/.test(line))).toEqual([]);
    expect(lines).toContain('AU  - de Visser, Marieke');
    expect(lines).toContain('AB  - Regel een, regel "twee"; Fryslân');
    expect(lines).toContain('PB  - Praktijkbank Zorgstages');
    expect(lines).toContain(`UR  - ${base.url}`); // longer than the 70 characters citation-js wraps at
    const back = readBack(ris);
    expect(back.title).toBe(base.title);
    expect(back.URL).toBe(base.url);
  });
});

describe('formatCslJson', () => {
  test('is a one-item CSL-JSON array that citation-js reads back', () => {
    const json = formatCslJson(base);
    const parsed = JSON.parse(json) as unknown[];
    expect(parsed).toHaveLength(1);
    expect(readBack(json)).toMatchObject({ title: base.title, URL: base.url, 'container-title': 'Praktijkbank Zorgstages' });
  });
});

describe('citationFormats', () => {
  test('gives the same bytes for the same input', () => {
    expect(citationFormats(base)).toEqual(citationFormats({ ...base }));
  });
});

describe('formatDatasetApa', () => {
  test('cites the catalogue as a Dutch "[Dataset]" with its year', () => {
    const apa = formatDatasetApa({ title: 'Praktijkbank Zorgstages (dataset)', author: 'Redactie Praktijkbank Zorgstages', date: new Date('2026-11-23T00:00:00Z'), url: 'https://praktijkbank.example/data/' });
    expect(apa.text).toBe('Redactie Praktijkbank Zorgstages. (2026). Praktijkbank Zorgstages (dataset) [Dataset]. Praktijkbank Zorgstages. https://praktijkbank.example/data/');
  });
});
