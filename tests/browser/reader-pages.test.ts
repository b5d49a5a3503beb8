import { describe, expect, test } from 'vitest';
import { axeViolations, useBuiltSite } from './harness';

const site = useBuiltSite();

describe('reader pages', () => {
  test.each(['/', '/voorbeelden/ketenstage-student-volgt-client/', '/lessen/', '/methode/', '/factor/begeleidingstijd/', '/scenario/iro/', '/bronnen/', '/over/', '/bestaat-niet/'])(
    'axe finds no violations on %s',
    async (path) => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );

  test('the skip link is the first stop for the keyboard and moves focus to the content', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/voorbeelden/ketenstage-student-volgt-client/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).top)).not.toMatch(/^-/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await context.close();
  });

  test('no page is wider than a 320 px screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of ['/', '/voorbeelden/', '/voorbeelden/ketenstage-student-volgt-client/', '/lessen/', '/regio/', '/overzicht/', '/zoeken/', '/vergelijk/']) {
      await page.goto(`${site.url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});
