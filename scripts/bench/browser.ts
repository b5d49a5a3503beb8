/**
 * What the benchmark measures in Chromium on a built site: whether a case page reads without
 * JavaScript and what it loads, how much of the Pagefind index a search fetches, and how fast the
 * filter panel on /voorbeelden/ repaints.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startServer } from '../../tests/browser/server';

/** A case page with JavaScript off: is the text there? And with JavaScript on: what did it load? */
export interface CasePageCheck {
  readableWithoutJs: boolean;
  /** Characters of article text visible with JavaScript off. */
  textChars: number;
  /** Bytes of HTML, CSS and JS the browser fetched for the page (files as served), search index excluded. */
  loadedBytes: number;
}

/** The Pagefind files a search fetched, split into the index itself and the search runtime. */
export interface SearchFetch {
  /** pagefind-entry.json, *.pf_meta, index/, filter/ and fragment/ files: the search index. */
  indexBytes: number;
  /** pagefind.js, the worker and the WebAssembly module: code, the same at any catalogue size. */
  runtimeBytes: number;
  files: number;
  /** What the results status said, to show the search found something. */
  status: string;
}

/** Repaint times of the filter panel, or why there are none. */
export type FilterRepaint =
  | {
      available: true;
      medianMs: number;
      maxMs: number;
      medianScriptMs: number;
      samples: number[];
      visibleAfterFirst: number;
      /** Chromium's own totals over all clicks (ms): script, style recalculation, layout. */
      breakdown: { scriptMs: number; styleMs: number; layoutMs: number; taskMs: number };
    }
  | { available: false; reason: string };

/** What /voorbeelden/ fetches on a first view with JavaScript on, by kind (bytes as served). */
export interface FirstView {
  htmlBytes: number;
  /** fetch() and XHR responses: filters.json and card files. */
  dataBytes: number;
  scriptBytes: number;
  styleBytes: number;
  dataFiles: number;
}

/** Everything measured in the browser for one built site. */
export interface BrowserResult {
  casePage: CasePageCheck;
  search: SearchFetch;
  filter: FilterRepaint;
  listing: FirstView;
}

const runtimeFile = /\/pagefind\/(pagefind(-worker|-highlight|-ui|-component-ui|-modular-ui)?\.(js|css)|wasm\.[^/]*\.pagefind|wasm\.unknown\.pagefind)$/;

/** Size on disk of the file behind a URL of the local server. */
function servedSize(siteDir: string, url: string): number {
  const path = decodeURIComponent(new URL(url).pathname);
  try {
    const file = join(siteDir, path);
    const stat = statSync(file);
    return stat.isDirectory() ? statSync(join(file, 'index.html')).size : stat.size;
  } catch {
    return 0;
  }
}

async function checkCasePage(browser: Browser, base: string, siteDir: string, casePath: string): Promise<CasePageCheck> {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(base + casePath);
  const heading = await plain.locator('h1').first().isVisible();
  const textChars = (await plain.locator('article').first().innerText()).length;
  await noJs.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = new Set<string>();
  page.on('request', (request) => {
    if (['document', 'stylesheet', 'script'].includes(request.resourceType()) && !request.url().includes('/pagefind/')) urls.add(request.url());
  });
  await page.goto(base + casePath, { waitUntil: 'networkidle' });
  await context.close();
  const loadedBytes = [...urls].reduce((sum, url) => sum + servedSize(siteDir, url), 0);
  return { readableWithoutJs: heading && textChars > 1000, textChars, loadedBytes };
}

async function measureSearch(browser: Browser, base: string, siteDir: string, word: string): Promise<SearchFetch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = new Set<string>();
  let last = Date.now();
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) {
      urls.add(request.url());
      last = Date.now();
    }
  });
  await page.goto(`${base}/zoeken/?q=${encodeURIComponent(word)}`);
  await page.locator('[data-results] li').first().waitFor({ timeout: 120_000 });
  // Result fragments load after the first result shows; wait until Pagefind is quiet for a second.
  while (Date.now() - last < 1000) await page.waitForTimeout(200);
  const status = (await page.locator('[data-status]').innerText()).trim();
  await context.close();
  let indexBytes = 0;
  let runtimeBytes = 0;
  for (const url of urls) {
    const size = servedSize(siteDir, url);
    if (runtimeFile.test(new URL(url).pathname)) runtimeBytes += size;
    else indexBytes += size;
  }
  return { indexBytes, runtimeBytes, files: urls.size, status };
}

/** Opens /voorbeelden/ in a fresh context, waits for the filter to be ready and the network to be quiet, and adds up what came in. */
async function measureFirstView(browser: Browser, base: string, siteDir: string): Promise<FirstView> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen = new Map<string, string>();
  page.on('request', (request) => seen.set(request.url(), request.resourceType()));
  await page.goto(`${base}/voorbeelden/`, { waitUntil: 'networkidle', timeout: 180_000 });
  await page.locator('[data-filter-panel][data-filter-ready]').waitFor({ state: 'attached', timeout: 120_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
  await context.close();
  const view: FirstView = { htmlBytes: 0, dataBytes: 0, scriptBytes: 0, styleBytes: 0, dataFiles: 0 };
  for (const [url, type] of seen) {
    const size = servedSize(siteDir, url);
    if (type === 'document') view.htmlBytes += size;
    else if (type === 'fetch' || type === 'xhr') {
      view.dataBytes += size;
      view.dataFiles++;
    } else if (type === 'script') view.scriptBytes += size;
    else if (type === 'stylesheet') view.styleBytes += size;
  }
  return view;
}

/** The clicks timed on the filter panel: tick and untick values of several facets. */
const clicks: readonly [string, string][] = [
  ['provincie', 'groningen'],
  ['uitkomst', 'werkt-niet'],
  ['sector', 'vvt'],
  ['provincie', 'groningen'],
  ['niveau', 'mbo-2'],
  ['uitkomst', 'werkt-niet'],
  ['factor', 'begeleidingstijd'],
  ['sector', 'vvt'],
  ['niveau', 'mbo-2'],
  ['factor', 'begeleidingstijd'],
];

async function measureFilter(page: Page, base: string): Promise<FilterRepaint> {
  await page.goto(`${base}/voorbeelden/`, { timeout: 180_000 });
  if ((await page.locator('[data-filter-panel]').count()) === 0) return { available: false, reason: 'geen [data-filter-panel] op /voorbeelden/' };
  try {
    await page.locator('[data-filter-panel][data-filter-ready]').waitFor({ state: 'attached', timeout: 120_000 });
  } catch {
    return { available: false, reason: 'het filterpaneel zette data-filter-ready niet binnen 120 s' };
  }
  // Chromium's counters (seconds since start) tell script, style and layout apart.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
  const before = await metrics();
  const timings = await page.evaluate(async (steps) => {
    const frames = () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
    await frames();
    const out: { total: number; script: number; visible: number }[] = [];
    for (const [name, value] of steps) {
      const box = document.querySelector<HTMLInputElement>(`[data-filter-panel] input[type=checkbox][name="${name}"][value="${value}"]`);
      if (!box) throw new Error(`Geen vinkje ${name}=${value}`);
      const start = performance.now();
      box.click();
      const script = performance.now() - start;
      // The list is finished when the panel drops data-filter-busy (card files may load first).
      const panel = document.querySelector('[data-filter-panel]')!;
      while (panel.hasAttribute('data-filter-busy')) await new Promise((resolve) => requestAnimationFrame(resolve));
      const end = await frames();
      const visible = document.querySelectorAll('[data-filter-list] [data-case]:not([hidden])').length;
      out.push({ total: end - start, script, visible });
    }
    return out;
  }, clicks);
  const after = await metrics();
  const spent = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const totals = timings.map((t) => t.total);
  return {
    available: true,
    medianMs: median(totals),
    maxMs: Math.max(...totals),
    medianScriptMs: median(timings.map((t) => t.script)),
    samples: totals,
    visibleAfterFirst: timings[0]!.visible,
    breakdown: { scriptMs: spent('ScriptDuration'), styleMs: spent('RecalcStyleDuration'), layoutMs: spent('LayoutDuration'), taskMs: spent('TaskDuration') },
  };
}

/** Serves `siteDir` and measures the case page, /voorbeelden/ on first view, a search for `word` and the filter panel. */
export async function measureInBrowser(siteDir: string, casePath: string, word: string): Promise<BrowserResult> {
  const server = await startServer(siteDir);
  const browser = await launchBrowser();
  try {
    const casePage = await checkCasePage(browser, server.url, siteDir, casePath);
    const listing = await measureFirstView(browser, server.url, siteDir);
    const search = await measureSearch(browser, server.url, siteDir, word);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const filter = await measureFilter(await context.newPage(), server.url);
    await context.close();
    return { casePage, search, filter, listing };
  } finally {
    await browser.close();
    await server.close();
  }
}
