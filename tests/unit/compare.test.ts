import { describe, expect, test } from 'vitest';
import { parseCompareSlugs, toCompareCase } from '../../src/lib/compare';
import { createCaseSchema } from '../../src/schemas/case';
import { NOW, validCase } from '../fixtures/cases';

describe('parseCompareSlugs', () => {
  const known = new Set(['a', 'b', 'c', 'd', 'e']);
  test.each([
    ['v=a&v=b', ['a', 'b']],
    ['v=a,b&v=c', ['a', 'b', 'c']], // comma-separated works too
    ['v=a&v=a&v=x', ['a']], // duplicates and unknown slugs dropped
    ['v=a&v=b&v=c&v=d&v=e', ['a', 'b', 'c', 'd']], // at most four
  ])('%s gives %j', (query, expected) => {
    expect(parseCompareSlugs(new URLSearchParams(query), known)).toEqual(expected);
  });
});

describe('toCompareCase', () => {
  test('shows labels, not keys, and keeps lessons and sources', () => {
    const data = createCaseSchema({ now: NOW }).parse({ ...validCase(), related: [] });
    const compared = toCompareCase({ slug: 'x', data });
    expect(compared.facets.find((f) => f.name === 'Provincies')?.values).toEqual(['Groningen']);
    expect(compared.facets.find((f) => f.name === 'Uitkomsten')?.values).toEqual(['Veelbelovend']);
    expect(compared.lessons).toHaveLength(1);
    expect(compared.sources[0]?.title).toContain('Drie scenario');
  });
});
