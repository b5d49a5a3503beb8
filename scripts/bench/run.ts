/**
 * `npm run bench`: builds and indexes this site and a bare Astro 5 site from the same synthetic
 * catalogue at several sizes, in cold pairs whose order alternates (bare first, then ours first,
 * …), measures both over their whole process trees, prints the tables and checks the budgets of
 * issue 14. Everything happens in .bench/ (gitignored); content/cases/ is never read or written.
 *
 * Options: --sizes 500,2000,5000  --pairs 3  --seed 2026  --word studenten  --profile (always
 * profile our build at the largest size)  --no-profile  --keep (keep every size's output)
 * --dry-run (load every module, generate and check a small catalogue, build nothing: the smoke
 * test in tests/unit/bench/ runs this).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkCaseFile } from '../../src/lib/check-case';
import { caseFileText, generateCatalogue, wordCount, writeCatalogue } from './generate';
import { dirSize, machineLoad, parseBuildLog, pageWeight, runMeasured } from './measure';
import { measureInBrowser } from './browser';
import { summariseProfile, type ProfileSummary } from './profile';
import { budgetList, checkBudgets, pairOrder, pairTable, phaseTable, sizeMedians, sizeTable, type Pair, type Side, type SiteRun, type SizeResult } from './report';
import { writeBareSite, writeOurConfig, type SitePaths } from './sites';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const benchRoot = join(repoRoot, '.bench');
const astroBin = join(repoRoot, 'node_modules/astro/astro.js');
const indexScript = join(repoRoot, 'scripts/index-search.mjs');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,5000' },
    pairs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '2026' },
    word: { type: 'string', default: 'studenten' },
    profile: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes
  .split(',')
  .map((s) => Number(s.trim().replace(/[._]/g, '')))
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
if (sizes.length === 0) throw new Error('Geef minstens één aantal voorbeelden, bijvoorbeeld --sizes 200,500.');
const pairCount = Number(values.pairs);
if (!Number.isInteger(pairCount) || pairCount < 1) throw new Error('Geef met --pairs een aantal paren van 1 of meer (standaard 3).');
const seed = Number(values.seed);

const nl = (value: number, digits = 0) => value.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const seconds = (ms: number) => nl(ms / 1000, 1);
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** The environment of every build: production, no telemetry, the synthetic cases. */
function buildEnv(casesDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PRAKTIJKBANK_CASES_DIR: casesDir, NODE_ENV: 'production' };
  delete env.BASE_PATH;
  delete env.SITE_URL;
  return env;
}

/** A cold build (output and cache removed first) and its Pagefind run, measured over their process trees. */
async function buildAndIndex(name: string, site: SitePaths, cacheDir: string, env: NodeJS.ProcessEnv): Promise<SiteRun> {
  rmSync(site.outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  log(`${name}: astro build …`);
  // Astro joins --config to the root, so it must be relative.
  const build = await runMeasured(process.execPath, [astroBin, 'build', '--config', relative(site.root, site.config)], { cwd: site.root, env });
  if (build.code !== 0) {
    console.error(build.output.slice(-6000));
    throw new Error(`${name}: astro build mislukte (code ${build.code}).`);
  }
  log(`${name}: Pagefind …`);
  const index = await runMeasured(process.execPath, [indexScript, site.outDir], { cwd: repoRoot, env });
  if (index.code !== 0) {
    console.error(index.output.slice(-3000));
    throw new Error(`${name}: Pagefind mislukte (code ${index.code}).`);
  }
  const out = dirSize(site.outDir);
  const cpuMs = build.cpuMs !== undefined && index.cpuMs !== undefined ? build.cpuMs + index.cpuMs : undefined;
  log(`${name}: ${seconds(build.ms)} s bouwen + ${seconds(index.ms)} s indexeren${cpuMs === undefined ? '' : `, CPU ${seconds(cpuMs)} s`}.`);
  return {
    build,
    index,
    wallMs: build.ms + index.ms,
    cpuMs,
    peakRssBytes: Math.max(build.peakRssBytes, index.peakRssBytes),
    buildLog: parseBuildLog(build.output),
    outBytes: out.bytes,
    outFiles: out.files,
    indexBytes: dirSize(join(site.outDir, 'pagefind')).bytes,
  };
}

/** Indexes spread evenly over 0..n-1. */
function spread(n: number, count: number): number[] {
  const picks = new Set<number>();
  for (let i = 0; i < Math.min(n, count); i++) picks.add(Math.floor((i * n) / Math.min(n, count)));
  return [...picks];
}

/** Writes the synthetic catalogue of `n` cases and runs a sample through the project's own check. */
function prepareCatalogue(n: number, casesDir: string): { slugs: string[]; words: number } {
  log(`${nl(n)} voorbeelden genereren in ${casesDir} …`);
  const today = new Date();
  const cases = generateCatalogue(n, seed, today);
  writeCatalogue(casesDir, cases);
  const slugs = cases.map((c) => c.slug);
  // A sample through the project's own checker (the real schema and the body rules, knowing every
  // slug); the build then validates every case again and fails on any error.
  const sample = spread(n, 200);
  for (const index of sample) {
    const item = cases[index]!;
    const { problems } = checkCaseFile(`${item.slug}.mdx`, caseFileText(item), { knownSlugs: slugs, now: today });
    if (problems.length > 0) throw new Error(`Synthetisch voorbeeld ongeldig: ${problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n')}`);
  }
  const words = Math.round(cases.reduce((sum, c) => sum + wordCount(c.body), 0) / n);
  log(`${sample.length} voorbeelden gecontroleerd met het schema; gemiddeld ${words} woorden per tekst.`);
  return { slugs, words };
}

/** The largest facet value page (any page of it) in the built site. */
function largestFacetPage(outDir: string): { path: string; bytes: number } {
  let largest = { path: '', bytes: 0 };
  for (const segment of ['regio', 'sector', 'factor', 'type', 'doel', 'scenario']) {
    const dir = join(outDir, segment);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name !== 'index.html') continue;
      const file = join(entry.parentPath, entry.name);
      const bytes = statSync(file).size;
      if (bytes > largest.bytes) largest = { path: `/${relative(outDir, entry.parentPath)}/`, bytes };
    }
  }
  return largest;
}

async function runSize(n: number): Promise<SizeResult> {
  const workDir = join(benchRoot, `n-${n}`);
  rmSync(workDir, { recursive: true, force: true });
  const casesDir = join(workDir, 'cases');
  const { slugs, words } = prepareCatalogue(n, casesDir);
  const env = buildEnv(casesDir);
  const sites: Record<Side, { site: SitePaths; cacheDir: string; name: string }> = {
    bare: { site: writeBareSite(repoRoot, workDir, casesDir), cacheDir: join(workDir, 'bare-cache'), name: 'kale site' },
    ours: { site: writeOurConfig(repoRoot, workDir), cacheDir: join(workDir, 'ours-cache'), name: 'onze site' },
  };

  const pairs: Pair[] = [];
  for (let p = 0; p < pairCount; p++) {
    const order = pairOrder(p);
    const load = machineLoad();
    log(`paar ${p + 1} van ${pairCount} bij ${nl(n)}: ${order.join(' → ')}; belasting ${load ? `${load.one} / ${load.five} / ${load.fifteen}` : 'onbekend'}.`);
    const runs: Partial<Record<Side, SiteRun>> = {};
    for (const side of order) runs[side] = await buildAndIndex(sites[side].name, sites[side].site, sites[side].cacheDir, env);
    pairs.push({ order, load, ours: runs.ours!, bare: runs.bare! });
  }

  // Weights and browser figures from the last build of ours (the output is the same every time).
  const outDir = sites.ours.site.outDir;
  const weights = spread(n, 25).map((index) => pageWeight(outDir, `/voorbeelden/${slugs[index]}/`));
  const sorted = [...weights].sort((a, b) => a.total - b.total);
  log('Chromium: casuspagina, /voorbeelden/, zoeken, filter …');
  const browser = await measureInBrowser(outDir, `/voorbeelden/${slugs[Math.floor(n / 2)]}/`, values.word);
  return {
    n,
    words,
    pairs,
    caseWeight: { max: sorted[sorted.length - 1]!, median: sorted[Math.floor(sorted.length / 2)]!, sampled: weights.length },
    listing: { firstView: browser.listing, largestFacetPage: largestFacetPage(outDir), filterDataBytes: statSync(join(outDir, 'voorbeelden/filters.json')).size },
    browser,
  };
}

function details(r: SizeResult): string {
  const last = r.pairs[r.pairs.length - 1]!;
  const f = r.browser.filter;
  const v = r.listing.firstView;
  return [
    `Details bij ${nl(r.n)} voorbeelden:`,
    `- onze site: ${nl(last.ours.outFiles)} bestanden, ${nl(last.ours.outBytes / 1e6, 1)} MB, zoekindex ${nl(last.ours.indexBytes / 1e6, 1)} MB; grootste proces ${last.ours.build.peakProcess.name} ${nl(last.ours.build.peakProcess.bytes / 1e6)} MB; CPU gemeten als ${last.ours.build.cpuSource ?? 'onbekend'}.`,
    `- kale site: ${nl(last.bare.outFiles)} bestanden, ${nl(last.bare.outBytes / 1e6, 1)} MB, zoekindex ${nl(last.bare.indexBytes / 1e6, 1)} MB; grootste proces ${last.bare.build.peakProcess.name} ${nl(last.bare.build.peakProcess.bytes / 1e6)} MB.`,
    `- /voorbeelden/ eerste bezoek: HTML ${nl(v.htmlBytes / 1000, 1)} KB + data ${nl(v.dataBytes / 1000, 1)} KB (${v.dataFiles} bestanden; filters.json ${nl(r.listing.filterDataBytes / 1000, 1)} KB) + scripts ${nl(v.scriptBytes / 1000, 1)} KB + CSS ${nl(v.styleBytes / 1000, 1)} KB; grootste facetpagina ${r.listing.largestFacetPage.path} ${nl(r.listing.largestFacetPage.bytes / 1000, 1)} KB.`,
    `- casuspagina (grootste van ${r.caseWeight.sampled}): HTML ${nl(r.caseWeight.max.html / 1000, 1)} + CSS ${nl(r.caseWeight.max.css / 1000, 1)} + JS ${nl(r.caseWeight.max.js / 1000, 1)} = ${nl(r.caseWeight.max.total / 1000, 1)} KB; mediaan ${nl(r.caseWeight.median.total / 1000, 1)} KB; in Chromium geladen ${nl(r.browser.casePage.loadedBytes / 1000, 1)} KB; leesbaar zonder JavaScript: ${r.browser.casePage.readableWithoutJs ? 'ja' : 'NEE'}.`,
    `- zoeken naar "${values.word}": ${nl(r.browser.search.indexBytes / 1000, 1)} KB index + ${nl(r.browser.search.runtimeBytes / 1000, 1)} KB zoekcode, ${r.browser.search.files} bestanden; status: "${r.browser.search.status}".`,
    f.available
      ? `- filter: mediaan ${nl(f.medianMs, 1)} ms tot het tweede animatieframe na een complete lijst (klik-handler ${nl(f.medianScriptMs, 1)} ms), max ${nl(f.maxMs, 1)} ms over ${f.samples.length} klikken (${f.samples.map((ms) => nl(ms)).join(', ')}); na de eerste klik ${nl(f.visibleAfterFirst)} kaarten.`
      : `- filter: n.v.t. (${f.reason}).`,
  ].join('\n');
}

async function profileBuild(n: number): Promise<ProfileSummary> {
  const workDir = join(benchRoot, `n-${n}`);
  const profileDir = join(workDir, 'profile');
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  // Its own output and cache folder: the measured build in ours-dist/ stays as it was.
  const site = writeOurConfig(repoRoot, workDir, 'profile');
  log(`onze site met --cpu-prof bij ${nl(n)} voorbeelden …`);
  const run = await runMeasured(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, astroBin, 'build', '--config', relative(repoRoot, site.config)], { cwd: repoRoot, env: buildEnv(join(workDir, 'cases')) });
  if (run.code !== 0) throw new Error(`Geprofileerde build mislukte: ${run.output.slice(-2000)}`);
  const profiles = readdirSync(profileDir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(profileDir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (profiles.length === 0) throw new Error('Geen .cpuprofile geschreven.');
  rmSync(site.outDir, { recursive: true, force: true });
  rmSync(join(workDir, 'profile-cache'), { recursive: true, force: true });
  log(`profiel: ${profiles[0]}`);
  return summariseProfile(profiles[0]!);
}

function printProfile(summary: ProfileSummary): string {
  const pct = (share: number) => `${nl(share * 100, 1)}%`;
  return [
    `CPU-profiel van onze astro build (${seconds(summary.totalMs)} s bemonsterd, eigen tijd):`,
    '',
    '| deel van de code | s | aandeel |',
    '|---|---|---|',
    ...summary.byArea.slice(0, 12).map((a) => `| ${a.label} | ${seconds(a.ms)} | ${pct(a.share)} |`),
    '',
    'Zwaarste functies (eigen tijd):',
    ...summary.topFunctions.map((f) => `- ${seconds(f.ms)} s (${pct(f.share)}) ${f.label}`),
  ].join('\n');
}

/** Loads nothing heavy: generates and checks a small catalogue in a temporary folder, builds nothing. */
function dryRun(): void {
  const dir = join(benchRoot, 'dry-run');
  rmSync(dir, { recursive: true, force: true });
  const { slugs } = prepareCatalogue(Math.min(sizes[0]!, 200), join(dir, 'cases'));
  writeBareSite(repoRoot, dir, join(dir, 'cases'));
  writeOurConfig(repoRoot, dir);
  rmSync(dir, { recursive: true, force: true });
  console.log(`droge run klaar: ${slugs.length} voorbeelden gecontroleerd, niets gebouwd.`);
}

async function main(): Promise<void> {
  if (!existsSync(astroBin)) throw new Error('node_modules ontbreekt: voer eerst npm install uit.');
  mkdirSync(benchRoot, { recursive: true });
  if (values['dry-run']) return dryRun();
  const started = performance.now();
  const commit = gitHead();
  log(`benchmark voor ${sizes.map((n) => nl(n)).join(', ')} voorbeelden, ${pairCount} paren per grootte (zaad ${seed}, commit ${commit}); alles in ${benchRoot}.`);
  const results: SizeResult[] = [];
  for (const n of sizes) {
    results.push(await runSize(n));
    const previous = results.length > 1 ? results[results.length - 2] : undefined;
    if (previous && !values.keep) {
      for (const dir of ['ours-dist', 'bare-dist', 'cases', 'bare', 'ours-cache', 'bare-cache']) rmSync(join(benchRoot, `n-${previous.n}`, dir), { recursive: true, force: true });
    }
    // The table so far, in case a later size fails.
    writeFileSync(join(benchRoot, 'results-partial.md'), `${sizeTable(results)}\n`);
  }

  const report: string[] = [];
  report.push(`Benchmark Praktijkbank Zorgstages, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}, Node ${process.version}, zaad ${seed}, ${pairCount} koude paren per grootte.`, '');
  report.push('Medianen over de paren (verhoudingen: mediaan van de verhoudingen per paar):', '', sizeTable(results), '');
  for (const r of results) report.push(pairTable(r), '', details(r), '');
  for (const r of results) report.push(phaseTable(r), '');
  const checks = checkBudgets(results);
  report.push('Budgetten:', '', budgetList(checks));
  console.log(`\n${report.join('\n')}`);

  const largest = results[results.length - 1]!;
  const cpuMissed = checks.some((c) => c.pass === false && c.label.includes('CPU-tijd'));
  if (!values['no-profile'] && (values.profile || cpuMissed)) {
    const text = printProfile(await profileBuild(largest.n));
    report.push('', text);
    console.log(`\n${text}`);
  }
  writeFileSync(join(benchRoot, 'results.md'), `${report.join('\n')}\n`);
  const strip = (run: SiteRun) => ({ ...run, build: { ...run.build, output: undefined }, index: { ...run.index, output: undefined } });
  writeFileSync(
    join(benchRoot, 'results.json'),
    JSON.stringify(
      results.map((r) => ({ ...r, medians: sizeMedians(r.pairs), pairs: r.pairs.map((p) => ({ ...p, ours: strip(p.ours), bare: strip(p.bare) })) })),
      null,
      2,
    ),
  );
  log(`klaar in ${seconds(performance.now() - started)} s; tabel ook in .bench/results.md.`);
}

/** The commit the benchmark runs on, with "+wijzigingen" when the work tree differs from it. */
function gitHead(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    return dirty ? `${head}+wijzigingen` : head;
  } catch {
    return 'onbekend';
  }
}

await main();
