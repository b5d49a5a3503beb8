import { describe, expect, test } from 'vitest';
import { collectSources, sourceKey } from '../../src/lib/sources';
import { createCaseSchema } from '../../src/schemas/case';
import type { CaseRecord } from '../../src/lib/cases';
import { NOW, withSources } from '../fixtures/cases';

const schema = createCaseSchema({ now: NOW });
const record = (slug: string, sources: Record<string, unknown>[]): CaseRecord => ({ slug, data: schema.parse({ ...withSources(sources), related: [] }) });

describe('sourceKey', () => {
  test.each([
    ['https://www.ecbo.nl/pagina/', 'ecbo.nl/pagina'],
    ['http://ecbo.nl/pagina#deel', 'ecbo.nl/pagina'],
  ])('normalises %s', (url, key) => {
    expect(sourceKey({ title: 'x', url })).toBe(key);
  });
  test('falls back to the title without a URL', () => {
    expect(sourceKey({ title: '  Een  Rapport ' })).toBe('titel:een rapport');
  });
});

describe('collectSources', () => {
  test('merges the same source cited by two cases, pinned sources first, notes dropped', () => {
    const entries = collectSources(
      [
        record('b', [{ title: 'Zeta', url: 'https://z.nl/' }, { title: 'Rapport', url: 'https://ecbo.nl/r/', note: 'hoofdstuk 2' }]),
        record('a', [{ title: 'Rapport', url: 'http://www.ecbo.nl/r', year: 2021 }, { title: 'Alfa' }]),
      ],
      ['https://ecbo.nl/r/'],
    );
    expect(entries.map((e) => [e.source.title, e.cases])).toEqual([
      ['Rapport', ['a', 'b']],
      ['Alfa', ['a']],
      ['Zeta', ['b']],
    ]);
    expect(entries[0]!.source.year).toBe(2021);
    expect(entries[0]!.source.note).toBeUndefined();
  });
});
