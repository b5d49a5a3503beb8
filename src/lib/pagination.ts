/**
 * Static pagination of long lists (all cases, the cases of a facet value): which slice a page
 * shows, its address, and the numbered links a reader sees. Pure; the pages and tests share it.
 */

/** Cards on one listing page: small enough that a page stays far under 500 KB at any catalogue size. */
export const LISTING_PAGE_SIZE = 48;

/** Cases on one page of /lessen/: each card carries its lessons too, so fewer per page. */
export const LESSON_PAGE_SIZE = 24;

/** Sources on one page of /bronnen/. */
export const SOURCE_PAGE_SIZE = 50;

/** Number of pages for `total` items; an empty list still has one page. */
export function pageCount(total: number, size: number = LISTING_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number, size: number = LISTING_PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The address of page `page` of a list at `basePath` (ends in /): page 1 is the list itself, then …/pagina/2/. */
export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}pagina/${page}/`;
}

/** Page numbers 2 … n, for getStaticPaths of the …/pagina/[page]/ routes. */
export function laterPages(total: number, size: number = LISTING_PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/** One entry in the row of numbered links: a page number, or a gap ("…") between two numbers. */
export type PageLink = { page: number; current: boolean } | { gap: true };

/**
 * The numbered links for page `current` of `count`: the first and last page, the current page
 * with `around` pages either side, and a gap where numbers are left out. A gap of one page shows
 * that page instead.
 */
export function pageLinks(current: number, count: number, around = 2): PageLink[] {
  const shown = new Set([1, count]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= count) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  pages.forEach((page, i) => {
    const previous = pages[i - 1];
    if (previous !== undefined && page - previous === 2) links.push({ page: page - 1, current: false });
    else if (previous !== undefined && page - previous > 2) links.push({ gap: true });
    links.push({ page, current: page === current });
  });
  return links;
}
