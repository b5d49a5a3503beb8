/**
 * The benchmark's arithmetic and its report, pure: the order of the builds in each pair, the
 * per-pair ratios and their medians, the budgets of issue 14, and the Markdown tables. run.ts
 * measures; this module only turns measurements into figures, so it is unit-tested.
 */
import type { BrowserResult, FirstView } from './browser';
import type { BuildLog, MeasuredRun, PageWeight } from './measure';

/** Which site a build belongs to. */
export type Side = 'ours' | 'bare';

/** The machine's load averages before a pair, from /proc/loadavg. */
export interface Load {
  one: number;
  five: number;
  fifteen: number;
  cpus: number;
}

/** One cold build plus its Pagefind run. */
export interface SiteRun {
  build: MeasuredRun;
  index: MeasuredRun;
  /** Wall time of build and index. */
  wallMs: number;
  /** CPU time of build and index over their whole process trees; undefined when it could not be measured. */
  cpuMs?: number;
  /** The higher of the two peaks (build and index run one after the other). */
  peakRssBytes: number;
  buildLog: BuildLog;
  outBytes: number;
  outFiles: number;
  indexBytes: number;
}

/** Our site and the bare site built one after the other, in `order`. */
export interface Pair {
  order: readonly Side[];
  /** Load before the pair's first build. */
  load?: Load;
  ours: SiteRun;
  bare: SiteRun;
}

/** What the browser and the built files say about the listing pages. */
export interface ListingWeight {
  /** /voorbeelden/ on first view in Chromium: the HTML, and the data it fetched (filters.json, card files). */
  firstView: FirstView;
  /** The largest facet value page (/<facet>/<key>/ or a later page of it) on disk. */
  largestFacetPage: { path: string; bytes: number };
  /** Size of /voorbeelden/filters.json. */
  filterDataBytes: number;
}

/** Everything measured at one size. */
export interface SizeResult {
  n: number;
  words: number;
  pairs: Pair[];
  caseWeight: { max: PageWeight; median: PageWeight; sampled: number };
  listing: ListingWeight;
  browser: BrowserResult;
}

/** The order of the builds in pair `index` (from 0): bare first, then ours first, and so on. */
export function pairOrder(index: number): readonly Side[] {
  return index % 2 === 0 ? ['bare', 'ours'] : ['ours', 'bare'];
}

/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Ratios of one pair, ours / bare. */
export interface PairRatios {
  wall: number;
  cpu?: number;
  memory: number;
}

/** Ours / bare for wall time, CPU time and peak memory in one pair. */
export function pairRatios(pair: Pair): PairRatios {
  return {
    wall: pair.ours.wallMs / pair.bare.wallMs,
    cpu: pair.ours.cpuMs !== undefined && pair.bare.cpuMs !== undefined ? pair.ours.cpuMs / pair.bare.cpuMs : undefined,
    memory: pair.ours.peakRssBytes / pair.bare.peakRssBytes,
  };
}

/** The medians over the pairs of one size: the ratios, and each side's own figures. */
export interface SizeMedians {
  wallRatio: number;
  cpuRatio?: number;
  memoryRatio: number;
  ours: { wallMs: number; cpuMs?: number; peakRssBytes: number };
  bare: { wallMs: number; cpuMs?: number; peakRssBytes: number };
}

/** Medians of the per-pair ratios (not ratios of medians) and of each side's figures. */
export function sizeMedians(pairs: readonly Pair[]): SizeMedians {
  const ratios = pairs.map(pairRatios);
  const cpuKnown = ratios.every((r) => r.cpu !== undefined);
  const side = (name: Side) => ({
    wallMs: median(pairs.map((p) => p[name].wallMs)),
    cpuMs: cpuKnown ? median(pairs.map((p) => p[name].cpuMs!)) : undefined,
    peakRssBytes: median(pairs.map((p) => p[name].peakRssBytes)),
  });
  return {
    wallRatio: median(ratios.map((r) => r.wall)),
    cpuRatio: cpuKnown ? median(ratios.map((r) => r.cpu!)) : undefined,
    memoryRatio: median(ratios.map((r) => r.memory)),
    ours: side('ours'),
    bare: side('bare'),
  };
}

/** The budgets of issue 14. */
export const budgets = {
  cpuRatio: 1.3,
  wallRatio: 1.3,
  memoryRatio: 1.1,
  firstViewBytes: 500_000,
  casePageBytes: 45_000,
  repaintMs: 50,
  searchIndexBytes: 300_000,
  perAddedCaseGrowth: 1.1,
} as const;

/** One budget at one size: PASS, MISS, or not measurable (undefined). */
export interface BudgetCheck {
  label: string;
  size: number;
  pass: boolean | undefined;
  value: string;
}

const nl = (value: number, digits = 0) => value.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const times = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : `${nl(value, 2)}×`);
const kb = (bytes: number) => nl(bytes / 1000, 1);
const mb = (bytes: number) => nl(bytes / 1e6, 1);
const seconds = (ms: number | undefined) => (ms === undefined ? '–' : nl(ms / 1000, 1));

/** The sizes the budgets are checked at: 2,000 and 5,000 when measured, else the largest one measured. */
export function budgetSizes(results: readonly SizeResult[]): number[] {
  const official = results.filter((r) => r.n === 2000 || r.n === 5000).map((r) => r.n);
  return official.length > 0 ? official : results.length > 0 ? [results[results.length - 1]!.n] : [];
}

/** Marginal cost of a case between two sizes: extra median time divided by extra cases (ms per case). */
export function marginalMs(a: SizeResult, b: SizeResult, figure: 'cpuMs' | 'wallMs'): number | undefined {
  const ta = sizeMedians(a.pairs).ours[figure];
  const tb = sizeMedians(b.pairs).ours[figure];
  return ta === undefined || tb === undefined ? undefined : (tb - ta) / (b.n - a.n);
}

/** Checks every budget at the budget sizes (and the growth budget over the whole run). */
export function checkBudgets(results: readonly SizeResult[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const n of budgetSizes(results)) {
    const r = results.find((x) => x.n === n)!;
    const m = sizeMedians(r.pairs);
    const f = r.browser.filter;
    const firstView = r.listing.firstView.htmlBytes + r.listing.firstView.dataBytes;
    checks.push(
      { label: `bouw + index, CPU-tijd, onze / kaal (mediaan van ${r.pairs.length} paren) hoogstens ${nl(budgets.cpuRatio, 1)}×`, size: n, pass: m.cpuRatio === undefined ? undefined : m.cpuRatio <= budgets.cpuRatio, value: times(m.cpuRatio) },
      { label: `bouw + index, wandklok, onze / kaal (mediaan) hoogstens ${nl(budgets.wallRatio, 1)}×`, size: n, pass: m.wallRatio <= budgets.wallRatio, value: times(m.wallRatio) },
      { label: `piekgeheugen onze / kaal (mediaan) hoogstens ${nl(budgets.memoryRatio, 1)}×`, size: n, pass: m.memoryRatio <= budgets.memoryRatio, value: `${times(m.memoryRatio)} (${mb(m.ours.peakRssBytes)} / ${mb(m.bare.peakRssBytes)} MB)` },
      { label: '/voorbeelden/: HTML + data bij eerste bezoek hoogstens 500 KB', size: n, pass: firstView <= budgets.firstViewBytes, value: `${kb(firstView)} KB (HTML ${kb(r.listing.firstView.htmlBytes)} + data ${kb(r.listing.firstView.dataBytes)})` },
      { label: 'casuspagina (HTML + CSS + JS) hoogstens 45 KB', size: n, pass: r.caseWeight.max.total <= budgets.casePageBytes, value: `${kb(r.caseWeight.max.total)} KB` },
      { label: 'filter herschildert binnen 50 ms (mediaan)', size: n, pass: f.available ? f.medianMs < budgets.repaintMs : undefined, value: f.available ? `${nl(f.medianMs, 1)} ms` : 'n.v.t.' },
      { label: 'zoeken naar een gewoon woord haalt hoogstens 300 KB index op', size: n, pass: r.browser.search.indexBytes <= budgets.searchIndexBytes, value: `${kb(r.browser.search.indexBytes)} KB` },
    );
  }
  const at = (n: number) => results.find((r) => r.n === n);
  const [small, middle, large] = [at(500), at(2000), at(5000)];
  const steps = small && middle && large ? ([small, middle, large] as const) : results.length >= 3 ? ([results[0]!, results[1]!, results[results.length - 1]!] as const) : undefined;
  if (steps) {
    const [a, b, c] = steps;
    const first = marginalMs(a, b, 'cpuMs') ?? marginalMs(a, b, 'wallMs')!;
    const second = marginalMs(b, c, 'cpuMs') ?? marginalMs(b, c, 'wallMs')!;
    const wallFirst = marginalMs(a, b, 'wallMs')!;
    const wallSecond = marginalMs(b, c, 'wallMs')!;
    const figure = marginalMs(a, b, 'cpuMs') === undefined ? 'wandklok' : 'CPU';
    checks.push({
      label: `tijd per toegevoegd voorbeeld, ${nl(b.n)} → ${nl(c.n)} tegen ${nl(a.n)} → ${nl(b.n)}, hoogstens 10 % hoger (${figure}, medianen)`,
      size: c.n,
      pass: second / first <= budgets.perAddedCaseGrowth,
      value: `${nl(first, 1)} → ${nl(second, 1)} ms per voorbeeld (${times(second / first)}); wandklok ${nl(wallFirst, 1)} → ${nl(wallSecond, 1)} ms (${times(wallSecond / wallFirst)})`,
    });
  } else {
    checks.push({ label: 'tijd per toegevoegd voorbeeld (drie groottes nodig)', size: results[results.length - 1]?.n ?? 0, pass: undefined, value: 'niet gemeten' });
  }
  return checks;
}

/** "PASS", "MISS" or "n.v.t." */
export function verdict(pass: boolean | undefined): string {
  return pass === undefined ? 'n.v.t.' : pass ? 'PASS' : 'MISS';
}

/** A Markdown table. */
function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The main table: one row per size, medians over the pairs. */
export function sizeTable(results: readonly SizeResult[]): string {
  const header = [
    'voorbeelden',
    'paren',
    'onze bouw+index (s, wandklok)',
    'kaal (s)',
    'wandklok onze/kaal',
    'onze CPU (s)',
    'kaal CPU (s)',
    'CPU onze/kaal',
    'piekgeheugen onze / kaal (MB)',
    'geheugen onze/kaal',
    '/voorbeelden/ eerste bezoek (KB)',
    'grootste facetpagina (KB)',
    'casuspagina (KB)',
    'zoekindex opgehaald (KB)',
    'filter (ms)',
  ];
  const rows = results.map((r) => {
    const m = sizeMedians(r.pairs);
    const f = r.browser.filter;
    return [
      nl(r.n),
      String(r.pairs.length),
      ...timeCells(m.ours, m.bare, m.wallRatio, m.cpuRatio),
      `${mb(m.ours.peakRssBytes)} / ${mb(m.bare.peakRssBytes)}`,
      times(m.memoryRatio),
      kb(r.listing.firstView.htmlBytes + r.listing.firstView.dataBytes),
      kb(r.listing.largestFacetPage.bytes),
      kb(r.caseWeight.max.total),
      kb(r.browser.search.indexBytes),
      f.available ? nl(f.medianMs, 1) : 'n.v.t.',
    ];
  });
  return markdownTable(header, rows);
}

/** Wall clock and CPU of both sides with their ratios: the six time columns of both tables. */
type Timed = { wallMs: number; cpuMs?: number };
const timeCells = (ours: Timed, bare: Timed, wallRatio: number | undefined, cpuRatio: number | undefined): string[] => [
  seconds(ours.wallMs),
  seconds(bare.wallMs),
  times(wallRatio),
  seconds(ours.cpuMs),
  seconds(bare.cpuMs),
  times(cpuRatio),
];

const loadText = (load: Load | undefined) => (load ? `${nl(load.one, 2)} / ${nl(load.five, 2)} / ${nl(load.fifteen, 2)} (${load.cpus} CPU's)` : '–');

/** Every pair of one size: order, load before it, both sides' figures and the ratios. */
export function pairTable(r: SizeResult): string {
  const header = ['paar', 'volgorde', 'belasting vooraf (1/5/15 min)', 'onze wandklok (s)', 'kaal (s)', 'onze/kaal', 'onze CPU (s)', 'kaal CPU (s)', 'onze/kaal', 'onze piek (MB)', 'kaal piek (MB)', 'onze/kaal'];
  const rows = r.pairs.map((p, i) => {
    const ratio = pairRatios(p);
    return [
      String(i + 1),
      p.order.map((side) => (side === 'ours' ? 'onze' : 'kaal')).join(' → '),
      loadText(p.load),
      ...timeCells(p.ours, p.bare, ratio.wall, ratio.cpu),
      mb(p.ours.peakRssBytes),
      mb(p.bare.peakRssBytes),
      times(ratio.memory),
    ];
  });
  const m = sizeMedians(r.pairs);
  rows.push(['mediaan', '', '', seconds(m.ours.wallMs), seconds(m.bare.wallMs), times(m.wallRatio), seconds(m.ours.cpuMs), seconds(m.bare.cpuMs), times(m.cpuRatio), mb(m.ours.peakRssBytes), mb(m.bare.peakRssBytes), times(m.memoryRatio)]);
  return [`Paren bij ${nl(r.n)} voorbeelden (gemiddeld ${r.words} woorden per tekst):`, '', markdownTable(header, rows)].join('\n');
}

/** Where the time goes at one size, from the last pair's build logs: phases, then every route of ours. */
export function phaseTable(r: SizeResult, routes = 15): string {
  const pair = r.pairs[r.pairs.length - 1]!;
  const row = (label: string, ours: number | undefined, bare: number | undefined) => `| ${label} | ${seconds(ours)} | ${seconds(bare)} |`;
  const known = (b: BuildLog) => (b.collectMs ?? 0) + (b.serverBundleMs ?? 0) + (b.clientBundleMs ?? 0) + (b.generateMs ?? 0);
  const bareRoutes = new Map(pair.bare.buildLog.routes.map((route) => [route.component, route]));
  return [
    `Waar de tijd heen gaat bij ${nl(r.n)} voorbeelden (laatste paar, wandklok in s, uit Astro's build-log):`,
    '',
    '| fase | onze site | kale site |',
    '|---|---|---|',
    row('opstarten, content synchroniseren, types (rest)', pair.ours.build.ms - known(pair.ours.buildLog), pair.bare.build.ms - known(pair.bare.buildLog)),
    row('build-info verzamelen', pair.ours.buildLog.collectMs, pair.bare.buildLog.collectMs),
    row('server-bundel (Vite, alle MDX)', pair.ours.buildLog.serverBundleMs, pair.bare.buildLog.serverBundleMs),
    row('client-bundel', pair.ours.buildLog.clientBundleMs, pair.bare.buildLog.clientBundleMs),
    row("pagina's genereren", pair.ours.buildLog.generateMs, pair.bare.buildLog.generateMs),
    row('Pagefind', pair.ours.index.ms, pair.bare.index.ms),
    row('totaal', pair.ours.wallMs, pair.bare.wallMs),
    '',
    `Pagina's genereren per route (som van Astro's tijd per pagina; de kale site heeft alleen de voorbeeldpagina):`,
    '',
    "| route | pagina's | s | ms/pagina | kaal ms/pagina |",
    '|---|---|---|---|---|',
    ...pair.ours.buildLog.routes.slice(0, routes).map((route) => {
      const bare = bareRoutes.get(route.component);
      return `| ${route.component} | ${nl(route.pages)} | ${seconds(route.ms)} | ${nl(route.ms / Math.max(1, route.pages), 1)} | ${bare ? nl(bare.ms / Math.max(1, bare.pages), 1) : ''} |`;
    }),
  ].join('\n');
}

/** The budgets as a list, one line per budget and size. */
export function budgetList(checks: readonly BudgetCheck[]): string {
  return checks.map((c) => `- **${verdict(c.pass)}** bij ${nl(c.size)}: ${c.label}: ${c.value}`).join('\n');
}
