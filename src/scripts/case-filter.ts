/**
 * Enhances /voorbeelden/ and its later pages: filters the whole catalogue with the compact data
 * in filters.json, updates counts per value, and keeps the choice in the URL. Without a choice
 * the page shows its own server-rendered cards and page links; with one, the first PAGE_SIZE
 * matching cards ("Toon meer" adds the next ones), made from the card files they are in, so a
 * change of filter costs the same with 50 or 5,000 cases.
 */
import { bitFacetCounts, buildFacetBits, matchingIndices } from '../lib/filter-bits';
import { parseSelection, selectionSize, selectionToParams, type Selection } from '../lib/filter-cases';
import type { DecodedItem } from '../lib/filter-data';
import { plural } from '../lib/format';
import { LISTING_PAGE_SIZE } from '../lib/pagination';
import { cardFor, facetLabels } from './case-cards';
import { addComparePicks } from './compare-pick';
import { startFilterPresentation } from './filter-presentation';
import { loadListingData } from './listing-data';

/** How many matching cards are shown before "Toon meer". */
const PAGE_SIZE = LISTING_PAGE_SIZE;

/** Starts the filter panel; does nothing on pages without one. */
export async function startCaseFilter(): Promise<void> {
  const panel = document.querySelector<HTMLFormElement>('[data-filter-panel]');
  const list = document.querySelector<HTMLElement>('[data-filter-list]');
  const status = document.querySelector<HTMLElement>('[data-filter-status]');
  if (!panel || !list || !status) return;
  const more = document.querySelector<HTMLButtonElement>('[data-filter-more]');
  const pagination = document.querySelector<HTMLElement>('[data-pagination]');

  const listing = await loadListingData(panel.dataset.source ?? 'filters.json', list.dataset.cards ?? 'kaarten/');
  if (!listing) return;
  const { data, items } = listing;
  const labels = facetLabels(data);
  const allowed = Object.fromEntries(data.facets.map((f) => [f.param, f.values.map((v) => v.key)]));
  const order = data.facets.map((f) => f.param);
  const bits = buildFacetBits(items, order);
  const filtered = (selection: Selection) => matchingIndices(bits, selection).map((i) => items[i]!);
  // This page's own cards, shown again when no filter is chosen; they sit at positions first… of the data.
  const pageCards = [...list.querySelectorAll<HTMLElement>('[data-case]')];
  const pageStatus = status.textContent ?? '';
  const first = Number(list.dataset.first ?? 0);
  const built = new Map<number, HTMLElement>(pageCards.map((li, i) => [first + i, li]));
  const template = pageCards[0];
  const boxes = [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const countLabels = new Map<HTMLInputElement, { label: HTMLElement; item: HTMLElement; group: HTMLElement }>();
  for (const box of boxes) {
    const group = box.closest<HTMLElement>('[data-param]')!;
    countLabels.set(box, { label: group.querySelector<HTMLElement>(`[data-count-for="${box.value}"]`)!, item: box.closest('li')!, group });
  }

  const readForm = (): Selection => {
    const form = new URLSearchParams();
    for (const box of boxes) if (box.checked) form.append(box.name, box.value);
    return parseSelection(form, allowed);
  };

  let matching: DecodedItem[] = [];
  let limit = PAGE_SIZE;
  let filtering = false;
  // Each render gets a number; card files that arrive after a newer render are not shown.
  let latest = 0;

  // Cards are moved in and out of the list rather than hidden: styling thousands of hidden cards
  // on every change is what made filtering slow.
  const show = (wanted: readonly DecodedItem[]) => {
    const shown = wanted.map((item) => built.get(item.index)).filter((li): li is HTMLElement => li !== undefined);
    for (const li of shown) li.hidden = false;
    list.replaceChildren(...shown);
    if (more) {
      const left = matching.length - shown.length;
      more.hidden = left <= 0;
      more.textContent = `Toon meer voorbeelden (nog ${left})`;
    }
  };

  /** Puts the cards in the list: at once when they are all built, else after their card files came (a promise). */
  const renderCards = (): Promise<void> | undefined => {
    const run = ++latest;
    if (!filtering) {
      list.replaceChildren(...pageCards);
      if (more) more.hidden = true;
      if (pagination) pagination.hidden = false;
      return undefined;
    }
    if (pagination) pagination.hidden = true;
    const wanted = matching.slice(0, limit);
    const missing = wanted.filter((item) => !built.has(item.index));
    if (missing.length === 0 || !template) {
      show(wanted);
      return undefined;
    }
    return listing
      .cardTexts(missing.map((item) => item.index))
      .then((texts) =>
        missing.forEach((item, i) => {
          const li = cardFor(template, texts[i]!, item, labels);
          addComparePicks(li);
          built.set(item.index, li);
        }),
      )
      // Without the card files the cards already built are still shown.
      .catch(() => undefined)
      .then(() => {
        if (run === latest) show(wanted);
      });
  };

  /** Marks the panel busy (data-filter-busy) until the list is complete, so a test or the benchmark can wait for it. */
  const settle = (pending: Promise<void> | undefined): Promise<void> => {
    const run = latest;
    if (!pending) {
      delete panel.dataset.filterBusy;
      return Promise.resolve();
    }
    panel.dataset.filterBusy = '';
    return pending.then(() => {
      if (run === latest) delete panel.dataset.filterBusy;
    });
  };

  const render = (selection: Selection): Promise<void> => {
    filtering = selectionSize(selection) > 0;
    matching = filtering ? filtered(selection) : items;
    limit = PAGE_SIZE;
    const counts = bitFacetCounts(bits, selection);
    const ticked = new Map<HTMLElement, number>();
    for (const box of boxes) {
      const { label, item, group } = countLabels.get(box)!;
      const count = counts[box.name]?.[box.value] ?? 0;
      const text = box.checked ? '' : count === 0 ? '(0, geen resultaten)' : `(${count})`;
      if (label.textContent !== text) label.textContent = text;
      item.classList.toggle('is-empty', count === 0 && !box.checked);
      if (box.checked) ticked.set(group, (ticked.get(group) ?? 0) + 1);
    }
    for (const group of panel.querySelectorAll<HTMLElement>('[data-param]')) {
      const n = ticked.get(group) ?? 0;
      group.querySelector<HTMLElement>('[data-selected-count]')!.textContent = n ? `(${n} gekozen)` : '';
    }
    showState(selection, matching.length, (s) => matchingIndices(bits, s).length);
    status.textContent = filtering ? `${plural(matching.length, 'voorbeeld', 'voorbeelden')} van de ${items.length} gevonden` : pageStatus;
    return settle(renderCards());
  };

  const applyUrl = () => {
    const selection = parseSelection(new URLSearchParams(window.location.search), allowed);
    for (const box of boxes) box.checked = (selection[box.name] ?? []).includes(box.value);
    return render(selection);
  };

  const choose = (selection: Selection) => {
    const query = selectionToParams(selection, order).toString();
    history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    void render(selection);
  };
  const layout = panel.closest<HTMLElement>('[data-filter-layout]') ?? document.body;
  const showState = startFilterPresentation({
    layout,
    facets: data.facets.map((f) => ({ param: f.param, name: f.name, values: f.values })),
    apply: (selection) => {
      for (const box of boxes) box.checked = (selection[box.name] ?? []).includes(box.value);
      choose(selection);
    },
  });

  // On first use of the panel, fetch the card files of the whole catalogue in the background, so a
  // change of filter shows its cards without waiting for the network; a page view alone fetches none.
  let prefetched = false;
  const prefetch = () => {
    if (prefetched) return;
    prefetched = true;
    listing.prefetchCards();
  };
  for (const type of ['pointerdown', 'focusin', 'keydown', 'change']) panel.addEventListener(type, prefetch, { once: true, passive: true });
  layout.querySelector('[data-filter-toggle]')?.addEventListener('click', prefetch, { once: true });

  panel.addEventListener('change', () => choose(readForm()));
  panel.addEventListener('reset', (event) => {
    event.preventDefault();
    for (const box of boxes) box.checked = false;
    history.pushState(null, '', window.location.pathname);
    void render({});
  });
  panel.addEventListener('submit', (event) => event.preventDefault());
  more?.addEventListener('click', async () => {
    const start = limit;
    limit += PAGE_SIZE;
    await settle(renderCards());
    // Keyboard users continue at the first newly shown card.
    list.children[start]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  window.addEventListener('popstate', () => void applyUrl());

  panel.hidden = false;
  document.querySelector<HTMLElement>('[data-filter-fallback]')?.setAttribute('hidden', '');
  await applyUrl();
  panel.dataset.filterReady = '';
}
