import { describe, expect, test } from 'vitest';
import { createCaseSchema } from '../../src/schemas/case';
import { catalogueStats, countByFacet, isLessonCase, relatedCases, sharedFacetCount, sortByDate, sortByTitle, type CaseRecord } from '../../src/lib/cases';
import { NOW, validCase } from '../fixtures/cases';

const schema = createCaseSchema({ now: NOW });

/** A case record built from the valid fixture with some fields changed. */
function record(slug: string, changes: Record<string, unknown> = {}): CaseRecord {
  return { slug, data: schema.parse({ ...validCase(), related: [], ...changes }) };
}

describe('isLessonCase', () => {
  test.each([
    ['werkt-niet', 'lopend', true],
    ['gemengd', 'afgerond', true],
    ['onbekend', 'gestopt', true],
    ['werkt', 'lopend', false],
    ['veelbelovend', 'pilot', false],
  ])('outcome %s with status %s gives %s', (outcome, status, expected) => {
    const changes: Record<string, unknown> = { outcome, status };
    if (status === 'gestopt') changes.stopReason = 'De subsidie liep af na twee jaar.';
    expect(isLessonCase(record('a', changes))).toBe(expected);
  });
});

describe('countByFacet', () => {
  test('counts every key, including keys without cases', () => {
    const cases = [record('a', { provinces: ['groningen', 'drenthe'], labourMarketRegions: [] }), record('b', { provinces: ['groningen'] })];
    const counts = countByFacet(cases, 'provinces', ['groningen', 'drenthe', 'limburg']);
    expect([...counts]).toEqual([
      ['groningen', 2],
      ['drenthe', 1],
      ['limburg', 0],
    ]);
  });

  test('counts a single-valued facet', () => {
    const counts = countByFacet([record('a'), record('b', { type: 'matching' })], 'type', ['ketenstage', 'matching']);
    expect(counts.get('ketenstage')).toBe(1);
    expect(counts.get('matching')).toBe(1);
  });
});

describe('relatedCases', () => {
  const base = record('base', { related: ['explicit'] });
  const explicit = record('explicit', { type: 'financiering', factors: ['bekostiging'], sectors: ['ggz'], aims: ['uitval'], levels: ['mbo-2'], provinces: ['limburg'], labourMarketRegions: [], scenarios: [] });
  const close = record('close');
  const far = record('far', { type: 'financiering', factors: ['bekostiging'], sectors: ['ggz'], aims: ['uitval'], levels: ['mbo-2'], provinces: ['limburg'], labourMarketRegions: [], scenarios: [] });

  test('puts explicit relations first, then the most similar, never itself or unrelated cases', () => {
    const result = relatedCases(base, [base, far, close, explicit]);
    expect(result.explicit.map((r) => r.slug)).toEqual(['explicit']);
    expect(result.similar.map((r) => r.slug)).toEqual(['close']);
  });

  test('skips an explicit slug that is not in the catalogue', () => {
    expect(relatedCases(record('x', { related: ['missing'] }), [close]).explicit).toEqual([]);
  });

  test('weights a shared type double', () => {
    expect(sharedFacetCount(base, close)).toBeGreaterThan(sharedFacetCount(base, explicit));
  });
});

describe('sorting', () => {
  test('sortByTitle uses Dutch collation and is stable', () => {
    const sorted = sortByTitle([record('b', { title: 'Zorgklas voor iedereen' }), record('a', { title: 'Ééntje vooraan' }), record('c', { title: 'aanpak in de regio' })]);
    expect(sorted.map((r) => r.slug)).toEqual(['c', 'a', 'b']);
  });

  test('sortByDate puts the newest first and breaks ties by slug', () => {
    const sorted = sortByDate([record('b'), record('a'), record('c', { published: '2026-11-10' })], 'published');
    expect(sorted.map((r) => r.slug)).toEqual(['c', 'a', 'b']);
  });
});

describe('catalogueStats', () => {
  test('counts cases, provinces (not landelijk) and lessons from failures', () => {
    const stats = catalogueStats([
      record('a', { outcome: 'werkt-niet', lessons: [{ text: 'Eerste les die telt.', basis: 'scenarios-2021' }, { text: 'Tweede les die telt.', basis: 'redactie' }] }),
      record('b', { provinces: ['landelijk'], labourMarketRegions: [] }),
      record('c', { provinces: ['drenthe'], labourMarketRegions: [] }),
    ], ['groningen', 'drenthe', 'limburg']);
    expect(stats).toEqual({ cases: 3, provincesCovered: 2, thinnest: { count: 0, keys: ['limburg'] }, national: 1, lessonCases: 1, lessons: 2 });
  });

  test('names every province that shares the lowest count', () => {
    const stats = catalogueStats([record('c', { provinces: ['drenthe'], labourMarketRegions: [] })], ['drenthe', 'zeeland', 'flevoland']);
    expect(stats.thinnest).toEqual({ count: 0, keys: ['zeeland', 'flevoland'] });
  });
});

describe('relatedCasesFinder', () => {
  test('gives the same related cases as scoring every pair (property)', async () => {
    const fc = (await import('fast-check')).default;
    const { relatedCasesFinder } = await import('../../src/lib/cases');
    const key = <T,>(values: readonly T[]) => fc.subarray([...values], { minLength: 1, maxLength: 2 });
    const arbitraryCase = fc.record({
      type: fc.constantFrom('ketenstage', 'matching', 'gildeleren'),
      factors: key(['bekostiging', 'leerklimaat', 'begeleiders']),
      sectors: key(['vvt', 'ggz', 'umc']),
      provinces: key(['groningen', 'drenthe', 'limburg']),
      aims: key(['kwaliteit', 'capaciteit']),
    });
    fc.assert(
      fc.property(fc.array(arbitraryCase, { minLength: 1, maxLength: 12 }), (specs) => {
        const all = specs.map((spec, i) => record(`c${String(i).padStart(2, '0')}`, { ...spec, labourMarketRegions: [], scenarios: [] }));
        const find = relatedCasesFinder(all);
        for (const one of all) {
          const brute = all
            .filter((other) => other.slug !== one.slug)
            .map((other) => ({ other, score: sharedFacetCount(one, other) }))
            .filter(({ score }) => score > 0)
            .sort((a, b) => b.score - a.score || a.other.slug.localeCompare(b.other.slug))
            .slice(0, 4)
            .map(({ other }) => other.slug);
          expect(find(one).similar.map((r) => r.slug)).toEqual(brute);
        }
      }),
      { numRuns: 60 },
    );
  });
});
