import { describe, expect, test } from 'vitest';
import { buildGapMap, shadeStep, failuresText, shadeLegend } from '../../src/lib/gap-map';
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

describe('shadeLegend', () => {
  test('every shade the map can use, with its range and its places, from the same shadeStep', () => {
    const counts = new Map([['a', 0], ['b', 1], ['c', 4], ['d', 8], ['e', 3]]);
    const legend = shadeLegend(counts, ['a', 'b', 'c', 'd', 'e']);
    expect(legend).toEqual([
      { step: 0, from: 0, to: 0, keys: ['a'] },
      { step: 1, from: 1, to: 2, keys: ['b'] },
      { step: 2, from: 3, to: 4, keys: ['c', 'e'] },
      { step: 3, from: 5, to: 6, keys: [] },
      { step: 4, from: 7, to: 8, keys: ['d'] },
    ]);
    for (const step of legend) for (const key of step.keys) expect(shadeStep(counts.get(key)!, 8)).toBe(step.step);
  });

  test.each([
    [1, [0, 4]], // max 1: only "none" and the darkest shade
    [2, [0, 2, 4]], // max 2: 1 is step 2, 2 is step 4
  ])('with max %i the shades are %j', (max, steps) => {
    expect(shadeLegend(new Map([['x', max]]), ['x']).map((s) => s.step)).toEqual(steps);
  });
});

describe('failuresText', () => {
  test.each([
    [1, 'waarvan 1 niet of maar deels werkte of stopte'], // singular verb
    [3, 'waarvan 3 niet of maar deels werkten of stopten'], // plural verb
  ])('%i gives %s', (n, text) => expect(failuresText(n)).toBe(text));
});
