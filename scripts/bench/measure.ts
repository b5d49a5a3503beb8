/**
 * Measuring tools for the benchmark: run a command while sampling the memory of its whole process
 * tree and adding up its CPU time, read the machine's load, sum file sizes, read Astro's build
 * log, and weigh what a page loads.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';

/** What a measured command did: wall time, CPU time and peak memory of its process tree, its output. */
export interface MeasuredRun {
  ms: number;
  /** Highest sum of resident memory (RSS) of all processes in the command's process group. */
  peakRssBytes: number;
  /** The process with the highest RSS seen on its own, by command name. */
  peakProcess: { name: string; bytes: number };
  /**
   * CPU time (user + system) of the command and every process it started, also those that
   * outlived their parent (tree-rusage.py, a child subreaper); GNU time's figure without Python 3,
   * which misses such orphans; undefined without either.
   */
  cpuMs?: number;
  /** Where cpuMs comes from. */
  cpuSource?: 'tree' | 'gnu-time';
  code: number | null;
  output: string;
}

const PAGE_SIZE = 4096;
const GNU_TIME = '/usr/bin/time';
const PYTHON = '/usr/bin/python3';
const TREE_RUSAGE = fileURLToPath(new URL('./tree-rusage.py', import.meta.url));

/** User + system seconds written as "12.34 1.56 …" (last line), as milliseconds. */
function readCpuMs(file: string): number | undefined {
  try {
    const [user, system] = readFileSync(file, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    return user === undefined || system === undefined || Number.isNaN(user + system) ? undefined : Math.round((user + system) * 1000);
  } catch {
    return undefined;
  }
}

/** The machine's load averages over 1, 5 and 15 minutes and the number of CPUs, from /proc/loadavg. */
export function machineLoad(): { one: number; five: number; fifteen: number; cpus: number } | undefined {
  try {
    const [one, five, fifteen] = readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
    return { one: one!, five: five!, fifteen: fifteen!, cpus: availableParallelism() };
  } catch {
    return undefined;
  }
}

/** The RSS of every process whose process group is `group`, from /proc: their sum and the largest. */
function groupRss(group: number): { total: number; largest: { name: string; bytes: number } } {
  let total = 0;
  let largest = { name: '', bytes: 0 };
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue;
      const bytes = Number(fields[21]) * PAGE_SIZE;
      total += bytes;
      if (bytes > largest.bytes) largest = { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), bytes };
    } catch {
      // The process ended between listing and reading.
    }
  }
  return { total, largest };
}

/**
 * Runs a command in its own process group and samples the group's memory every `intervalMs`, so
 * helpers it starts (esbuild, the Pagefind binary) count too. Output goes to the returned log.
 */
export function runMeasured(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; intervalMs?: number }): Promise<MeasuredRun> {
  const cpuSource = existsSync(PYTHON) ? 'tree' : existsSync(GNU_TIME) ? 'gnu-time' : undefined;
  const timeFile = cpuSource ? join(mkdtempSync(join(tmpdir(), 'bench-time-')), 'time.txt') : undefined;
  const [program, programArgs] =
    cpuSource === 'tree'
      ? [PYTHON, [TREE_RUSAGE, timeFile!, command, ...args]]
      : cpuSource === 'gnu-time'
        ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile!, command, ...args]]
        : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(program, programArgs, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let peak = 0;
    let peakProcess = { name: '', bytes: 0 };
    const sample = () => {
      if (child.pid === undefined) return;
      const { total, largest } = groupRss(child.pid);
      peak = Math.max(peak, total);
      if (largest.bytes > peakProcess.bytes) peakProcess = largest;
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      const output = Buffer.concat(chunks).toString('utf8');
      resolve({ ms, peakRssBytes: peak, peakProcess, code, output, cpuMs: timeFile ? readCpuMs(timeFile) : undefined, cpuSource });
    });
  });
}

/** Total size and number of files under a directory. */
export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Time spent on one route (page component) while generating pages. */
export interface RouteTime {
  component: string;
  pages: number;
  ms: number;
}

/** Phases of `astro build` as its log reports them, in milliseconds. */
export interface BuildLog {
  /** "Collecting build info" (content layer sync happens before it and is not timed by Astro). */
  collectMs?: number;
  /** Server (SSR) bundle: every page and every MDX module compiled by Vite. */
  serverBundleMs?: number;
  /** Client bundle: scripts and styles for the browser. */
  clientBundleMs?: number;
  /** Rendering every page to HTML. */
  generateMs?: number;
  /** Pages generated per route component, slowest first. */
  routes: RouteTime[];
}

const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Reads "1.23s" or "41ms" as milliseconds. */
function duration(value: string): number {
  return Math.round(value.endsWith('ms') ? Number(value.slice(0, -2)) : Number(value.slice(0, -1)) * 1000);
}

/** Parses the log of `astro build` (static output) into phases and per-route page times. */
export function parseBuildLog(log: string): BuildLog {
  const lines = log.replace(ansi, '').split('\n');
  const result: BuildLog = { routes: [] };
  const routes = new Map<string, RouteTime>();
  let current: RouteTime | undefined;
  let section: 'collect' | 'server' | 'client' | 'generate' | undefined;
  for (const line of lines) {
    if (line.includes('Collecting build info')) section = 'collect';
    else if (line.includes('Building static entrypoints')) section = 'server';
    else if (line.includes('building client')) section = 'client';
    else if (line.includes('generating static routes')) section = 'generate';
    const completed = /Completed in ([\d.]+m?s)/.exec(line) ?? (section === 'client' ? /✓ built in ([\d.]+m?s)/.exec(line) : null);
    if (completed && section) {
      const ms = duration(completed[1]!);
      if (section === 'collect') result.collectMs = ms;
      else if (section === 'server') result.serverBundleMs = ms;
      else if (section === 'client') result.clientBundleMs = ms;
      else result.generateMs = ms;
      section = undefined;
      continue;
    }
    const route = /[▶λ] (\S+)\s*$/.exec(line);
    if (route) {
      const component = route[1]!;
      current = routes.get(component) ?? { component, pages: 0, ms: 0 };
      routes.set(component, current);
      continue;
    }
    const page = /[├└]─ \S+ \(\+([\d.]+m?s)\)/.exec(line);
    if (page && current) {
      current.pages++;
      current.ms += duration(page[1]!);
    }
  }
  result.routes = [...routes.values()].sort((a, b) => b.ms - a.ms);
  return result;
}

/** Bytes of HTML, CSS and JS that one page loads (uncompressed), and the files counted. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  files: string[];
}

/** Finds the file a site-relative or page-relative URL points to in the built site. */
function fileFor(siteDir: string, pageUrl: string, ref: string): string | undefined {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) return undefined;
  const path = posix.resolve(posix.dirname(pageUrl.endsWith('/') ? `${pageUrl}index.html` : pageUrl), ref.split(/[?#]/)[0]!);
  const file = join(siteDir, path);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`), not dynamic ones. */
function staticImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) found.push(match[1]!);
  for (const match of source.matchAll(/(?:^|[;\s}])export\s*[\w*{}\s,$]+from\s*["']([^"']+)["']/g)) found.push(match[1]!);
  return found;
}

/**
 * Weighs a page of the built site as a browser would load it without the search index: the HTML,
 * every linked stylesheet, every script (with the modules those import statically), uncompressed.
 * `pageUrl` is site-relative, like /voorbeelden/x/.
 */
export function pageWeight(siteDir: string, pageUrl: string): PageWeight {
  const htmlFile = fileFor(siteDir, pageUrl, pageUrl);
  if (!htmlFile) throw new Error(`Geen pagina ${pageUrl} in ${siteDir}`);
  const root = parse(readFileSync(htmlFile, 'utf8'));
  const weight: PageWeight = { html: statSync(htmlFile).size, css: 0, js: 0, total: 0, files: [htmlFile] };
  const seen = new Set<string>([htmlFile]);
  const add = (file: string | undefined, kind: 'css' | 'js') => {
    if (!file || seen.has(file) || file.includes(`${join(siteDir, 'pagefind')}`)) return;
    seen.add(file);
    weight[kind] += statSync(file).size;
    weight.files.push(file);
    if (kind === 'js') {
      const fileUrl = `/${file.slice(siteDir.length).replace(/^\/+/, '')}`;
      for (const ref of staticImports(readFileSync(file, 'utf8'))) add(fileFor(siteDir, fileUrl, ref), 'js');
    }
  };
  for (const link of root.querySelectorAll('link[rel~="stylesheet"][href]')) add(fileFor(siteDir, pageUrl, link.getAttribute('href')!), 'css');
  for (const link of root.querySelectorAll('link[rel="modulepreload"][href]')) add(fileFor(siteDir, pageUrl, link.getAttribute('href')!), 'js');
  for (const script of root.querySelectorAll('script[src]')) add(fileFor(siteDir, pageUrl, script.getAttribute('src')!), 'js');
  // Inline module scripts can import bundles too.
  for (const script of root.querySelectorAll('script:not([src])')) {
    for (const ref of staticImports(script.textContent)) add(fileFor(siteDir, pageUrl, ref), 'js');
  }
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}
