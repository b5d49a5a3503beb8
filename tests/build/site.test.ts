import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { facetRoutes } from '../../src/data/facet-routes';
import { caseSlugs, CASES_DIR } from '../../src/lib/case-files';
import { fileFor, htmlPages, page, requireBuild } from './helpers';

beforeAll(requireBuild);

const slugs = caseSlugs(readdirSync(CASES_DIR));

describe('the built site', () => {
  test('has a page for every case', () => {
    expect(slugs.length).toBeGreaterThan(0);
    const missing = slugs.filter((slug) => !fileFor(`/voorbeelden/${slug}/`));
    expect(missing).toEqual([]);
  });

  test('has an index and a page for every facet value', () => {
    const expected = facetRoutes.flatMap((route) => [`/${route.segment}/`, ...route.vocabulary.terms.map((term) => `/${route.segment}/${term.key}/`)]);
    expect(expected.filter((path) => !fileFor(path))).toEqual([]);
  });

  test('has the reader pages', () => {
    const expected = ['/', '/voorbeelden/', '/lessen/', '/methode/', '/over/', '/404.html'];
    expect(expected.filter((path) => !fileFor(path))).toEqual([]);
  });

  test('every page has exactly one h1 and lang="nl"', () => {
    const wrong = htmlPages()
      .map((path) => ({ path, root: page(path) }))
      .filter(({ root }) => root.querySelectorAll('h1').length !== 1 || root.querySelector('html')?.getAttribute('lang') !== 'nl')
      .map(({ path }) => path);
    expect(wrong).toEqual([]);
  });

  test('no internal link or asset points to a missing page', () => {
    const broken: string[] = [];
    for (const path of htmlPages()) {
      for (const element of page(path).querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const target = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        if (/^(https?:|mailto:|#|data:)/.test(target) || target === '') continue;
        const resolved = new URL(target, `http://site${path}`);
        if (resolved.host !== 'site') continue;
        if (!fileFor(resolved.pathname)) broken.push(`${path} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every in-page anchor link points to an element with that id', () => {
    const broken: string[] = [];
    for (const path of htmlPages()) {
      const root = page(path);
      for (const link of root.querySelectorAll('a[href^="#"]')) {
        const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
        if (id && !root.getElementById(id)) broken.push(`${path} → #${id}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('a case page shows Kenmerken, a table of contents, sources and both dates', () => {
    const root = page('/voorbeelden/ketenstage-student-volgt-client/');
    expect(root.querySelector('h1')?.text).toContain('Ketenstage');
    expect(root.querySelector('.case-facts a[href="/regio/groningen/"]')).not.toBeNull();
    const toc = root.querySelectorAll('.toc a').map((a) => a.text);
    expect(toc).toEqual(expect.arrayContaining(['Aanleiding', 'Aanpak', 'Resultaten', 'Geleerde lessen']));
    expect(root.querySelectorAll('.source-list li').length).toBeGreaterThan(0);
    expect(root.querySelectorAll('time').map((t) => t.text)).toContain('23 november 2026');
  });

  test('loads nothing from other hosts', () => {
    const external: string[] = [];
    for (const path of htmlPages()) {
      for (const element of page(path).querySelectorAll('link[href], script[src], img[src], iframe, source[src]')) {
        const target = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        if (element.tagName === 'LINK' && element.getAttribute('rel') === 'canonical') continue;
        if (element.tagName === 'LINK' && element.getAttribute('rel') === 'alternate') continue;
        if (/^https?:\/\//.test(target)) external.push(`${path} → ${target}`);
      }
    }
    expect(external).toEqual([]);
  });
});
