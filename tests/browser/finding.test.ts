import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBuiltSite } from './harness';
import { decodeFilterItems, type CardText, type FilterData } from '../../src/lib/filter-data';

const site = useBuiltSite();

async function open(path: string): Promise<Page> {
  // axe needs a page from an explicit context.
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(`${site.url}${path}`);
  return page;
}

/** Presses Tab until the element matching `selector` has focus (fails after `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Met Tab niet bereikt: ${selector}`);
}

/** The number of cards in the list once the filter has finished loading card files. */
async function visibleCards(page: Page): Promise<number> {
  await page.waitForSelector('[data-filter-panel][data-filter-ready]:not([data-filter-busy])', { state: 'attached' });
  return page.locator('[data-filter-list] > li:not([hidden])').count();
}

/** The slugs of the cases that have every one of these values, in list order, from the build's own data files. */
async function expectedSlugs(page: Page, wanted: Record<string, string>): Promise<string[]> {
  const data = (await (await page.request.get(`${site.url}/voorbeelden/filters.json`)).json()) as FilterData;
  const files = Math.ceil(data.items.length / data.chunkSize);
  const cards = (await Promise.all(Array.from({ length: files }, async (_, i) => (await (await page.request.get(`${site.url}/voorbeelden/kaarten/${i + 1}.json`)).json()) as CardText[]))).flat();
  return decodeFilterItems(data)
    .filter((item) => Object.entries(wanted).every(([param, value]) => item.values[param]!.includes(value)))
    .map((item) => cards[item.index]!.slug);
}

const listedSlugs = (page: Page) => page.locator('[data-filter-list] > li:not([hidden])').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.case));

describe('search', () => {
  test('typing "ketenstage" finds the Groningen case and puts the query in the URL', async () => {
    const page = await open('/zoeken/');
    await tabTo(page, '#zoekterm');
    await page.keyboard.type('ketenstage');
    await expect.poll(() => page.locator('[data-results] h2 a').allTextContents(), { timeout: 10_000 }).toContain('Ketenstage "Student volgt Cliënt" in Oost-Groningen');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('ketenstage');
    expect(await page.locator('[data-status]').textContent()).toMatch(/\d+ resultat?en?/);
    await page.close();
  });

  test('a shared search URL is restored: query, filter and results', async () => {
    const page = await open('/zoeken/?q=stage&provincie=groningen');
    await expect.poll(() => page.locator('[data-results] li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.inputValue('#zoekterm')).toBe('stage');
    expect(await page.isChecked('#zf-provincie-groningen')).toBe(true);
    await page.close();
  });
});

describe('filtering the list', () => {
  test('ticking Groningen and "werkte niet" by keyboard narrows the list and the URL; reload and back restore it', async () => {
    const page = await open('/voorbeelden/');
    await page.waitForSelector('[data-filter-panel][data-filter-ready]');
    const total = await visibleCards(page);
    expect(total).toBeGreaterThan(10);

    await tabTo(page, '#vf-provincie-groningen');
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('provincie')).toEqual(['groningen']);
    const groningen = await visibleCards(page);
    expect(groningen).toBeGreaterThan(0);
    expect(groningen).toBeLessThan(total);

    // The outcome group is closed: open it with the keyboard, then tick "werkte niet".
    await tabTo(page, '[data-param="uitkomst"] summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '#vf-uitkomst-werkt-niet');
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('uitkomst')).toEqual(['werkt-niet']);
    const both = await visibleCards(page);
    expect(both).toBeLessThanOrEqual(groningen);
    const status = await page.locator('[data-filter-status]').textContent();
    expect(status).toContain(`${both} voorbeeld`);
    // Every visible card is a Groningen case that did not work (checked against the build's data).
    expect(await listedSlugs(page)).toEqual(await expectedSlugs(page, { provincie: 'groningen', uitkomst: 'werkt-niet' }));

    const url = page.url();
    await page.reload();
    await page.waitForSelector('[data-filter-panel][data-filter-ready]');
    expect(page.url()).toBe(url);
    expect(await page.isChecked('#vf-provincie-groningen')).toBe(true);
    expect(await page.isChecked('#vf-uitkomst-werkt-niet')).toBe(true);
    expect(await visibleCards(page)).toBe(both);

    await page.goBack();
    await expect.poll(() => page.isChecked('#vf-uitkomst-werkt-niet')).toBe(false);
    expect(await visibleCards(page)).toBe(groningen);
    await page.close();
  });

  test('a filter on page 2 searches the whole catalogue and builds cards that link to their cases', async () => {
    const page = await open('/voorbeelden/pagina/2/');
    await page.waitForSelector('[data-filter-panel][data-filter-ready]');
    const own = await listedSlugs(page);
    await page.check('#vf-sector-ziekenhuizen');
    await visibleCards(page);
    const expected = await expectedSlugs(page, { sector: 'ziekenhuizen' });
    expect(await listedSlugs(page)).toEqual(expected.slice(0, 48));
    expect(expected.some((slug) => !own.includes(slug))).toBe(true);
    expect(await page.locator('[data-pagination]').isHidden()).toBe(true);
    // A card made in the browser reads like one from the server: title link, summary, facets, outcome.
    const card = page.locator(`[data-filter-list] > li[data-case="${expected[0]}"]`);
    expect(await card.locator('a[data-card-link]').getAttribute('href')).toBe(`/voorbeelden/${expected[0]}/`);
    expect((await card.locator('[data-card-facet="sector"]').textContent())?.toLowerCase()).toContain('ziekenhuizen');
    expect(await card.locator('.badge').textContent()).toMatch(/^Uitkomst: \S/);
    await page.uncheck('#vf-sector-ziekenhuizen');
    await visibleCards(page);
    expect(await listedSlugs(page)).toEqual(own);
    expect(await page.locator('[data-pagination]').isVisible()).toBe(true);
    await page.close();
  });

  test('clear-all shows every case again', async () => {
    const page = await open('/voorbeelden/?sector=ggz');
    await page.waitForSelector('[data-filter-panel][data-filter-ready]');
    const filtered = await visibleCards(page);
    await page.click('[data-filter-clear]');
    await expect.poll(() => visibleCards(page)).toBeGreaterThan(filtered);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});

describe('map and compare', () => {
  test('each province on the map is reachable by keyboard with its count in the name', async () => {
    const page = await open('/regio/');
    await tabTo(page, '.province-map svg a');
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(name).toMatch(/^[A-Z][\w\s-]+: \d+ voorbeeld(en)?$/);
    expect(await page.locator('.province-map svg a').count()).toBe(12);
    await page.close();
  });

  test('compare shows the chosen cases side by side and keeps them in the URL', async () => {
    const page = await open('/vergelijk/');
    const slugs = await page.locator('input[name="v"]').evaluateAll((els) => els.slice(0, 2).map((e) => (e as HTMLInputElement).value));
    await tabTo(page, `#v-${slugs[0]}`);
    await page.keyboard.press('Space');
    await tabTo(page, `#v-${slugs[1]}`);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-compare-table] thead th').count()).toBe(2);
    expect(new URL(page.url()).searchParams.getAll('v')).toEqual(slugs);
    await page.reload();
    await expect.poll(() => page.locator('[data-compare-table] thead th').count()).toBe(2);
    await page.close();
  });
});

describe('accessibility', () => {
  test.each(['/zoeken/?q=stage', '/voorbeelden/?provincie=groningen', '/voorbeelden/pagina/2/?sector=ggz', '/regio/', '/overzicht/', '/vergelijk/?v=ketenstage-student-volgt-client&v=gildeleren-umcg'])('axe finds no violations on %s', async (path) => {
    const page = await open(path);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
