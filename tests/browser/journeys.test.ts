/**
 * The reader's journeys as a person takes them: from the header search box and from a shared
 * link, on a phone (320 px) and a desktop (1280 px), filtering, comparing from a card, and the
 * pages that must not clip or break words. Each test starts where a person starts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, useBuiltSite } from './harness';

const site = useBuiltSite();
const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 900 };
/** Search and filtering answer after the index loads; on a busy machine that can take seconds. */
const wait = { timeout: 15_000 };

async function open(path: string, viewport = DESKTOP): Promise<Page> {
  // A context per page: axe needs one, and each reader starts without stored choices.
  const page = await (await site.browser.newContext({ viewport })).newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}

/** Waits until the search page has answered, and returns its status line ("12 resultaten"). */
async function searchStatus(page: Page): Promise<string> {
  await page.waitForFunction(() => /resultat|Geen resultaten/.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, wait);
  return (await page.locator('[data-status]').textContent())!;
}

/** The count shown next to every filter value on /zoeken/, by checkbox id. */
const filterCounts = (page: Page) =>
  page.locator('[data-search-ui] input[type="checkbox"]').evaluateAll((boxes) =>
    Object.fromEntries(boxes.map((box) => [box.id, box.closest('li')?.querySelector('[data-count-for]')?.textContent ?? ''])),
  );

describe('searching from where people start', () => {
  test('the header search box keeps the query and gives the same, right counts as typing on /zoeken/', async () => {
    const page = await open('/');
    await page.locator('#site-search-q').fill('stage');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=stage$/);
    const status = await searchStatus(page);
    expect(await page.locator('#site-search-q').inputValue()).toBe('stage');
    const fromHeader = await filterCounts(page);
    // Real counts, not "(geen resultaten)" next to real results.
    expect(Object.values(fromHeader).filter((c) => /^\(\d+\)$/.test(c)).length).toBeGreaterThan(10);

    const typed = await open('/zoeken/');
    await typed.locator('#zoekterm').fill('stage');
    await typed.waitForURL(/\?q=stage$/);
    expect(await searchStatus(typed)).toBe(status);
    expect(await filterCounts(typed)).toEqual(fromHeader);

    // A count is what ticking that value gives.
    const groningen = Number(/\d+/.exec(fromHeader['zf-provincie-groningen']!)![0]);
    await typed.locator('label[for="zf-provincie-groningen"]').click();
    await expect.poll(() => typed.locator('[data-status]').textContent(), wait).toBe(groningen === 1 ? '1 resultaat' : `${groningen} resultaten`);
    await page.context().close();
    await typed.context().close();
  });

  test('a shared link with a query and a filter shows the results and the counts of that choice', async () => {
    const typed = await open('/zoeken/?q=stage');
    await searchStatus(typed);
    const counts = await filterCounts(typed);
    const shared = await open('/zoeken/?q=stage&provincie=groningen');
    const expected = Number(/\d+/.exec(counts['zf-provincie-groningen']!)![0]);
    expect(await searchStatus(shared)).toBe(expected === 1 ? '1 resultaat' : `${expected} resultaten`);
    expect(await shared.locator('#site-search-q').inputValue()).toBe('stage');
    expect(await shared.locator('#zf-provincie-groningen').isChecked()).toBe(true);
    expect(await shared.locator('[data-filter-chips] button').allTextContents()).toEqual([expect.stringContaining('Groningen')]);
    await typed.context().close();
    await shared.context().close();
  });

  test('the cases come before the pages that explain a term', async () => {
    const page = await open('/zoeken/?q=leerklimaat');
    await searchStatus(page);
    const kinds = await page.locator('[data-results] > li').evaluateAll((items) => items.map((li) => (li.textContent?.includes('Uitleg bij') ? 'uitleg' : 'voorbeeld')));
    expect(kinds).toContain('uitleg');
    expect(kinds.indexOf('uitleg')).toBeGreaterThan(kinds.lastIndexOf('voorbeeld'));
    await page.context().close();
  });
});

describe('results first, with the filters one tap away', () => {
  test.each([
    ['/voorbeelden/', '[data-filter-list] > li'],
    ['/zoeken/?q=stage', '[data-results] > li'],
  ])('on a phone %s shows the results first, under a compact Filters control', async (path, firstResult) => {
    const page = await open(path, PHONE);
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    await expect.poll(() => toggle.isVisible(), wait).toBe(true);
    const filters = page.locator('.filter-layout__filters');
    expect(await filters.isVisible()).toBe(false);
    const first = page.locator(firstResult).first();
    await first.waitFor();
    // The first result starts within the first screen and a half, not 2,700 px down.
    expect((await first.boundingBox())!.y).toBeLessThan(PHONE.height * 1.5);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const groningen = filters.locator('input[value="groningen"]');
    await groningen.check();
    await expect.poll(() => page.locator('[data-filter-toggle]').textContent(), wait).toBe('Filters (1 actief)');
    const chip = page.getByRole('button', { name: 'Filter Groningen (provincies) weghalen' });
    expect(await chip.isVisible()).toBe(true);
    await chip.click();
    await expect.poll(() => page.locator('[data-filter-toggle]').textContent(), wait).toBe('Filters');
    expect(await groningen.isChecked()).toBe(false);
    expect(await page.locator('[data-filter-chips] button').count()).toBe(0);
    await page.context().close();
  });

  test('on a desktop the filters are a column beside the results, without the compact control', async () => {
    const page = await open('/voorbeelden/');
    await page.locator('[data-filter-panel]').waitFor();
    expect(await page.locator('[data-filter-toggle]').isVisible()).toBe(false);
    const panel = (await page.locator('[data-filter-panel]').boundingBox())!;
    const card = (await page.locator('[data-filter-list] > li').first().boundingBox())!;
    expect(card.x).toBeGreaterThan(panel.x + panel.width);
    expect(card.y).toBeLessThan(DESKTOP.height);
    await page.context().close();
  });

  test.each(['/voorbeelden/', '/zoeken/'])('a choice that leaves nothing on %s says which filter to drop, and offers the national cases', async (path) => {
    const page = await open(`${path}?provincie=drenthe&sector=umc`, PHONE);
    const empty = page.locator('[data-filter-empty]');
    await expect.poll(() => empty.isVisible(), wait).toBe(true);
    const ways = await empty.locator('[data-filter-suggestions] button').allTextContents();
    expect(ways[0]).toMatch(/^Kies ook ‘Landelijk’: landelijke voorbeelden gelden ook voor uw provincie; dan (is|zijn) er \d+ voorbeeld(en)?\.$/);
    expect(ways.some((w) => w.startsWith('Haal ‘Drenthe’ (provincies) weg'))).toBe(true);
    await empty.locator('[data-filter-suggestions] button').first().click();
    await expect.poll(() => empty.isVisible(), wait).toBe(false);
    expect(new URL(page.url()).searchParams.getAll('provincie')).toEqual(['drenthe', 'landelijk']);
    await page.context().close();
  });

  test('the filter panel appears without moving the page: layout shift on /voorbeelden/ stays below 0.1', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await (await site.browser.newContext({ viewport })).newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { cls: number };
        w.cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site.url}/voorbeelden/`, { waitUntil: 'networkidle' });
      await page.locator('[data-filter-panel][data-filter-ready]').waitFor({ state: 'attached' });
      // Let a last frame render before reading the sum.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
      console.log(`CLS /voorbeelden/ at ${viewport.width} px: ${cls.toFixed(4)}`);
      expect(cls).toBeLessThan(0.1);
      await page.context().close();
    }
  });
});

describe('comparing', () => {
  test('a reader marks two cards on a phone, follows the bar and reads the comparison stacked, differences marked', async () => {
    const page = await open('/voorbeelden/', PHONE);
    const cards = page.locator('[data-filter-list] .case-card');
    const titles = [await cards.nth(0).locator('h2').textContent(), await cards.nth(1).locator('h2').textContent()];
    await cards.nth(0).getByLabel('Vergelijk').check();
    await cards.nth(1).getByLabel('Vergelijk').check();
    const go = page.getByRole('link', { name: 'Vergelijk 2 voorbeelden' });
    await go.click();
    await page.waitForURL(/\/vergelijk\/\?v=.+&v=.+/);
    const stack = page.locator('[data-compare-stack]');
    await expect.poll(() => stack.locator('article h3').allTextContents(), wait).toEqual(titles);
    expect(await page.locator('.compare-table').isVisible()).toBe(false);
    expect(await stack.locator('.is-different').count()).toBeGreaterThan(0);
    expect(await stack.locator('.is-different dt').first().textContent()).toContain('(verschilt)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The chooser remembers the choice and finds cases by name.
    await page.locator('#vergelijk-zoek').fill('twente');
    const shown = await page.locator('.compare-choices li:not([hidden]) label').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((t) => /twente/i.test(t) || titles.includes(t))).toBe(true);
    await page.context().close();
  });

  test('on a desktop the comparison is a table; a case page links to the comparison', async () => {
    const page = await open('/vergelijk/?v=ketenstage-student-volgt-client&v=gildeleren-umcg');
    await expect.poll(() => page.locator('.compare-table tr.is-different').count(), wait).toBeGreaterThan(0);
    expect(await page.locator('[data-compare-stack]').isVisible()).toBe(false);
    const onlyDiff = page.getByLabel('Toon alleen wat verschilt');
    const all = await page.locator('.compare-table tbody tr').count();
    await onlyDiff.check();
    expect(await page.locator('.compare-table tbody tr:visible').count()).toBeLessThan(all);
    const caseNoJs = await site.browser.newContext({ javaScriptEnabled: false });
    const casePage = await caseNoJs.newPage();
    await casePage.goto(`${site.url}/voorbeelden/gildeleren-umcg/`);
    expect(await casePage.getByRole('link', { name: 'Vergelijk met andere voorbeelden' }).getAttribute('href')).toBe('/vergelijk/?v=gildeleren-umcg');
    await caseNoJs.close();
    await page.context().close();
  });
});

/** Pages of every kind, as a reader reaches them. */
const pages = [
  '/',
  '/voorbeelden/',
  '/zoeken/?q=stage',
  '/voorbeelden/ketenstage-student-volgt-client/',
  '/voorbeelden/ketenstage-student-volgt-client/versies/',
  // A title with a long Dutch compound ("verpleegkundestudenten") in the h1.
  '/voorbeelden/leerafdeling-st-jansdal-harderwijk/',
  '/regio/',
  '/regio/groningen/',
  '/overzicht/',
  '/data/',
  '/vergelijk/?v=ketenstage-student-volgt-client&v=gildeleren-umcg',
  '/bijdragen/',
  '/over/',
  '/methode/',
  '/lessen/',
];

/** Words in headings and labels that the browser broke in the middle (not at a hyphen or slash). */
const brokenWords = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = [];
    for (const element of document.querySelectorAll('main h1, main h2, main h3, main h4, main summary, main label, main legend, main th, main dt, main .button, main .badge')) {
      const box = element.getBoundingClientRect();
      // Hidden, or visually hidden for screen readers (a 1 px box): nothing to read on screen.
      if (!(element as HTMLElement).offsetParent || box.width < 2 || box.height < 2) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/[^\s\-/–—]{2,}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${element.tagName.toLowerCase()}: ${match[0]}`);
        }
      }
    }
    return broken;
  });

/** Tables wider than their box that are not in a labelled, keyboard-reachable scroll region. */
const clippedTables = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main table')]
      .filter((table) => (table as HTMLElement).offsetParent)
      .filter((table) => {
        const box = table.parentElement!;
        if (table.scrollWidth <= box.clientWidth + 1) return false;
        const region = table.closest('[role="region"]');
        const scrolls = region && ['auto', 'scroll'].includes(getComputedStyle(region).overflowX);
        return !(scrolls && region.getAttribute('tabindex') === '0' && (region.hasAttribute('aria-label') || region.hasAttribute('aria-labelledby')));
      })
      .map((table) => table.querySelector('caption')?.textContent ?? table.outerHTML.slice(0, 60)),
  );

describe('nothing clips and no word breaks in the middle', () => {
  test.each([PHONE, DESKTOP])('at %j', async (viewport) => {
    const page = await (await site.browser.newContext({ viewport })).newPage();
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > viewport.width) problems.push(`${path}: pagina is ${width} px breed`);
      for (const table of await clippedTables(page)) problems.push(`${path}: tabel valt weg zonder schuifvak: ${table}`);
      for (const word of await brokenWords(page)) problems.push(`${path}: woord gebroken: ${word}`);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('a wide table says it scrolls, keeps its first column in view and scrolls by keyboard', async () => {
    const page = await open('/overzicht/', PHONE);
    const region = page.getByRole('region', { name: 'Aantal voorbeelden per type aanpak (rijen) en sector (kolommen)' });
    expect(await region.locator('[data-table-cue]').isVisible()).toBe(true);
    const firstCell = region.locator('tbody th').first();
    const before = (await firstCell.boundingBox())!.x;
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft), wait).toBeGreaterThan(0);
    expect((await firstCell.boundingBox())!.x).toBe(before);
    await page.context().close();
  });
});

describe('accessibility of every page type', () => {
  test.each(pages)('axe finds no violations on %s at 320 px', async (path) => {
    const page = await open(path, PHONE);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
