import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { caseSlugs, CASES_DIR } from '../../src/lib/case-files';
import { axeViolations, useBuiltSite } from './harness';

const slug = caseSlugs(readdirSync(CASES_DIR))[0]!;
const site = useBuiltSite();

describe('citing a case in the browser', () => {
  test('the copy button puts exactly the BibTeX file on the clipboard', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}/voorbeelden/${slug}/`);
    await page.getByText('BibTeX bekijken').click();
    await page.getByRole('button', { name: 'Kopieer BibTeX' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'gekopieerd' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(readFileSync(join('dist', 'voorbeelden', slug, 'citeer.bib'), 'utf8'));
    await context.close();
  });

  test('"Kopieer APA" puts the reference with italics (HTML) and as plain text on the clipboard, and says so next to the button', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}/voorbeelden/${slug}/`);
    const button = page.getByRole('button', { name: 'Kopieer APA' });
    await button.click();
    const status = page.locator('button[data-copy-target="citeer-apa"] + [role="status"]');
    await expect.poll(() => status.textContent()).toBe('APA-verwijzing is gekopieerd.');
    // Next to the button: on the same line, right of it.
    const [b, s] = [(await button.boundingBox())!, (await status.boundingBox())!];
    expect(Math.abs(b.y + b.height / 2 - (s.y + s.height / 2))).toBeLessThan(b.height);
    expect(s.x).toBeGreaterThan(b.x);
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
    });
    expect(copied.html).toMatch(/<i>[^<]+<\/i>/);
    expect(copied.text).toBe(await page.locator('button[data-copy-target="citeer-apa"]').getAttribute('data-copy-text'));
    expect(copied.text).not.toContain('<');
    await context.close();
  });

  test('without JavaScript the formats are readable and the copy buttons stay hidden', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/voorbeelden/${slug}/`);
    await page.getByText('RIS bekijken').click();
    await expect.poll(() => page.locator('#citeer-ris').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Kopieer/ }).count()).toBe(0);
    await context.close();
  });

  test('printing shows the handout footer and hides navigation and the citation tools', async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.url}/voorbeelden/${slug}/`);
    expect(await page.locator('.print-footer').isVisible()).toBe(true);
    for (const selector of ['.site-header nav', '.breadcrumbs', '.toc', '.cite', '.history', '.site-footer']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    await page.close();
  });

  test.each(['/voorbeelden/ketenstage-student-volgt-client/', '/data/', '/over/'])('%s has no axe violations (WCAG 2.2 AA)', async (path) => {
    const context = await site.browser.newContext(); // axe needs a page from an explicit context
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    for (const details of await page.locator('details').all()) await details.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
