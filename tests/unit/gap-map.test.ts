import { describe, expect, test } from 'vitest';
import { buildGapMap, shadeStep } from '../../src/lib/gap-map';
import { createCaseSchema } from '../../src/schemas/case';
import type { CaseRecord } from '../../src/lib/cases';
import { NOW, validCase } from '../fixtures/cases';

const schema = createCaseSchema({ now: NOW });
const record = (slug: string, changes: Record<string, unknown>): CaseRecord => ({ slug, data: schema.parse({ ...validCase(), related: [], ...changes }) });

describe('buildGapMap', () => {
  const cases = [
    record('a', { factors: ['bekostiging', 'leerklimaat'], aims: ['capaciteit'] }),
    record('b', { factors: ['bekostiging'], aims: ['capaciteit', 'uitval'], outcome: 'werkt-niet', lessons: [{ text: 'Een les die telt voor anderen.', basis: 'scenarios-2021' }] }),
  ];
  const map = buildGapMap(cases, 'factors', ['bekostiging', 'leerklimaat', 'regelgeving'], 'aims', ['capaciteit', 'uitval']);

  test('counts cases per cell, and failures separately', () => {
    expect(map.cells.map((row) => row.map((c) => [c.count, c.failures]))).toEqual([
      [
        [2, 1],
        [1, 1],
      ],
      [
        [1, 0],
        [0, 0],
      ],
      [
        [0, 0],
        [0, 0],
      ],
    ]);
  });

  test('reports the maximum and the number of gaps', () => {
    expect(map.max).toBe(2);
    expect(map.gaps).toBe(3);
  });

  test('works for single-valued facets such as type', () => {
    const byType = buildGapMap(cases, 'type', ['ketenstage', 'matching'], 'sectors', ['vvt', 'ziekenhuizen']);
    expect(byType.cells[0]!.map((c) => c.count)).toEqual([2, 2]);
    expect(byType.cells[1]!.map((c) => c.count)).toEqual([0, 0]);
  });
});

describe('shadeStep', () => {
  test.each([
    [0, 10, 0],
    [1, 10, 1],
    [5, 10, 2],
    [10, 10, 4],
    [3, 0, 0],
  ])('count %i of max %i gives step %i', (count, max, step) => {
    expect(shadeStep(count, max)).toBe(step);
  });
});
