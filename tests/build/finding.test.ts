import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filterFacets } from '../../src/data/filter-facets';
import { caseSlugs, CASES_DIR } from '../../src/lib/case-files';
import type { FilterData } from '../../src/lib/filter-data';
import { DIST, htmlPages, page, requireBuild } from './helpers';

beforeAll(requireBuild);
const slugs = caseSlugs(readdirSync(CASES_DIR));

describe('search index input', () => {
  test('only case pages and facet value pages are marked for indexing', () => {
    const indexed = htmlPages().filter((path) => page(path).querySelector('[data-pagefind-body]'));
    const unexpected = indexed.filter((path) => !/^\/(voorbeelden|regio|sector|factor|type|doel|scenario)\/[a-z0-9-]+\/$/.test(path));
    expect(unexpected).toEqual([]);
    expect(indexed.filter((path) => path.startsWith('/voorbeelden/')).length).toBe(slugs.length);
  });

  test('every case page carries a Pagefind filter for each of its facet values, and sort and meta data', () => {
    const root = page(`/voorbeelden/${slugs[0]}/`);
    const filters = root.querySelectorAll('[data-pagefind-filter]').map((el) => el.getAttribute('data-pagefind-filter')!.split(':')[0]);
    for (const param of ['provincie', 'sector', 'factor', 'type', 'niveau', 'doel', 'status', 'uitkomst', 'bewijs']) expect(filters).toContain(param);
    expect(root.querySelector('[data-pagefind-sort^="reviewed:"]')).not.toBeNull();
    const meta = root.querySelectorAll('[data-pagefind-meta]').map((el) => el.getAttribute('data-pagefind-meta')!.split(':')[0]);
    expect(meta).toEqual(expect.arrayContaining(['summary', 'outcome', 'provinces']));
  });

  test('the Dutch Pagefind index exists', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    expect(entry.languages.nl!.page_count).toBeGreaterThanOrEqual(slugs.length);
  });
});

describe('filter data and pages', () => {
  test('filters.json holds one item per case with every filter facet', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'voorbeelden', 'filters.json'), 'utf8')) as FilterData;
    expect(data.items.map((i) => i.slug).sort()).toEqual(slugs);
    expect(data.facets.map((f) => f.param)).toEqual(filterFacets.map((f) => f.param));
    for (const item of data.items) expect(item.values.provincie!.length).toBeGreaterThan(0);
  });

  test('without JavaScript the list shows every case and the search page offers ways to browse', () => {
    expect(page('/voorbeelden/').querySelectorAll('[data-filter-list] > li').length).toBe(slugs.length);
    expect(page('/voorbeelden/').querySelector('[data-filter-panel]')?.hasAttribute('hidden')).toBe(true);
    const fallback = page('/zoeken/').querySelector('[data-search-fallback]');
    expect(fallback?.querySelectorAll('a').length).toBeGreaterThan(5);
  });

  test('the gap map links every non-empty cell to the filtered list and marks empty cells', () => {
    const root = page('/overzicht/');
    const links = root.querySelectorAll('.gap-cell a').map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(10);
    expect(links.every((href) => /^\/voorbeelden\/\?(factor|type)=[a-z0-9-]+&(doel|sector)=[a-z0-9-]+$/.test(href))).toBe(true);
    expect(root.querySelectorAll('.gap-cell__empty').length).toBeGreaterThan(0);
  });

  test('the map names each province with its count and credits the map data', () => {
    const root = page('/regio/');
    const names = root.querySelectorAll('.province-map svg a').map((a) => a.getAttribute('aria-label'));
    expect(names).toHaveLength(12);
    expect(names.some((name) => /^Groningen: \d+ voorbeeld(en)?$/.test(name ?? ""))).toBe(true);
    expect(root.querySelector('figcaption')?.text).toContain('CC BY 4.0');
  });
});
