/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) of a build: self time per area of code (our
 * src/, Astro, Vite/Rollup, MDX, …) and the functions that take the most self time.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time in milliseconds for one label. */
export interface ProfileShare {
  label: string;
  ms: number;
  share: number;
}

/** Where the time of a profiled process went. */
export interface ProfileSummary {
  totalMs: number;
  byArea: ProfileShare[];
  topFunctions: ProfileShare[];
}

/** Names the area of code a script URL belongs to. */
export function areaOf(url: string, functionName: string): string {
  if (!url) {
    if (functionName === '(garbage collector)') return 'garbage collector';
    if (functionName === '(idle)') return 'wachten (idle, I/O)';
    if (functionName === '(program)') return 'V8/Node intern (program)';
    return 'Node intern';
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    const name = pkg[1]!;
    if (name === 'astro' || name.startsWith('@astrojs/')) return name === '@astrojs/mdx' ? 'MDX (@astrojs/mdx, @mdx-js, micromark, remark, rehype)' : `Astro (${name})`;
    if (/^(@mdx-js|micromark|mdast|remark|rehype|hast|unified|unist|vfile|estree|acorn|recma|property-information|parse-entities|character-entities|decode-named|zwitch|bail|trough|devlop|ccount|markdown-table|longest-streak|space-separated|comma-separated|html-void|stringify-entities)/.test(name)) {
      return 'MDX (@astrojs/mdx, @mdx-js, micromark, remark, rehype)';
    }
    if (/^(vite|rollup|@rollup|esbuild|es-module-lexer|magic-string|picomatch|tinyglobby|fdir)/.test(name)) return 'Vite / Rollup / esbuild';
    if (name === 'zod') return 'zod (schema)';
    if (name === 'yaml' || name === 'js-yaml') return 'YAML';
    if (name === 'pagefind' || name.startsWith('@pagefind/')) return 'Pagefind';
    return `overige pakketten (${name})`;
  }
  if (url.includes('/src/')) return 'onze code (src/)';
  // Astro bundles src/ and the pages into chunks in the output folder before rendering them.
  if (/\/(chunks|pages)\/[^/]+\.mjs$/.test(url)) return 'onze code, gebundeld (src/ en pagina’s in build-chunks)';
  if (url.startsWith('node:')) return 'Node intern';
  return 'overig';
}

/** Reads a .cpuprofile and adds up self time per area and per function. */
export function summariseProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    totalMs += ms;
    const area = areaOf(frame.url, frame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const where = frame.url ? `${frame.url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '').replace(/^.*\/(chunks|pages)\//, '$1/')}:${frame.lineNumber + 1}` : '';
    const label = `${frame.functionName || '(anoniem)'}${where ? ` ${where}` : ''}`;
    functions.set(label, (functions.get(label) ?? 0) + ms);
  }
  const shares = (map: Map<string, number>) =>
    [...map.entries()].map(([label, ms]) => ({ label, ms, share: totalMs ? ms / totalMs : 0 })).sort((a, b) => b.ms - a.ms);
  return { totalMs, byArea: shares(areas), topFunctions: shares(functions).slice(0, top) };
}
