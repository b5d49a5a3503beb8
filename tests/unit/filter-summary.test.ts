import { describe, expect, test } from 'vitest';
import { filterItems, type FilterItem, type Selection } from '../../src/lib/filter-cases';
import { activeFilters, emptyResultSuggestions, filterToggleLabel, suggestionCandidates, suggestionText, withValue, withoutValue, type FacetLabels } from '../../src/lib/filter-summary';

const facets: FacetLabels[] = [
  { param: 'provincie', name: 'Provincies', values: [{ key: 'groningen', label: 'Groningen' }, { key: 'drenthe', label: 'Drenthe' }, { key: 'landelijk', label: 'Landelijk' }] },
  { param: 'sector', name: 'Sectoren', values: [{ key: 'vvt', label: 'VVT' }, { key: 'ggz', label: 'GGZ' }] },
];
const items: FilterItem[] = [
  { slug: 'a', values: { provincie: ['groningen'], sector: ['vvt'] } },
  { slug: 'b', values: { provincie: ['groningen'], sector: ['vvt'] } },
  { slug: 'c', values: { provincie: ['drenthe'], sector: ['vvt'] } },
  { slug: 'd', values: { provincie: ['landelijk'], sector: ['ggz'] } },
];
const countFor = (s: Selection) => filterItems(items, s).length;

describe('filterToggleLabel', () => {
  test.each([
    [0, 'Filters'], // nothing ticked: no count
    [1, 'Filters (1 actief)'],
    [3, 'Filters (3 actief)'],
  ])('%i active filters gives %s', (n, label) => expect(filterToggleLabel(n)).toBe(label));
});

describe('activeFilters', () => {
  test('lists ticked values in panel order with Dutch names, unknown values left out', () => {
    expect(activeFilters({ sector: ['ggz'], provincie: ['drenthe', 'groningen', 'onbekend'] }, facets)).toEqual([
      { param: 'provincie', value: 'groningen', facet: 'Provincies', label: 'Groningen' },
      { param: 'provincie', value: 'drenthe', facet: 'Provincies', label: 'Drenthe' },
      { param: 'sector', value: 'ggz', facet: 'Sectoren', label: 'GGZ' },
    ]);
  });
});

describe('withoutValue and withValue', () => {
  test.each([
    [{ provincie: ['groningen', 'drenthe'] }, 'provincie', 'groningen', { provincie: ['drenthe'] }], // one of two
    [{ provincie: ['groningen'], sector: ['vvt'] }, 'provincie', 'groningen', { sector: ['vvt'] }], // the facet disappears
  ])('withoutValue(%j, %s, %s) gives %j', (selection, param, value, expected) => expect(withoutValue(selection, param, value)).toEqual(expected));
  test('withValue adds once', () => expect(withValue({ provincie: ['drenthe'] }, 'provincie', 'drenthe')).toEqual({ provincie: ['drenthe'] }));
});

describe('emptyResultSuggestions', () => {
  test('drenthe with ggz: add the national cases first, then the filters to drop, most results first', () => {
    const selection = { provincie: ['drenthe'], sector: ['ggz'] };
    expect(countFor(selection)).toBe(0);
    const ways = emptyResultSuggestions(selection, facets, countFor);
    expect(ways.map((w) => suggestionText(w))).toEqual([
      'Kies ook ‘Landelijk’: landelijke voorbeelden gelden ook voor uw provincie; dan is er 1 voorbeeld.',
      'Haal ‘Drenthe’ (provincies) weg: dan is er 1 voorbeeld.', // equal counts keep the panel's order
      'Haal ‘GGZ’ (sectoren) weg: dan is er 1 voorbeeld.',
    ]);
  });

  test('a drop that still leaves nothing is not suggested', () => {
    const selection = { provincie: ['groningen', 'drenthe'], sector: ['ggz'] };
    const ways = emptyResultSuggestions(selection, facets, countFor);
    expect(ways.map((w) => `${w.action} ${w.filter.value} ${w.count}`)).toEqual(['toevoegen landelijk 1', 'weghalen ggz 3']);
  });

  test('no national suggestion without a province or when Landelijk is already ticked', () => {
    expect(suggestionCandidates({ sector: ['ggz'] }, facets)).toEqual([{}]);
    expect(suggestionCandidates({ provincie: ['landelijk'], sector: ['vvt'] }, facets)).toEqual([{ sector: ['vvt'] }, { provincie: ['landelijk'] }]);
  });

  test('plural in the sentence', () => {
    const ways = emptyResultSuggestions({ provincie: ['groningen'], sector: ['ggz'] }, facets, countFor);
    expect(suggestionText(ways.find((w) => w.filter.value === 'ggz')!)).toBe('Haal ‘GGZ’ (sectoren) weg: dan zijn er 2 voorbeelden.');
  });
});
