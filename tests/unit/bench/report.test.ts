import { describe, expect, test } from 'vitest';
import type { BrowserResult } from '../../../scripts/bench/browser';
import type { MeasuredRun, PageWeight } from '../../../scripts/bench/measure';
import { checkBudgets, median, pairOrder, pairRatios, sizeMedians, type Pair, type SiteRun, type SizeResult } from '../../../scripts/bench/report';

const measured: MeasuredRun = { ms: 0, peakRssBytes: 0, peakProcess: { name: 'node', bytes: 0 }, code: 0, output: '' };

/** A build + index run with these totals (seconds, MB). */
function site(wallS: number, cpuS: number | undefined, peakMb: number): SiteRun {
  return {
    build: { ...measured, ms: wallS * 900 },
    index: { ...measured, ms: wallS * 100 },
    wallMs: wallS * 1000,
    cpuMs: cpuS === undefined ? undefined : cpuS * 1000,
    peakRssBytes: peakMb * 1e6,
    buildLog: { routes: [] },
    outBytes: 0,
    outFiles: 0,
    indexBytes: 0,
  };
}

const pair = (ours: SiteRun, bare: SiteRun, i = 0): Pair => ({ order: pairOrder(i), ours, bare });
const weight = (total: number): PageWeight => ({ html: total, css: 0, js: 0, total, files: [] });
const browser: BrowserResult = {
  casePage: { readableWithoutJs: true, textChars: 4000, loadedBytes: 30_000 },
  search: { indexBytes: 120_000, runtimeBytes: 150_000, files: 6, status: '12 resultaten' },
  filter: { available: true, medianMs: 20, maxMs: 60, medianScriptMs: 5, samples: [20], visibleAfterFirst: 48, breakdown: { scriptMs: 1, styleMs: 1, layoutMs: 1, taskMs: 3 } },
  listing: { htmlBytes: 110_000, dataBytes: 150_000, scriptBytes: 10_000, styleBytes: 20_000, dataFiles: 2 },
};

/** A size with three pairs whose ours/bare figures are given per pair. */
function size(n: number, pairs: [number, number, number, number][]): SizeResult {
  return {
    n,
    words: 600,
    pairs: pairs.map(([oursWall, bareWall, oursCpu, bareCpu], i) => pair(site(oursWall, oursCpu, 2000), site(bareWall, bareCpu, 1900), i)),
    caseWeight: { max: weight(40_000), median: weight(38_000), sampled: 25 },
    listing: { firstView: browser.listing, largestFacetPage: { path: '/regio/groningen/', bytes: 90_000 }, filterDataBytes: 140_000 },
    browser,
  };
}

describe('pairOrder', () => {
  test('alternates: bare first, then ours first, then bare first', () => {
    expect([0, 1, 2].map(pairOrder)).toEqual([
      ['bare', 'ours'],
      ['ours', 'bare'],
      ['bare', 'ours'],
    ]);
  });
});

describe('median', () => {
  test.each([
    [[3, 1, 2], 2],
    // even count: mean of the middle two
    [[4, 1, 3, 2], 2.5],
    [[], Number.NaN],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('sizeMedians', () => {
  test('takes the median of the per-pair ratios, not the ratio of the medians', () => {
    // Ratios per pair 2.0, 1.0 and 1.4: median 1.4; the medians of the sides (12 s / 10 s) would say 1.2.
    const r = size(2000, [
      [10, 5, 10, 5],
      [12, 12, 12, 12],
      [14, 10, 14, 10],
    ]);
    const m = sizeMedians(r.pairs);
    expect(m.wallRatio).toBeCloseTo(1.4);
    expect(m.cpuRatio).toBeCloseTo(1.4);
    expect(m.ours.wallMs).toBe(12_000);
    expect(m.bare.wallMs).toBe(10_000);
    expect(m.memoryRatio).toBeCloseTo(2000 / 1900);
    expect(pairRatios(r.pairs[0]!).wall).toBe(2);
  });

  test('has no CPU ratio when one run could not measure CPU', () => {
    const r = size(500, [[10, 10, 10, 10]]);
    r.pairs[0]!.bare.cpuMs = undefined;
    expect(sizeMedians(r.pairs).cpuRatio).toBeUndefined();
  });
});

describe('checkBudgets', () => {
  const results = [
    size(500, [
      [15, 10, 15, 10],
      [15, 10, 15, 10],
      [15, 10, 15, 10],
    ]),
    // 2,000: CPU 1.25× (pass), wall 1.4× (miss)
    size(2000, [
      [42, 30, 37.5, 30],
      [42, 30, 37.5, 30],
      [42, 30, 37.5, 30],
    ]),
    size(5000, [
      [100, 80, 100, 80],
      [100, 80, 100, 80],
      [100, 80, 100, 80],
    ]),
  ];
  const checks = checkBudgets(results);

  test('checks every budget at 2,000 and at 5,000 and the growth once', () => {
    expect(checks.filter((c) => c.size === 2000)).toHaveLength(7);
    expect(checks.filter((c) => c.size === 5000)).toHaveLength(8);
  });

  test('uses the median CPU ratio for the CPU budget and the wall median for the wall budget', () => {
    const at2000 = checks.filter((c) => c.size === 2000);
    expect(at2000.find((c) => c.label.includes('CPU-tijd'))).toMatchObject({ pass: true, value: '1,25×' });
    expect(at2000.find((c) => c.label.includes('wandklok'))).toMatchObject({ pass: false, value: '1,40×' });
  });

  test('compares the time per added case of the last step with the first (CPU medians)', () => {
    // 500 → 2,000: (37.5 − 15) s / 1,500 = 15 ms; 2,000 → 5,000: (100 − 37.5) s / 3,000 ≈ 20.8 ms: 1.39×, a miss.
    const growth = checks.find((c) => c.label.startsWith('tijd per toegevoegd voorbeeld'))!;
    expect(growth.pass).toBe(false);
    expect(growth.value).toContain('15,0 → 20,8 ms per voorbeeld (1,39×)');
  });

  test('passes the page budgets with light pages and fails the first view when it is too heavy', () => {
    expect(checks.filter((c) => c.label.startsWith('/voorbeelden/')).every((c) => c.pass)).toBe(true);
    const heavy = size(5000, [[1, 1, 1, 1]]);
    heavy.listing = { ...heavy.listing, firstView: { ...heavy.listing.firstView, htmlBytes: 6_900_000 } };
    expect(checkBudgets([heavy]).find((c) => c.label.startsWith('/voorbeelden/'))!.pass).toBe(false);
  });
});
