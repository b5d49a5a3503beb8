import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filterFacets } from '../../src/data/filter-facets';
import { caseSlugs, CASES_DIR } from '../../src/lib/case-files';
import { decodeFilterItems, type CardText, type FilterData } from '../../src/lib/filter-data';
import { LESSON_PAGE_SIZE, LISTING_PAGE_SIZE, SOURCE_PAGE_SIZE } from '../../src/lib/pagination';
import { DIST, htmlPages, page, requireBuild } from './helpers';

beforeAll(requireBuild);
const slugs = caseSlugs(readdirSync(CASES_DIR));

describe('search index input', () => {
  test('only case pages and facet value pages are marked for indexing', () => {
    const indexed = htmlPages().filter((path) => page(path).querySelector('[data-pagefind-body]'));
    const unexpected = indexed.filter((path) => !/^\/(voorbeelden|regio|arbeidsmarktregio|sector|factor|type|doel|scenario)\/[a-z0-9-]+\/$/.test(path));
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

  test('the Dutch Pagefind index holds exactly the pages marked for indexing (no listing is read)', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    const indexed = htmlPages().filter((path) => page(path).querySelector('[data-pagefind-body]'));
    expect(entry.languages.nl!.page_count).toBe(indexed.length);
  });
});

describe('filter data and pages', () => {
  test('filters.json holds every case, in the order of the card files, with every filter facet', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'voorbeelden', 'filters.json'), 'utf8')) as FilterData;
    expect(data.facets.map((f) => f.param)).toEqual(filterFacets.map((f) => f.param));
    const items = decodeFilterItems(data);
    expect(items).toHaveLength(slugs.length);
    for (const item of items) expect(item.values.provincie!.length).toBeGreaterThan(0);
    const files = Math.ceil(slugs.length / data.chunkSize);
    const cards = Array.from({ length: files }, (_, i) => JSON.parse(readFileSync(join(DIST, 'voorbeelden', 'kaarten', `${i + 1}.json`), 'utf8')) as CardText[]).flat();
    expect(cards.map((c) => c.slug).sort()).toEqual(slugs);
    // The first page lists the first cases of the data, in the same order.
    const firstPage = page('/voorbeelden/').querySelectorAll('[data-filter-list] > li').map((li) => li.getAttribute('data-case'));
    expect(firstPage).toEqual(cards.slice(0, firstPage.length).map((c) => c.slug));
  });

  test('without JavaScript the pages of the list show every case once, with numbered links', () => {
    const pages = [page('/voorbeelden/')];
    for (let n = 2; n <= Math.ceil(slugs.length / LISTING_PAGE_SIZE); n++) pages.push(page(`/voorbeelden/pagina/${n}/`));
    const listed = pages.flatMap((root) => root.querySelectorAll('[data-filter-list] > li').map((li) => li.getAttribute('data-case')));
    expect(pages[0]!.querySelectorAll('[data-filter-list] > li')).toHaveLength(Math.min(slugs.length, LISTING_PAGE_SIZE));
    expect([...listed].sort()).toEqual(slugs);
    if (pages.length > 1) {
      const links = pages[0]!.querySelectorAll('[data-pagination] a').map((a) => a.getAttribute('href'));
      expect(links).toContain('/voorbeelden/pagina/2/');
      expect(pages[1]!.querySelector('[data-pagination] a[aria-current="page"]')?.text).toContain('2');
    }
    expect(page('/voorbeelden/').querySelector('[data-filter-panel]')?.hasAttribute('hidden')).toBe(true);
    const fallback = page('/zoeken/').querySelector('[data-search-fallback]');
    expect(fallback?.querySelectorAll('a').length).toBeGreaterThan(5);
  });

  test('a facet value with more cases than fit on a page continues on …/pagina/2/, without search markup', () => {
    const counts = new Map<string, number>();
    for (const path of htmlPages()) {
      const match = /^\/(regio|sector|factor|type|doel|scenario)\/([a-z0-9-]+)\/pagina\/(\d+)\/$/.exec(path);
      if (match) counts.set(`/${match[1]}/${match[2]}/`, Math.max(counts.get(`/${match[1]}/${match[2]}/`) ?? 1, Number(match[3])));
    }
    for (const [base, last] of counts) {
      const listed = [page(base), ...Array.from({ length: last - 1 }, (_, i) => page(`${base}pagina/${i + 2}/`))].flatMap((root) => root.querySelectorAll('.case-list > li'));
      expect(listed.length, base).toBeGreaterThan((last - 1) * LISTING_PAGE_SIZE);
      expect(page(`${base}pagina/${last}/`).querySelector('[data-pagefind-body]'), base).toBeNull();
    }
  });

  /** The HTML of a list's page 1 and of every …/pagina/N/ after it. */
  const listPages = (base: string, size: number, total: number) => [page(base), ...Array.from({ length: Math.ceil(total / size) - 1 }, (_, i) => page(`${base}pagina/${i + 2}/`))];
  const dataset = () => JSON.parse(readFileSync(join(DIST, 'data', 'cases.json'), 'utf8')) as { cases: { slug: string; outcome: string; status: string; sources: unknown[] }[] };

  test('/lessen/ shows every case with lessons from failure once over its numbered pages', () => {
    const lessons = dataset().cases.filter((c) => c.outcome === 'werkt-niet' || c.outcome === 'gemengd' || c.status === 'gestopt').map((c) => c.slug);
    const pages = listPages('/lessen/', LESSON_PAGE_SIZE, lessons.length);
    const listed = pages.flatMap((root) => root.querySelectorAll('.lesson-list > li [data-slug]').map((card) => card.getAttribute('data-slug')));
    expect(listed.sort()).toEqual(lessons.sort());
    expect(pages[0]!.querySelectorAll('.lesson-list > li').length).toBeLessThanOrEqual(LESSON_PAGE_SIZE);
  });

  test('/bronnen/ numbers every source once over its numbered pages', () => {
    const pages = listPages('/bronnen/', SOURCE_PAGE_SIZE, 1);
    const total = Number(/Alle ([\d.]+) bron/.exec(pages[0]!.querySelector('.lead')!.text)![1]!.replace('.', ''));
    const all = listPages('/bronnen/', SOURCE_PAGE_SIZE, total);
    const numbers = all.flatMap((root) => {
      const list = root.querySelector('.bibliography')!;
      const start = Number(list.getAttribute('start') ?? 1);
      return list.querySelectorAll(':scope > li').map((_, i) => start + i);
    });
    expect(numbers).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });

  test('every case has its citation files and comparison data, written after the pages', () => {
    for (const slug of slugs) {
      for (const file of ['citeer.bib', 'citeer.ris', 'citeer.json']) expect(readFileSync(join(DIST, 'voorbeelden', slug, file), 'utf8').length, `${slug}/${file}`).toBeGreaterThan(50);
      expect((JSON.parse(readFileSync(join(DIST, 'voorbeelden', slug, 'vergelijk.json'), 'utf8')) as { slug: string }).slug).toBe(slug);
    }
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
