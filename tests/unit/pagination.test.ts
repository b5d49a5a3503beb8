import { describe, expect, test } from 'vitest';
import { laterPages, pageCount, pageLinks, pagePath, pageSlice, type PageLink } from '../../src/lib/pagination';

/** The links as a reader sees them: "[3]" is the current page, "…" a gap. */
const render = (links: PageLink[]) => links.map((link) => ('gap' in link ? '…' : link.current ? `[${link.page}]` : String(link.page))).join(' ');

describe('pageLinks', () => {
  test.each([
    // one page: only itself
    [1, 1, '[1]'],
    // few pages: all of them
    [2, 5, '1 [2] 3 4 5'],
    // at the start of many pages
    [1, 105, '[1] 2 3 … 105'],
    // in the middle: first, two either side, last
    [50, 105, '1 … 48 49 [50] 51 52 … 105'],
    // a gap of one page shows the page instead of "…"
    [5, 105, '1 2 3 4 [5] 6 7 … 105'],
    // at the end
    [105, 105, '1 … 103 104 [105]'],
  ])('page %i of %i: %s', (current, count, expected) => {
    expect(render(pageLinks(current, count))).toBe(expected);
  });
});

describe('pages of a list', () => {
  test.each([
    [0, 1],
    [48, 1],
    [49, 2],
    [5000, 105],
  ])('%i items take %i pages of 48', (total, pages) => {
    expect(pageCount(total)).toBe(pages);
    expect(laterPages(total)).toHaveLength(pages - 1);
  });

  test('page 1 is the list itself, later pages are under pagina/', () => {
    expect(pagePath('/voorbeelden/', 1)).toBe('/voorbeelden/');
    expect(pagePath('/regio/groningen/', 3)).toBe('/regio/groningen/pagina/3/');
  });

  test('every item is on exactly one page, in order', () => {
    const items = Array.from({ length: 101 }, (_, i) => i);
    const pages = [1, ...laterPages(items.length)].map((page) => pageSlice(items, page));
    expect(pages.map((p) => p.length)).toEqual([48, 48, 5]);
    expect(pages.flat()).toEqual(items);
  });
});
