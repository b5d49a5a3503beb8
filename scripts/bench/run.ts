/**
 * `npm run bench`: builds and indexes this site and a bare Astro 5 site from the same synthetic
 * catalogue at several sizes, measures both, prints a table and checks the budgets of issue 5.
 * Everything happens in .bench/ (gitignored); content/cases/ is never read or written.
 *
 * Options: --sizes 500,2000,5000  --seed 2026  --word studenten  --profile (always profile our
 * build at the largest size)  --no-profile  --keep (keep every size's output, not only the largest).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkCaseFile } from '../../src/lib/check-case';
import { caseFileText, generateCatalogue, wordCount, writeCatalogue } from './generate';
import { dirSize, parseBuildLog, pageWeight, runMeasured, type BuildLog, type MeasuredRun, type PageWeight } from './measure';
import { measureInBrowser, type BrowserResult } from './browser';
import { summariseProfile, type ProfileSummary } from './profile';
import { writeBareSite, writeOurConfig, type SitePaths } from './sites';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const benchRoot = join(repoRoot, '.bench');
const astroBin = join(repoRoot, 'node_modules/astro/astro.js');
const indexScript = join(repoRoot, 'scripts/index-search.mjs');

/** Budgets from issue 5, checked at the largest size (5,000 cases in a full run). */
const budgets = {
  ratio: 1.3,
  peakBytes: 4e9,
  casePageBytes: 60_000,
  searchIndexBytes: 300_000,
  perCaseGrowth: 1.1,
  repaintMs: 50,
};

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,5000' },
    seed: { type: 'string', default: '2026' },
    word: { type: 'string', default: 'studenten' },
    profile: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes
  .split(',')
  .map((s) => Number(s.trim().replace(/[._]/g, '')))
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
if (sizes.length === 0) throw new Error('Geef minstens één aantal voorbeelden, bijvoorbeeld --sizes 200,500.');
const seed = Number(values.seed);

const nl = (value: number, digits = 0) => value.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const seconds = (ms: number) => nl(ms / 1000, 1);
const kb = (bytes: number) => nl(bytes / 1000, 1);
const mb = (bytes: number) => nl(bytes / 1e6, 1);
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** One build plus its Pagefind run. */
interface SiteRun {
  build: MeasuredRun;
  index: MeasuredRun;
  totalMs: number;
  /** CPU time of build and index together, when GNU time is there. */
  cpuMs?: number;
  peakRssBytes: number;
  buildLog: BuildLog;
  outBytes: number;
  outFiles: number;
  indexBytes: number;
}

/** Everything measured at one size. */
interface SizeResult {
  n: number;
  words: number;
  ours: SiteRun;
  bare: SiteRun;
  ratio: number;
  /** Ratio of CPU times, less disturbed by other work on the machine; undefined without GNU time. */
  cpuRatio?: number;
  msPerCase: number;
  bareMsPerCase: number;
  caseWeight: { max: PageWeight; median: PageWeight; sampled: number };
  browser: BrowserResult;
}

async function buildAndIndex(name: string, site: SitePaths, env: NodeJS.ProcessEnv): Promise<SiteRun> {
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
  const totalMs = build.ms + index.ms;
  log(`${name}: ${seconds(build.ms)} s bouwen + ${seconds(index.ms)} s indexeren.`);
  return {
    build,
    index,
    totalMs,
    cpuMs: build.cpuMs !== undefined && index.cpuMs !== undefined ? build.cpuMs + index.cpuMs : undefined,
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

async function runSize(n: number): Promise<SizeResult> {
  const workDir = join(benchRoot, `n-${n}`);
  rmSync(workDir, { recursive: true, force: true });
  const casesDir = join(workDir, 'cases');
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

  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PRAKTIJKBANK_CASES_DIR: casesDir, NODE_ENV: 'production' };
  delete env.BASE_PATH;
  delete env.SITE_URL;

  const bare = await buildAndIndex('kale site', writeBareSite(repoRoot, workDir, casesDir), env);
  const oursSite = writeOurConfig(repoRoot, workDir);
  const ours = await buildAndIndex('onze site', oursSite, env);

  const weights = spread(n, 25).map((index) => pageWeight(oursSite.outDir, `/voorbeelden/${slugs[index]}/`));
  const sorted = [...weights].sort((a, b) => a.total - b.total);
  log('Chromium: casuspagina, zoeken, filter …');
  const browser = await measureInBrowser(oursSite.outDir, `/voorbeelden/${slugs[Math.floor(n / 2)]}/`, values.word);

  return {
    n,
    words,
    ours,
    bare,
    ratio: ours.totalMs / bare.totalMs,
    cpuRatio: ours.cpuMs !== undefined && bare.cpuMs !== undefined ? ours.cpuMs / bare.cpuMs : undefined,
    msPerCase: ours.totalMs / n,
    bareMsPerCase: bare.totalMs / n,
    caseWeight: { max: sorted[sorted.length - 1]!, median: sorted[Math.floor(sorted.length / 2)]!, sampled: weights.length },
    browser,
  };
}

function filterCell(result: SizeResult): string {
  const filter = result.browser.filter;
  return filter.available ? nl(filter.medianMs, 1) : 'n.v.t.';
}

function printTable(results: readonly SizeResult[]): string {
  const header = [
    'voorbeelden',
    'bouw+index (s)',
    'kaal (s)',
    'verhouding',
    'CPU-verhouding',
    'ms/voorbeeld',
    'kaal ms/vb',
    'piekgeheugen (MB)',
    'output (MB)',
    'zoekindex (MB)',
    'casuspagina (KB)',
    'zoekindex opgehaald (KB)',
    'filter (ms)',
  ];
  const rows = results.map((r) => [
    nl(r.n),
    seconds(r.ours.totalMs),
    seconds(r.bare.totalMs),
    `${nl(r.ratio, 2)}×`,
    r.cpuRatio === undefined ? '–' : `${nl(r.cpuRatio, 2)}×`,
    nl(r.msPerCase, 1),
    nl(r.bareMsPerCase, 1),
    mb(r.ours.peakRssBytes),
    mb(r.ours.outBytes),
    mb(r.ours.indexBytes),
    kb(r.caseWeight.max.total),
    kb(r.browser.search.indexBytes),
    filterCell(r),
  ]);
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

const cpu = (run: SiteRun) => (run.cpuMs === undefined ? '' : ` (CPU ${seconds(run.cpuMs)} s)`);

function printDetails(r: SizeResult): string {
  const lines = [
    `Details bij ${nl(r.n)} voorbeelden (gemiddeld ${r.words} woorden per tekst):`,
    `- onze site: astro build ${seconds(r.ours.build.ms)} s, Pagefind ${seconds(r.ours.index.ms)} s${cpu(r.ours)}; piek ${mb(r.ours.build.peakRssBytes)} MB (build; grootste proces ${r.ours.build.peakProcess.name} ${mb(r.ours.build.peakProcess.bytes)} MB) / ${mb(r.ours.index.peakRssBytes)} MB (index); ${nl(r.ours.outFiles)} bestanden.`,
    `- kale site: astro build ${seconds(r.bare.build.ms)} s, Pagefind ${seconds(r.bare.index.ms)} s${cpu(r.bare)}; piek ${mb(r.bare.peakRssBytes)} MB (grootste proces ${r.bare.build.peakProcess.name} ${mb(r.bare.build.peakProcess.bytes)} MB); output ${mb(r.bare.outBytes)} MB, zoekindex ${mb(r.bare.indexBytes)} MB.`,
    `- casuspagina (grootste van ${r.caseWeight.sampled}): HTML ${kb(r.caseWeight.max.html)} + CSS ${kb(r.caseWeight.max.css)} + JS ${kb(r.caseWeight.max.js)} = ${kb(r.caseWeight.max.total)} KB; mediaan ${kb(r.caseWeight.median.total)} KB; in Chromium geladen (HTML+CSS+JS) ${kb(r.browser.casePage.loadedBytes)} KB; leesbaar zonder JavaScript: ${r.browser.casePage.readableWithoutJs ? 'ja' : 'NEE'} (${nl(r.browser.casePage.textChars)} tekens tekst).`,
    `- zoeken naar "${values.word}": ${kb(r.browser.search.indexBytes)} KB index + ${kb(r.browser.search.runtimeBytes)} KB zoekcode (pagefind.js en WebAssembly), ${r.browser.search.files} bestanden; status: "${r.browser.search.status}".`,
  ];
  const f = r.browser.filter;
  lines.push(
    f.available
      ? `- filter op /voorbeelden/: mediaan ${nl(f.medianMs, 1)} ms tot het tweede animatieframe (klik-handler ${nl(f.medianScriptMs, 1)} ms), max ${nl(f.maxMs, 1)} ms over ${f.samples.length} klikken (${f.samples.map((ms) => nl(ms)).join(', ')}); na de eerste klik ${nl(f.visibleAfterFirst)} kaarten zichtbaar. Chromium over alle klikken samen: script ${nl(f.breakdown.scriptMs)} ms, stijl herberekenen ${nl(f.breakdown.styleMs)} ms, layout ${nl(f.breakdown.layoutMs)} ms (taken totaal ${nl(f.breakdown.taskMs)} ms).`
      : `- filter op /voorbeelden/: n.v.t. (${f.reason}).`,
  );
  return lines.join('\n');
}

function phaseTable(r: SizeResult): string {
  const row = (label: string, ours: number | undefined, bare: number | undefined) =>
    `| ${label} | ${ours === undefined ? '–' : seconds(ours)} | ${bare === undefined ? '–' : seconds(bare)} |`;
  const known = (b: BuildLog) => (b.collectMs ?? 0) + (b.serverBundleMs ?? 0) + (b.clientBundleMs ?? 0) + (b.generateMs ?? 0);
  const lines = [
    `Waar de tijd heen gaat bij ${nl(r.n)} voorbeelden (s, uit Astro's build-log):`,
    '| fase | onze site | kale site |',
    '|---|---|---|',
    row('opstarten, content synchroniseren, types (rest)', r.ours.build.ms - known(r.ours.buildLog), r.bare.build.ms - known(r.bare.buildLog)),
    row('build-info verzamelen', r.ours.buildLog.collectMs, r.bare.buildLog.collectMs),
    row('server-bundel (Vite, alle MDX)', r.ours.buildLog.serverBundleMs, r.bare.buildLog.serverBundleMs),
    row('client-bundel', r.ours.buildLog.clientBundleMs, r.bare.buildLog.clientBundleMs),
    row("pagina's genereren", r.ours.buildLog.generateMs, r.bare.buildLog.generateMs),
    row('Pagefind', r.ours.index.ms, r.bare.index.ms),
    row('totaal', r.ours.totalMs, r.bare.totalMs),
    '',
    "Pagina's genereren per route (onze site, som van Astro's tijden per pagina):",
    '| route | pagina\'s | s | ms/pagina |',
    '|---|---|---|---|',
    ...r.ours.buildLog.routes.slice(0, 10).map((route) => `| ${route.component} | ${nl(route.pages)} | ${seconds(route.ms)} | ${nl(route.ms / Math.max(1, route.pages), 1)} |`),
  ];
  return lines.join('\n');
}

interface BudgetCheck {
  label: string;
  pass: boolean | undefined;
  value: string;
}

function checkBudgets(results: readonly SizeResult[]): BudgetCheck[] {
  const last = results[results.length - 1]!;
  const first = results[0]!;
  const growth = last.msPerCase / first.msPerCase;
  // Fixed start-up costs flatter small sizes; with three sizes or more, also compare the cost of the
  // cases added in the last step with that of the first step (marginal ms per case).
  const marginal = (a: SizeResult, b: SizeResult) => (b.ours.totalMs - a.ours.totalMs) / (b.n - a.n);
  const marginalGrowth = results.length > 2 ? marginal(results[results.length - 2]!, last) / marginal(first, results[1]!) : undefined;
  const f = last.browser.filter;
  return [
    {
      label: `bouw + index binnen ${nl(budgets.ratio, 1)}× de kale site (wandklok)`,
      pass: last.ratio <= budgets.ratio,
      value: `${nl(last.ratio, 2)}×${last.cpuRatio === undefined ? '' : `; in CPU-tijd ${nl(last.cpuRatio, 2)}×`}`,
    },
    { label: 'piekgeheugen onder 4 GB', pass: last.ours.peakRssBytes < budgets.peakBytes, value: `${mb(last.ours.peakRssBytes)} MB` },
    { label: 'casuspagina leesbaar zonder JavaScript', pass: last.browser.casePage.readableWithoutJs, value: last.browser.casePage.readableWithoutJs ? 'ja' : 'nee' },
    { label: 'casuspagina laadt hoogstens 60 KB (HTML+CSS+JS)', pass: last.caseWeight.max.total <= budgets.casePageBytes, value: `${kb(last.caseWeight.max.total)} KB` },
    { label: 'zoeken naar een gewoon woord haalt hoogstens 300 KB index op', pass: last.browser.search.indexBytes <= budgets.searchIndexBytes, value: `${kb(last.browser.search.indexBytes)} KB` },
    {
      label: `tijd per voorbeeld groeit niet (${nl(first.n)} → ${nl(last.n)}, marge 10%)`,
      pass: results.length > 1 ? growth <= budgets.perCaseGrowth && (marginalGrowth === undefined || marginalGrowth <= budgets.perCaseGrowth) : undefined,
      value:
        results.length > 1
          ? `${nl(first.msPerCase, 1)} → ${nl(last.msPerCase, 1)} ms (${nl(growth, 2)}×)` +
            (marginalGrowth === undefined
              ? ''
              : `; per toegevoegd voorbeeld ${nl(marginal(first, results[1]!), 1)} ms (${nl(first.n)}→${nl(results[1]!.n)}) → ${nl(marginal(results[results.length - 2]!, last), 1)} ms (${nl(results[results.length - 2]!.n)}→${nl(last.n)}), ${nl(marginalGrowth, 2)}×`)
          : 'één grootte gemeten',
    },
    { label: 'filter herschildert binnen 50 ms', pass: f.available ? f.medianMs < budgets.repaintMs : undefined, value: f.available ? `${nl(f.medianMs, 1)} ms` : 'n.v.t.' },
  ];
}

async function profileBuild(n: number): Promise<ProfileSummary> {
  const workDir = join(benchRoot, `n-${n}`);
  const profileDir = join(workDir, 'profile');
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  // Its own output and cache folder: the measured build in ours-dist/ stays as it was.
  const site = writeOurConfig(repoRoot, workDir, 'profile');
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PRAKTIJKBANK_CASES_DIR: join(workDir, 'cases'), NODE_ENV: 'production' };
  delete env.BASE_PATH;
  delete env.SITE_URL;
  log(`onze site met --cpu-prof bij ${nl(n)} voorbeelden …`);
  const run = await runMeasured(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, astroBin, 'build', '--config', relative(repoRoot, site.config)], { cwd: repoRoot, env });
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
    '| deel van de code | s | aandeel |',
    '|---|---|---|',
    ...summary.byArea.slice(0, 12).map((a) => `| ${a.label} | ${seconds(a.ms)} | ${pct(a.share)} |`),
    '',
    'Zwaarste functies (eigen tijd):',
    ...summary.topFunctions.map((f) => `- ${seconds(f.ms)} s (${pct(f.share)}) ${f.label}`),
  ].join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(astroBin)) throw new Error('node_modules ontbreekt: voer eerst npm ci uit.');
  mkdirSync(benchRoot, { recursive: true });
  const started = performance.now();
  log(`benchmark voor ${sizes.map((n) => nl(n)).join(', ')} voorbeelden (zaad ${seed}); alles in ${benchRoot}.`);
  const results: SizeResult[] = [];
  for (const n of sizes) {
    results.push(await runSize(n));
    const previous = results.length > 1 ? results[results.length - 2] : undefined;
    if (previous && !values.keep) {
      for (const dir of ['ours-dist', 'bare-dist', 'cases', 'bare', 'ours-cache', 'bare-cache']) rmSync(join(benchRoot, `n-${previous.n}`, dir), { recursive: true, force: true });
    }
  }

  const report: string[] = [];
  report.push(`Benchmark Praktijkbank Zorgstages, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, zaad ${seed}.`, '');
  report.push(printTable(results), '');
  for (const r of results) report.push(printDetails(r), '');
  const last = results[results.length - 1]!;
  report.push(phaseTable(last), '');
  const checks = checkBudgets(results);
  report.push(`Budgetten bij ${nl(last.n)} voorbeelden${last.n === 5000 ? '' : ' (de budgetten gelden bij 5.000; dit is een kortere meting)'}:`);
  for (const check of checks) report.push(`- ${check.pass === undefined ? 'n.v.t.' : check.pass ? 'PASS' : 'FAIL'}  ${check.label}: ${check.value}`);
  if (!last.browser.filter.available) report.push('  (het filterpaneel met data-filter-ready ontbreekt in deze build: voeg main samen en meet opnieuw)');
  console.log(`\n${report.join('\n')}`);

  const timeMissed = checks.slice(0, 1).concat(checks[5]!).some((c) => c.pass === false);
  if (!values['no-profile'] && (values.profile || timeMissed)) {
    const summary = await profileBuild(last.n);
    const text = printProfile(summary);
    report.push('', text);
    console.log(`\n${text}`);
  }
  writeFileSync(join(benchRoot, 'results.md'), `${report.join('\n')}\n`);
  writeFileSync(
    join(benchRoot, 'results.json'),
    JSON.stringify(
      results.map((r) => ({ ...r, ours: { ...r.ours, build: { ...r.ours.build, output: undefined }, index: { ...r.ours.index, output: undefined } }, bare: { ...r.bare, build: { ...r.bare.build, output: undefined }, index: { ...r.bare.index, output: undefined } } })),
      null,
      2,
    ),
  );
  log(`klaar in ${seconds(performance.now() - started)} s; tabel ook in .bench/results.md.`);
}

await main();
