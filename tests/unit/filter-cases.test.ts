import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { facetCounts, filterItems, matchesSelection, parseSelection, selectionSize, selectionToParams, toPagefindFilters, type FilterItem } from '../../src/lib/filter-cases';

const items: FilterItem[] = [
  { slug: 'a', values: { provincie: ['groningen'], uitkomst: ['werkt'], sector: ['vvt', 'ggz'] } },
  { slug: 'b', values: { provincie: ['groningen', 'drenthe'], uitkomst: ['werkt-niet'], sector: ['vvt'] } },
  { slug: 'c', values: { provincie: ['limburg'], uitkomst: ['werkt-niet'], sector: ['umc'] } },
];
const params = ['provincie', 'uitkomst', 'sector'];

describe('filterItems', () => {
  test.each([
    [{}, ['a', 'b', 'c']], // nothing ticked: everything
    [{ provincie: ['groningen'] }, ['a', 'b']],
    [{ provincie: ['groningen', 'limburg'] }, ['a', 'b', 'c']], // OR within a facet
    [{ provincie: ['groningen'], uitkomst: ['werkt-niet'] }, ['b']], // AND across facets
    [{ provincie: ['drenthe'], sector: ['umc'] }, []],
    [{ provincie: [] }, ['a', 'b', 'c']], // an empty facet does not filter
  ])('selection %j gives %j', (selection, expected) => {
    expect(filterItems(items, selection).map((i) => i.slug)).toEqual(expected);
  });
});

describe('facetCounts', () => {
  test('counts each value as if it were ticked too, ignoring the facet’s own selection', () => {
    const counts = facetCounts(items, { provincie: ['groningen'], uitkomst: ['werkt-niet'] }, params);
    expect(counts.provincie).toEqual({ groningen: 1, drenthe: 1, limburg: 1 });
    expect(counts.uitkomst).toEqual({ werkt: 1, 'werkt-niet': 1 });
    expect(counts.sector).toEqual({ vvt: 1 });
  });

  test('a value’s count equals the size of the list after ticking it (property)', () => {
    const key = fc.constantFrom('groningen', 'drenthe', 'limburg', 'werkt', 'werkt-niet', 'vvt', 'ggz', 'umc');
    const item = fc.record({ slug: fc.string(), values: fc.record({ provincie: fc.uniqueArray(key), uitkomst: fc.uniqueArray(key), sector: fc.uniqueArray(key) }) });
    const selection = fc.record({ provincie: fc.uniqueArray(key, { maxLength: 2 }), uitkomst: fc.uniqueArray(key, { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), selection, fc.constantFrom(...params), key, (list, sel, param, value) => {
        const counts = facetCounts(list, sel, params);
        const withValue = { ...sel, [param]: [value] };
        const expected = list.filter((i) => matchesSelection(i, withValue)).length;
        // Ticking `value` alone in `param` (other facets unchanged) gives exactly the count shown.
        expect(counts[param]![value] ?? 0).toBe(expected);
      }),
    );
  });
});

describe('URL state', () => {
  const allowed = { provincie: ['groningen', 'drenthe'], uitkomst: ['werkt', 'werkt-niet'] };

  test('parses known values only, in vocabulary order, without duplicates', () => {
    const parsed = parseSelection(new URLSearchParams('provincie=drenthe&provincie=groningen&provincie=drenthe&provincie=mars&kleur=rood&uitkomst=werkt-niet'), allowed);
    expect(parsed).toEqual({ provincie: ['groningen', 'drenthe'], uitkomst: ['werkt-niet'] });
  });

  test('round-trips through URL parameters (property)', () => {
    fc.assert(
      fc.property(fc.subarray(allowed.provincie), fc.subarray(allowed.uitkomst), fc.string(), (p, u, q) => {
        const selection = { provincie: p, uitkomst: u };
        const params = selectionToParams(selection, ['provincie', 'uitkomst'], q);
        const back = parseSelection(params, allowed);
        expect(back).toEqual(Object.fromEntries(Object.entries(selection).filter(([, v]) => v.length > 0)));
        expect(params.get('q') ?? '').toBe(q.trim());
      }),
    );
  });

  test('toPagefindFilters and selectionSize', () => {
    expect(toPagefindFilters({ provincie: ['groningen'], uitkomst: [] })).toEqual({ provincie: { any: ['groningen'] } });
    expect(selectionSize({ provincie: ['groningen', 'drenthe'], uitkomst: ['werkt'] })).toBe(3);
  });
});
