import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CASES_DIR } from '../../src/lib/case-files';
import { checkCases } from '../../src/lib/check-cases';
import { axeViolations, useBuiltSite } from './harness';

const site = useBuiltSite();

/** Opens the folded step that holds a field, as a contributor does: by its heading. */
async function openStep(page: Page, id: string): Promise<void> {
  const closed = page.locator('details.form-step:not([open])', { has: page.locator(`#${id}`) });
  if ((await closed.count()) > 0) await closed.locator('> summary').click();
}

/** Moves focus to a field and types, as a keyboard user does. */
async function type(page: Page, id: string, text: string): Promise<void> {
  await openStep(page, id);
  await page.locator(`#${id}`).focus();
  await page.keyboard.type(text);
}

/** Moves focus to a checkbox or radio button and presses Space. */
async function press(page: Page, id: string): Promise<void> {
  await openStep(page, id);
  await page.locator(`#${id}`).focus();
  await page.keyboard.press('Space');
}

/** Records CSP violations on every page, so a test can assert there were none. */
async function newPage(): Promise<Page> {
  const context = await site.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return page;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('/bijdragen/', () => {
  test('a contributor fills in a failed experiment by keyboard, sees the preview and downloads a file that passes the check', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/bijdragen/`);
    await press(page, 'modus-mislukt');
    await type(page, 'veld-title', 'Stagepool in Twente: "te ingewikkeld"');
    await type(page, 'veld-summary', 'Een gezamenlijke pool van stageplaatsen in Twente werd na een jaar niet meer gebruikt.');
    await press(page, 'veld-type-matching');
    await press(page, 'veld-provinces-overijssel');
    await press(page, 'veld-sectors-vvt');
    await press(page, 'veld-levels-mbo-3');
    await press(page, 'veld-aims-capaciteit');
    await press(page, 'veld-factors-regionale-samenwerking');
    await press(page, 'veld-status-gestopt');
    await type(page, 'veld-stopReason', 'Scholen en zorgorganisaties bleven hun eigen lijsten gebruiken.');
    await press(page, 'veld-outcome-werkt-niet');
    await type(page, 'veld-sections-mislukt-bedoeling', 'Meer stageplaatsen {eerlijk} verdelen.');
    await type(page, 'veld-sections-mislukt-aanpak', 'Eén pool voor vier scholen en <tien> organisaties.');
    await type(page, 'veld-sections-mislukt-gebeurd', 'Niemand nam de pool over.\n\n- De planning bleef per school.');
    // The fourth question (what others can learn) is the lessons field; "(bron 1)" names its basis.
    await type(page, 'veld-lessons', 'Begin klein en maak één partij eigenaar van de planning. (bron 1)');
    await type(page, 'veld-organisations-1-name', 'een VVT-organisatie in Overijssel');
    await press(page, 'veld-organisations-1-anonymised');
    await type(page, 'veld-sources-1-title', 'Evaluatie stagepool Twente');
    await type(page, 'veld-sources-1-url', 'https://www.voorbeeld.nl/evaluatie');
    await type(page, 'veld-contributors-1-name', 'Jan Jansen');

    // The preview follows the typing and says the organisation was described, not named.
    const preview = page.locator('[data-preview]');
    // The preview updates after a short pause in typing; wait for its last state, not its first.
    await expect.poll(() => preview.textContent()).toContain('Stagepool in Twente: "te ingewikkeld"');
    await expect.poll(() => preview.textContent()).toContain('De bijdrager heeft ervoor gekozen deze organisatie niet bij naam te noemen.');
    await expect.poll(() => preview.locator('h4').allTextContents()).toEqual(['Bedoeling', 'Aanpak', 'Wat er gebeurde', 'Geleerde lessen', 'Betrokken organisaties', 'Bronnen']);

    await page.getByRole('button', { name: 'Controleer en maak het bestand' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 }).toBe('Het bestand is klaar en voldoet aan alle regels.');
    const github = await page.locator('[data-github-link]').getAttribute('href');
    expect(github).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/new\/main\?filename=content%2Fcases%2Fstagepool-in-twente-te-ingewikkeld\.mdx&value=---/);

    await page.getByRole('button', { name: 'Download het bestand' }).focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('stagepool-in-twente-te-ingewikkeld.mdx');
    const bytes = readFileSync((await download.path())!);

    // `npm run check` on the existing cases plus the downloaded file finds nothing.
    const existing = readdirSync(CASES_DIR)
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
      .map((name) => ({ path: join(CASES_DIR, name), bytes: readFileSync(join(CASES_DIR, name)) }));
    expect(checkCases([...existing, { path: join(CASES_DIR, download.suggestedFilename()), bytes }])).toEqual([]);
    // What the contributor told cites their own account, and the lesson the source it names.
    expect(bytes.toString()).toContain('Niemand nam de pool over.[^indiener]');
    expect(bytes.toString()).toContain('basis: bron-1');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('a nurse without GitHub reports a failed experiment anonymously, from the first question to the e-mail and the file', async () => {
    const page = await newPage();
    // The site as published with the editors' address set (the deploy workflow's EDITORS_EMAIL).
    await page.route('**/bijdragen/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('data-contribute-form', 'data-contribute-form data-editors-email="redactie@example.org"') });
    });
    await page.goto(`${site.url}/bijdragen/`);
    // The page says plainly what becomes public and that she need not name herself.
    expect(await page.locator('#openbaar + ul').textContent()).toContain('U hoeft uzelf niet te noemen.');
    await press(page, 'modus-mislukt');
    // Choosing a failed experiment presets status and outcome; she can change them.
    await openStep(page, 'veld-status-gestopt');
    expect(await page.locator('#veld-status-gestopt').isChecked()).toBe(true);
    expect(await page.locator('#veld-outcome-werkt-niet').isChecked()).toBe(true);
    // Labels, not machine keys.
    expect((await page.locator('label[for="veld-outcome-werkt-niet"]').textContent())?.trim()).toBe('Werkte niet zoals bedoeld');
    await type(page, 'veld-title', 'Leerafdeling die te vroeg begon');
    await type(page, 'veld-summary', 'Een leerafdeling in de ouderenzorg begon zonder vaste begeleiders en stopte na een half jaar.');
    await press(page, 'veld-type-leerafdeling');
    await press(page, 'veld-provinces-drenthe');
    await press(page, 'veld-sectors-vvt');
    await press(page, 'veld-levels-mbo-3');
    await press(page, 'veld-aims-capaciteit');
    await press(page, 'veld-factors-begeleiders');
    await type(page, 'veld-stopReason', 'Er waren te weinig vaste begeleiders om de studenten te begeleiden.');
    await type(page, 'veld-sections-mislukt-bedoeling', 'Meer studenten tegelijk een goede stage geven.');
    await type(page, 'veld-sections-mislukt-aanpak', 'Een afdeling met tien studenten en twee begeleiders.');
    await type(page, 'veld-sections-mislukt-gebeurd', 'De begeleiders waren vaak ingeroosterd op andere afdelingen.');
    // The fourth question is the lessons field; "(bron 1)" says the lesson comes from her evaluation.
    await type(page, 'veld-lessons', 'Regel eerst vaste begeleiders en dan pas de studenten. (bron 1)');
    await type(page, 'veld-sources-1-title', 'Eigen evaluatie van de leerafdeling');
    // Credited only as anonymous: the name fields go away.
    await press(page, 'credit-anoniem');
    expect(await page.locator('#veld-contributors-1-name').isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Controleer en maak het bestand' }).click();
    await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 }).toBe('Het bestand is klaar en voldoet aan alle regels.');
    const published = page.locator('[data-public-summary]');
    expect(await published.textContent()).toContain('Beschreven door: anoniem');
    // The e-mail route comes first, with the whole file in the mail when it fits.
    const mail = await page.getByRole('link', { name: 'Stuur per e-mail naar de redactie' }).getAttribute('href');
    expect(mail).toMatch(/^mailto:redactie@example\.org\?subject=/);
    const body = decodeURIComponent(new URL(mail!).searchParams.get('body') ?? '');
    const inBody = await page.locator('[data-mail-in-body]').isVisible();
    if (inBody) expect(body).toContain('title: Leerafdeling die te vroeg begon');
    else expect(await page.locator('[data-mail-attach]').textContent()).toContain('Voeg het gedownloade bestand toe als bijlage');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download het bestand' }).click()]);
    // A downloaded file comes with a Dutch word on what to do with it.
    expect(await page.locator('[data-download-help]').textContent()).toContain('Stuur het als bijlage naar redactie@example.org');
    const bytes = readFileSync((await download.path())!);
    const text = bytes.toString('utf8');
    expect(text).toMatch(/contributors:\n\s+- anoniem/);
    expect(text).not.toContain('Jan');
    // What she told cites her own account; her lesson rests on the evaluation she named.
    expect(text).toContain('De begeleiders waren vaak ingeroosterd op andere afdelingen.[^indiener]');
    expect(text).toContain('basis: bron-1');
    const existing = readdirSync(CASES_DIR)
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
      .map((name) => ({ path: join(CASES_DIR, name), bytes: readFileSync(join(CASES_DIR, name)) }));
    expect(checkCases([...existing, { path: join(CASES_DIR, download.suggestedFilename()), bytes }])).toEqual([]);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('the form loads its checks only when the contributor starts, and the page says when no e-mail address is set', async () => {
    const page = await newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${site.url}/bijdragen/`, { waitUntil: 'networkidle' });
    const before = scripts.length;
    const sizes = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).reduce((sum, e) => sum + (e as PerformanceResourceTiming).decodedBodySize, 0));
    expect(sizes).toBeLessThan(50_000);
    await page.locator('#veld-title').focus();
    await expect.poll(() => scripts.length).toBeGreaterThan(before);
    await expect.poll(() => page.locator('[data-contribute-form]').getAttribute('data-form-ready')).toBe('');
    expect(await page.locator('[data-editors-email-notice]').textContent()).toContain('Het e-mailadres van de redactie is nog niet ingesteld.');
    await page.context().close();
  });

  test('an incomplete form gets an error summary that leads to each field', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/bijdragen/`);
    await type(page, 'veld-title', 'Kort');
    await page.getByRole('button', { name: 'Controleer en maak het bestand' }).click();
    const summary = page.locator('[data-error-summary]');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    expect(await summary.locator('a').count()).toBeGreaterThan(5);
    await summary.getByRole('link', { name: /"title" is te kort/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('veld-title');
    expect(await page.locator('#veld-title').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('axe finds no violations', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/bijdragen/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('without JavaScript the page is a checklist that points to the template', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/bijdragen/`);
    expect(await page.locator('[data-no-js]').isVisible()).toBe(true);
    expect(await page.locator('[data-output]').isVisible()).toBe(false);
    expect(await page.locator('#veld-title').isVisible()).toBe(true);
    const template = await page.getByRole('link', { name: 'sjabloon' }).getAttribute('href');
    const response = await page.request.get(`${site.url}${template}`);
    expect(await response.text()).toContain('# Sjabloon voor een nieuw praktijkvoorbeeld.');
    await context.close();
  });
});

describe('the Content-Security-Policy', () => {
  test('is on every kind of page and none of the site’s own scripts and styles break it', async () => {
    const page = await newPage();
    for (const path of ['/', '/voorbeelden/', '/voorbeelden/ketenstage-student-volgt-client/', '/lessen/', '/regio/', '/overzicht/', '/vergelijk/', '/methode/', '/bronnen/', '/bijdragen/']) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), path).toBe(1);
      expect(await violations(page), path).toEqual([]);
    }
    await page.context().close();
  });

  test('lets the search on /zoeken/ work (Pagefind needs WebAssembly) without any violation', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/zoeken/?q=ketenstage`);
    await expect.poll(() => page.locator('[data-results] > li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  test('stops an inline script that was not in the build', async () => {
    const page = await newPage();
    await page.goto(`${site.url}/voorbeelden/`);
    // An inline script runs synchronously when it is inserted, unless the policy blocks it.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
    await page.context().close();
  });
});
