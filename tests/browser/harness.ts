/**
 * Browser-test harness: the built site (dist/) on a local server, Chromium, and axe, set up once
 * per test file. The server and browser helpers live in ./server (importable without vitest).
 */
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, startServer } from './server';

export { launchBrowser, startServer };

/** Runs axe (WCAG 2.x A and AA, including 2.2) on the page and returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/**
 * Starts the static server and Chromium before the tests of a file and stops both after them.
 * Returns live getters for the server's address and the browser.
 */
export function useBuiltSite(): { readonly url: string; readonly browser: Browser } {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
