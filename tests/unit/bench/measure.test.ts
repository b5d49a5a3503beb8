import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dirSize, machineLoad, pageWeight, parseBuildLog, runMeasured } from '../../../scripts/bench/measure';

// An excerpt of `astro build` output (Astro 5.18), with colours as a terminal would get them.
const log = `18:01:00 [build] Collecting build info...
18:01:00 [build] \u001b[32m✓ Completed in 780ms.\u001b[39m
18:01:00 [build] Building static entrypoints...
18:01:03 [vite] ✓ built in 3.13s
18:01:03 [build] ✓ Completed in 3.16s.

 building client (vite) 
18:01:03 [vite] ✓ 14 modules transformed.
18:01:03 [vite] ✓ built in 123ms

 generating static routes 
18:01:03 ▶ src/pages/[facet]/[key].astro
18:01:03   ├─ /regio/groningen/index.html (+41ms) 
18:01:04   └─ /regio/fryslan/index.html (+3ms) 
18:01:04 λ src/pages/voorbeelden/filters.json.ts
18:01:04   └─ /voorbeelden/filters.json (+1.20s) 
18:01:04 ▶ src/pages/voorbeelden/[slug].astro
18:01:04   └─ /voorbeelden/a/index.html (+9ms) 
18:01:05 ✓ Completed in 2.01s.
`;

describe('parseBuildLog', () => {
  test('reads the phases and adds up page times per route, slowest first', () => {
    expect(parseBuildLog(log)).toEqual({
      collectMs: 780,
      serverBundleMs: 3160,
      clientBundleMs: 123,
      generateMs: 2010,
      routes: [
        { component: 'src/pages/voorbeelden/filters.json.ts', pages: 1, ms: 1200 },
        { component: 'src/pages/[facet]/[key].astro', pages: 2, ms: 44 },
        { component: 'src/pages/voorbeelden/[slug].astro', pages: 1, ms: 9 },
      ],
    });
  });
});

describe('pageWeight', () => {
  test('counts the page, its stylesheets, its scripts and the modules they import, but not Pagefind', () => {
    const site = mkdtempSync(join(tmpdir(), 'bench-weight-'));
    mkdirSync(join(site, '_astro'));
    mkdirSync(join(site, 'pagefind'));
    mkdirSync(join(site, 'voorbeelden/a'), { recursive: true });
    writeFileSync(join(site, '_astro/site.css'), 'x'.repeat(100));
    writeFileSync(join(site, '_astro/entry.js'), 'import{a}from"./chunk.js";import "./chunk.js";a();');
    writeFileSync(join(site, '_astro/chunk.js'), 'export const a=()=>1;'.padEnd(40, ' '));
    writeFileSync(join(site, 'pagefind/pagefind.js'), 'x'.repeat(5000));
    const html = '<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="../../_astro/entry.js"></script><script type="module" src="/pagefind/pagefind.js"></script></head><body></body></html>';
    writeFileSync(join(site, 'voorbeelden/a/index.html'), html);
    const weight = pageWeight(site, '/voorbeelden/a/');
    const entry = 'import{a}from"./chunk.js";import "./chunk.js";a();'.length;
    expect(weight).toMatchObject({ html: html.length, css: 100, js: entry + 40, total: html.length + 100 + entry + 40 });
    expect(weight.files).toHaveLength(4);
  });
});

describe('dirSize', () => {
  test('adds up the files in nested folders and is zero for a missing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-size-'));
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(join(dir, 'one.txt'), '12345');
    writeFileSync(join(dir, 'a/b/two.txt'), '123');
    expect(dirSize(dir)).toEqual({ bytes: 8, files: 2 });
    expect(dirSize(join(dir, 'missing'))).toEqual({ bytes: 0, files: 0 });
  });
});

describe('runMeasured', () => {
  test('counts the memory of a child process in the peak and keeps the output and exit code', async () => {
    // The parent stays small; its child holds 80 MB for half a second.
    const child = "const b=Buffer.alloc(8e7,1);setTimeout(()=>{console.log('klaar',b.length);},500)";
    const parent = `require('node:child_process').spawnSync(process.execPath,['-e',${JSON.stringify(child)}],{stdio:'inherit'});process.exit(3)`;
    const run = await runMeasured(process.execPath, ['-e', parent], { cwd: process.cwd(), env: process.env });
    expect(run.code).toBe(3);
    expect(run.output).toContain('klaar 80000000');
    expect(run.peakRssBytes).toBeGreaterThan(80e6);
    expect(run.peakProcess.bytes).toBeGreaterThan(80e6);
  });

  test('counts the CPU time of a child that outlives its parent (as the Pagefind binary can)', async () => {
    // The child spins until it has used 300 ms of CPU; the parent does not wait for it.
    const child = 'const s=process.cpuUsage();for(;;){const u=process.cpuUsage(s);if((u.user+u.system)/1000>=300)break;}';
    const parent = `require('node:child_process').spawn(process.execPath,['-e',${JSON.stringify(child)}],{stdio:'ignore'}).unref();`;
    const run = await runMeasured(process.execPath, ['-e', parent], { cwd: process.cwd(), env: process.env });
    expect(run.code).toBe(0);
    expect(run.cpuSource).toBe('tree');
    expect(run.cpuMs).toBeGreaterThanOrEqual(300);
  });
});

describe('machineLoad', () => {
  test('reads three load averages and the number of CPUs', () => {
    const load = machineLoad()!;
    expect([load.one, load.five, load.fifteen].every((n) => Number.isFinite(n) && n >= 0)).toBe(true);
    expect(load.cpus).toBeGreaterThan(0);
  });
});
