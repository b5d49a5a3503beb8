import { describe, expect, test } from 'vitest';
import { checkCases } from '../../../src/lib/check-cases';
import { facets } from '../../../src/data/vocabularies';
import { keysOf } from '../../../src/data/vocabulary';
import { caseFileText, generateCatalogue, slugify, wordCount } from '../../../scripts/bench/generate';

const NOW = new Date('2026-11-23T12:00:00Z');
const encoder = new TextEncoder();

describe('generateCatalogue', () => {
  test('writes cases that pass the project checker, with unique titles and related slugs that exist', () => {
    const cases = generateCatalogue(80, 7, NOW);
    const files = cases.map((c) => ({ path: `bench/${c.slug}.mdx`, bytes: encoder.encode(caseFileText(c)) }));
    expect(checkCases(files, NOW)).toEqual([]);
    expect(cases.some((c) => Array.isArray(c.frontmatter.related))).toBe(true);
  });

  test('gives the same files for the same seed and other files for another seed', () => {
    const text = (seed: number) => generateCatalogue(20, seed, NOW).map(caseFileText).join('\n');
    expect(text(3)).toBe(text(3));
    expect(text(3)).not.toBe(text(4));
  });

  test('uses every value of every filterable facet in a catalogue of a few hundred', () => {
    const cases = generateCatalogue(400, 2026, NOW);
    for (const [field, vocabulary] of Object.entries(facets)) {
      const used = new Set(cases.flatMap((c) => [c.frontmatter[field]].flat()));
      expect(keysOf(vocabulary).filter((key) => !used.has(key)), field).toEqual([]);
    }
  });

  test('writes bodies of about 600 words under the sections of the case template', () => {
    for (const item of generateCatalogue(30, 1, NOW)) {
      expect(wordCount(item.body)).toBeGreaterThanOrEqual(550);
      expect(wordCount(item.body)).toBeLessThanOrEqual(750);
      // Lessons and conditions live in the frontmatter; the body has the template's sections.
      expect(item.body.match(/^## .+$/gm)).toEqual(['## Aanleiding', '## Aanpak', '## Resultaten', '## Meer weten']);
    }
  });
});

describe('slugify', () => {
  test.each([
    ['Stagebank voor mbo 2 in Dordrecht (nr. 4)', 'stagebank-voor-mbo-2-in-dordrecht-nr-4'],
    // diacritics are dropped, as in file names
    ['Gilde-unit in Fryslân', 'gilde-unit-in-fryslan'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
