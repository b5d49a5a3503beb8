import { describe, expect, test } from 'vitest';
import { deriveNavolging } from '../../src/lib/navolging';
import { compareCountText, compareHref, isDifferentRow, parseCompareSlugs, parseStoredChoice, toCompareCase, toggleCompareChoice } from '../../src/lib/compare';
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
    expect(compared.navolging).toEqual({ basedOn: [], followedBy: [] });
  });

  test('names the cases of its navolging both ways, by slug and title', () => {
    const schema = createCaseSchema({ now: NOW });
    const original = { slug: 'gildeleren-umcg', data: schema.parse({ ...validCase(), title: 'Gildeleren bij het UMCG', related: [] }) };
    const follower = { slug: 'gilde-veendam', data: schema.parse({ ...validCase(), title: 'Gilde in Veendam', related: [], basedOn: [{ case: 'gildeleren-umcg', source: 'scenarios-2021' }] }) };
    const derived = deriveNavolging([original, follower]);
    expect(toCompareCase(follower, derived.get('gilde-veendam')).navolging).toEqual({ basedOn: [{ slug: 'gildeleren-umcg', title: 'Gildeleren bij het UMCG' }], followedBy: [] });
    expect(toCompareCase(original, derived.get('gildeleren-umcg')).navolging).toEqual({ basedOn: [], followedBy: [{ slug: 'gilde-veendam', title: 'Gilde in Veendam' }] });
  });
});

describe('toggleCompareChoice', () => {
  test.each([
    [[], 'a', ['a'], false], // first pick
    [['a'], 'a', [], false], // picking again takes it out
    [['a', 'b', 'c', 'd'], 'e', ['a', 'b', 'c', 'd'], true], // a fifth is refused
    [['a', 'b', 'c', 'd'], 'b', ['a', 'c', 'd'], false], // at the maximum a case can still be taken out
  ])('%j + %s gives %j (refused %s)', (chosen, slug, expected, refused) => {
    expect(toggleCompareChoice(chosen, slug)).toEqual({ chosen: expected, refused });
  });
});

describe('parseStoredChoice', () => {
  test.each([
    [null, []], // nothing stored
    ['["a","b","a"]', ['a', 'b']], // duplicates dropped
    ['["a",3,"<b>"]', ['a']], // only slugs
    ['{"a":1}', []], // not a list
    ['kapot', []], // not JSON
    ['["a","b","c","d","e"]', ['a', 'b', 'c', 'd']], // at most four
  ])('%s gives %j', (stored, expected) => expect(parseStoredChoice(stored)).toEqual(expected));
});

describe('compareHref, isDifferentRow and compareCountText', () => {
  test('links to the compare page with every case', () => {
    expect(compareHref('/vergelijk/', ['a', 'b'])).toBe('/vergelijk/?v=a&v=b');
    expect(compareHref('/vergelijk/', [])).toBe('/vergelijk/');
  });
  test.each([
    [['x', 'x'], false],
    [['x', 'y'], true],
    [['x', 'x', 'y'], true],
  ])('row %j differs: %s', (cells, expected) => expect(isDifferentRow(cells)).toBe(expected));
  test.each([
    [0, 'Nog niets gekozen.'],
    [1, '1 van de maximaal 4 gekozen; kies er nog minstens één.'],
    [3, '3 van de maximaal 4 gekozen.'],
    [4, '4 van de maximaal 4 gekozen. Haal er een weg om een ander te kiezen.'],
  ])('%i chosen: %s', (n, text) => expect(compareCountText(n)).toBe(text));
});
