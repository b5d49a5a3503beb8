/**
 * quickApa against citeproc (citation-js with the Dutch APA style): wherever quickApa gives a
 * reference, it is the one citeproc gives, byte for byte; shapes it does not cover go to citeproc.
 */
import { describe, expect, test } from 'vitest';
import { quickApa } from '../../src/lib/apa';
import { apaItem, citationInputOf, formatApa, renderApa, type CitationInput } from '../../src/lib/citation';
import { checkFrontmatter } from '../../src/lib/check-case';
import type { CaseData } from '../../src/schemas/case';
import { caseFileText, generateCatalogue } from '../../scripts/bench/generate';
import { readCatalogue } from '../fixtures/catalogue';
import { NOW } from '../fixtures/cases';

const permalink = (slug: string) => `https://praktijkbank.example/voorbeelden/${slug}/`;

function input(names: string[], changes: Partial<CitationInput> = {}): CitationInput {
  return {
    slug: 'ketenstage-oost-groningen',
    title: 'Ketenstage in Oost-Groningen',
    summary: 'Een stage door de keten.',
    contributors: names.map((name) => ({ name })),
    reviewed: new Date('2026-11-23T00:00:00Z'),
    url: permalink('ketenstage-oost-groningen'),
    ...changes,
  };
}

/** quickApa's answer and citeproc's for the same case. */
function both(value: CitationInput) {
  const item = apaItem(value);
  return { quick: quickApa(item), citeproc: renderApa(item) };
}

describe('quickApa', () => {
  test('gives citeproc’s reference for the real catalogue, and leaves only a few to citeproc', () => {
    const records = readCatalogue();
    let quick = 0;
    for (const record of records) {
      const answer = both(citationInputOf(record, permalink(record.slug)));
      if (answer.quick === undefined) continue;
      quick++;
      expect(answer.quick, record.slug).toEqual(answer.citeproc);
    }
    // Titles with straight quotes (citeproc makes them curly) are the usual exception.
    expect(quick / records.length).toBeGreaterThan(0.8);
  });

  test('gives citeproc’s reference for 400 generated cases', () => {
    const cases = generateCatalogue(400, 14, NOW);
    const slugs = cases.map((c) => c.slug);
    for (const c of cases) {
      const { data } = checkFrontmatter(`${c.slug}.mdx`, caseFileText(c), { knownSlugs: slugs, now: NOW });
      const { quick, citeproc } = both(citationInputOf({ slug: c.slug, data: data as CaseData }, permalink(c.slug)));
      expect(quick, c.slug).toEqual(citeproc);
    }
  });

  test.each([
    // one person, with a Dutch particle after the initials
    [['Marieke de Visser']],
    [['Jan Willem van den Berg']],
    // hyphenated given name
    [['Anne-Marie Jansen']],
    // two and three authors: comma and ampersand
    [['Redactie Praktijkbank Zorgstages', 'Marieke de Visser']],
    [['Piet Bakker', 'Fatima el Amrani', 'Team Stages ROC Midden']],
    // an organisation with digits and a person with a hyphenated family name
    [['ROC van Twente 2', 'Sanne Smit-Kok']],
  ])('writes %j as citeproc does', (names) => {
    const { quick, citeproc } = both(input(names));
    expect(quick).toBeDefined();
    expect(quick).toEqual(citeproc);
  });

  test.each([
    // curly quotes and ampersands are citeproc's business
    ['a title with a straight quote', input(['Redactie Praktijkbank Zorgstages'], { title: "Het 'Gilde' in Winsum" })],
    ['a title with an ampersand', input(['Redactie Praktijkbank Zorgstages'], { title: 'Leren & werken' })],
    ['a title ending in a question mark', input(['Redactie Praktijkbank Zorgstages'], { title: 'Werkt een ketenstage?' })],
    ['a name with a suffix-like part', input(['J. P. Balkenende jr.'])],
    ['two authors, the first ending in a particle', input(['Marieke de Visser', 'Redactie Praktijkbank Zorgstages'])],
    ['twenty-one authors', input(Array.from({ length: 21 }, (_, i) => `Team Stages ${i + 1}`))],
  ])('leaves %s to citeproc, and formatApa still gives citeproc’s answer', (_label, value) => {
    expect(quickApa(apaItem(value))).toBeUndefined();
    expect(formatApa(value)).toEqual(renderApa(apaItem(value)));
  });
});
