/**
 * Enhances /voorbeelden/: filters the server-rendered cards with the data the build wrote to
 * filters.json, updates counts per value, and keeps the choice in the URL. Only the first
 * PAGE_SIZE matching cards are in the document at a time ("Toon meer" adds the next ones), so a
 * change of filter costs the same with 50 or 5,000 cases.
 */
import { facetCounts, filterItems, parseSelection, selectionSize, selectionToParams, type Selection } from '../lib/filter-cases';
import type { FilterData } from '../lib/filter-data';
import { plural } from '../lib/format';
import { startFilterPresentation } from './filter-presentation';

/** How many matching cards are shown before "Toon meer". */
const PAGE_SIZE = 60;

/** Starts the filter panel; does nothing on pages without one. */
export async function startCaseFilter(): Promise<void> {
  const panel = document.querySelector<HTMLFormElement>('[data-filter-panel]');
  const list = document.querySelector<HTMLElement>('[data-filter-list]');
  const status = document.querySelector<HTMLElement>('[data-filter-status]');
  if (!panel || !list || !status) return;
  const more = document.querySelector<HTMLButtonElement>('[data-filter-more]');

  const response = await fetch(panel.dataset.source ?? 'filters.json');
  if (!response.ok) return;
  const data = (await response.json()) as FilterData;
  const allowed = Object.fromEntries(data.facets.map((f) => [f.param, f.values.map((v) => v.key)]));
  const order = data.facets.map((f) => f.param);
  const params = data.facets.map((f) => f.param);
  const cards = new Map<string, HTMLElement>();
  for (const li of list.querySelectorAll<HTMLElement>('[data-case]')) cards.set(li.dataset.case!, li);
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

  let matching: string[] = [];
  let limit = PAGE_SIZE;
  // Cards are moved in and out of the list rather than hidden: styling thousands of hidden cards
  // on every change is what made filtering slow.
  const renderCards = () => {
    const shown = matching.slice(0, limit).map((slug) => cards.get(slug)!);
    for (const li of shown) li.hidden = false;
    list.replaceChildren(...shown);
    if (more) {
      const left = matching.length - shown.length;
      more.hidden = left <= 0;
      more.textContent = `Toon meer voorbeelden (nog ${left})`;
    }
  };

  const render = (selection: Selection) => {
    matching = filterItems(data.items, selection).map((item) => item.slug);
    limit = PAGE_SIZE;
    renderCards();
    const counts = facetCounts(data.items, selection, params);
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
    const total = data.items.length;
    show(selection, matching.length, (s) => filterItems(data.items, s).length);
    status.textContent =
      selectionSize(selection) === 0 ? `${plural(total, 'voorbeeld', 'voorbeelden')}` : `${plural(matching.length, 'voorbeeld', 'voorbeelden')} van de ${total} gevonden`;
  };

  const applyUrl = () => {
    const selection = parseSelection(new URLSearchParams(window.location.search), allowed);
    for (const box of boxes) box.checked = (selection[box.name] ?? []).includes(box.value);
    render(selection);
  };

  const choose = (selection: Selection) => {
    const query = selectionToParams(selection, order).toString();
    history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    render(selection);
  };
  const layout = panel.closest<HTMLElement>('[data-filter-layout]') ?? document.body;
  const show = startFilterPresentation({
    layout,
    facets: data.facets.map((f) => ({ param: f.param, name: f.name, values: f.values })),
    apply: (selection) => {
      for (const box of boxes) box.checked = (selection[box.name] ?? []).includes(box.value);
      choose(selection);
    },
  });

  panel.addEventListener('change', () => choose(readForm()));
  panel.addEventListener('reset', (event) => {
    event.preventDefault();
    for (const box of boxes) box.checked = false;
    history.pushState(null, '', window.location.pathname);
    render({});
  });
  panel.addEventListener('submit', (event) => event.preventDefault());
  more?.addEventListener('click', () => {
    const first = limit;
    limit += PAGE_SIZE;
    renderCards();
    // Keyboard users continue at the first newly shown card.
    list.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  window.addEventListener('popstate', applyUrl);

  panel.hidden = false;
  document.querySelector<HTMLElement>('[data-filter-fallback]')?.setAttribute('hidden', '');
  applyUrl();
  panel.dataset.filterReady = '';
}
