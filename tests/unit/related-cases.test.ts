/**
 * The related-cases finder against the implementation it replaced (main before issue 14, kept
 * here as the reference): the same explicit and similar cases, in the same order, for every case
 * of the real catalogue and of a generated one of a few hundred.
 */
import { describe, expect, test } from 'vitest';
import { relatedCasesFinder, valuesOf, type CaseRecord, type FacetField } from '../../src/lib/cases';
import { caseFileText, generateCatalogue } from '../../scripts/bench/generate';
import { checkFrontmatter } from '../../src/lib/check-case';
import type { CaseData } from '../../src/schemas/case';
import { readCatalogue } from '../fixtures/catalogue';
import { NOW } from '../fixtures/cases';

const similarityFields: readonly FacetField[] = ['type', 'factors', 'sectors', 'aims', 'levels', 'provinces', 'scenarios'];

/** The previous implementation (facet index, a Map of scores, a full sort per page), verbatim. */
function previousFinder<T extends CaseRecord>(all: readonly T[], limit = 4): (record: T) => { explicit: T[]; similar: T[] } {
  const bySlug = new Map(all.map((r) => [r.slug, r]));
  const index = new Map<string, number[]>();
  all.forEach((r, i) => {
    for (const field of similarityFields) {
      for (const key of new Set(valuesOf(r, field))) {
        const id = `${field}\u0000${key}`;
        const list = index.get(id);
        if (list) list.push(i);
        else index.set(id, [i]);
      }
    }
  });
  return (record) => {
    const explicit = record.data.related.map((slug) => bySlug.get(slug)).filter((r): r is T => r !== undefined && r.slug !== record.slug);
    const taken = new Set([record.slug, ...explicit.map((r) => r.slug)]);
    const scores = new Map<number, number>();
    for (const field of similarityFields) {
      const weight = field === 'type' ? 2 : 1;
      for (const key of new Set(valuesOf(record, field))) {
        for (const i of index.get(`${field}\u0000${key}`) ?? []) scores.set(i, (scores.get(i) ?? 0) + weight);
      }
    }
    const similar = [...scores]
      .filter(([i]) => !taken.has(all[i]!.slug))
      .sort((a, b) => b[1] - a[1] || all[a[0]]!.slug.localeCompare(all[b[0]]!.slug))
      .slice(0, Math.max(0, limit - explicit.length))
      .map(([i]) => all[i]!);
    return { explicit, similar };
  };
}

const slugsOf = (result: { explicit: CaseRecord[]; similar: CaseRecord[] }) => ({ explicit: result.explicit.map((r) => r.slug), similar: result.similar.map((r) => r.slug) });

function expectSameAsPrevious(records: readonly CaseRecord[], limit?: number): void {
  const now = relatedCasesFinder(records, limit);
  const before = previousFinder(records, limit);
  for (const record of records) expect(slugsOf(now(record)), record.slug).toEqual(slugsOf(before(record)));
}

describe('relatedCasesFinder', () => {
  const real = readCatalogue();

  test('gives the same related cases as before for every case of the real catalogue', () => {
    expect(real.length).toBeGreaterThan(40);
    expectSameAsPrevious(real);
  });

  test.each([1, 2, 8])('gives the same as before with room for %i cases', (limit) => {
    expectSameAsPrevious(real, limit);
  });

  test('gives the same related cases as before on a generated catalogue of 300', () => {
    const cases = generateCatalogue(300, 14, NOW);
    const slugs = cases.map((c) => c.slug);
    const generated = cases.map((c) => {
      const { data, problems } = checkFrontmatter(`${c.slug}.mdx`, caseFileText(c), { knownSlugs: slugs, now: NOW });
      expect(problems).toEqual([]);
      return { slug: c.slug, data: data as CaseData };
    });
    expectSameAsPrevious(generated);
  });

  test('never lists the case itself and fills up to four with similar cases', () => {
    const find = relatedCasesFinder(real);
    for (const record of real) {
      const { explicit, similar } = find(record);
      expect([...explicit, ...similar].map((r) => r.slug)).not.toContain(record.slug);
      expect(similar.length).toBe(Math.max(0, 4 - explicit.length));
    }
  });
});
