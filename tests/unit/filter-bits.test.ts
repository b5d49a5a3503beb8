import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { bitFacetCounts, buildFacetBits, matchingIndices } from '../../src/lib/filter-bits';
import { facetCounts, filterItems, type FacetValues } from '../../src/lib/filter-cases';

const params = ['provincie', 'uitkomst', 'sector'];
const key = fc.constantFrom('groningen', 'drenthe', 'limburg', 'werkt', 'werkt-niet', 'vvt', 'ggz', 'umc');
const item = fc.record({ values: fc.record({ provincie: fc.uniqueArray(key, { maxLength: 3 }), uitkomst: fc.uniqueArray(key, { maxLength: 2 }), sector: fc.uniqueArray(key, { maxLength: 3 }) }) });
const selection = fc.record({ provincie: fc.uniqueArray(key, { maxLength: 2 }), uitkomst: fc.uniqueArray(key, { maxLength: 2 }), sector: fc.uniqueArray(key, { maxLength: 2 }) }, { requiredKeys: [] });

describe('filter over bitsets', () => {
  test.each([
    [{}, [0, 1, 2]],
    [{ provincie: ['groningen'] }, [0, 1]],
    [{ provincie: ['groningen'], uitkomst: ['werkt-niet'] }, [1]],
    [{ provincie: ['drenthe'], sector: ['umc'] }, []],
    [{ provincie: [] }, [0, 1, 2]],
  ])('selection %j gives positions %j', (sel, expected) => {
    const items: FacetValues[] = [
      { values: { provincie: ['groningen'], uitkomst: ['werkt'], sector: ['vvt', 'ggz'] } },
      { values: { provincie: ['groningen', 'drenthe'], uitkomst: ['werkt-niet'], sector: ['vvt'] } },
      { values: { provincie: ['limburg'], uitkomst: ['werkt-niet'], sector: ['umc'] } },
    ];
    expect(matchingIndices(buildFacetBits(items, params), sel)).toEqual(expected);
  });

  // Up to 100 items: more than three 32-bit words, so word edges are crossed.
  test('gives the same items and counts as filterItems and facetCounts (property)', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 100 }), selection, (list, sel) => {
        const index = buildFacetBits(list, params);
        const indexed = list.map((it, i) => ({ ...it, i }));
        expect(matchingIndices(index, sel)).toEqual(filterItems(indexed, sel).map((it) => it.i));
        expect(bitFacetCounts(index, sel)).toEqual(facetCounts(list, sel, params));
      }),
      { numRuns: 300 },
    );
  });
});
