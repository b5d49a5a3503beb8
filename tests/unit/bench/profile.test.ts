import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { areaOf, summariseProfile } from '../../../scripts/bench/profile';

describe('areaOf', () => {
  test.each([
    ['file:///w/node_modules/astro/dist/core/render.js', 'render', 'Astro (astro)'],
    ['file:///w/node_modules/micromark/lib/index.js', 'go', 'MDX (@astrojs/mdx, @mdx-js, micromark, remark, rehype)'],
    ['file:///w/node_modules/rollup/dist/es/rollup.js', 'x', 'Vite / Rollup / esbuild'],
    ['file:///w/node_modules/zod/lib/index.mjs', 'parse', 'zod (schema)'],
    ['file:///w/src/lib/cases.ts', 'relatedCases', 'onze code (src/)'],
    // src/ as Astro bundles it before rendering pages
    ['file:///w/.bench/n-5000/ours-dist/chunks/content_Cs07G1pF.mjs', 'sharedFacetCount', 'onze code, gebundeld (src/ en pagina’s in build-chunks)'],
    // V8's own pseudo-frames have no URL
    ['', '(garbage collector)', 'garbage collector'],
  ])('%s (%s) → %s', (url, name, area) => {
    expect(areaOf(url, name)).toBe(area);
  });
});

describe('summariseProfile', () => {
  test('adds up self time per area and per function', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 0, scriptId: '0' });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 3] },
        { id: 2, callFrame: frame('relatedCases', 'file:///w/src/lib/cases.ts'), children: [] },
        { id: 3, callFrame: frame('parse', 'file:///w/node_modules/zod/lib/index.mjs'), children: [] },
      ],
      samples: [2, 2, 3, 2],
      timeDeltas: [1000, 2000, 1000, 4000],
    };
    const file = join(mkdtempSync(join(tmpdir(), 'bench-prof-')), 'p.cpuprofile');
    writeFileSync(file, JSON.stringify(profile));
    const summary = summariseProfile(file);
    expect(summary.totalMs).toBe(8);
    expect(summary.byArea.map((a) => [a.label, a.ms])).toEqual([
      ['onze code (src/)', 7],
      ['zod (schema)', 1],
    ]);
    expect(summary.topFunctions[0]).toMatchObject({ label: 'relatedCases /w/src/lib/cases.ts:1', ms: 7 });
  });
});
