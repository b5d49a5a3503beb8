/**
 * Enhances /voorbeelden/: filters the server-rendered cards with the data the build wrote to
 * filters.json, updates counts per value, and keeps the choice in the URL.
 */
import { facetCounts, filterItems, parseSelection, selectionSize, selectionToParams, type Selection } from '../lib/filter-cases';
import type { FilterData } from '../lib/filter-data';
import { plural } from '../lib/format';

/** Starts the filter panel; does nothing on pages without one. */
export async function startCaseFilter(): Promise<void> {
  const panel = document.querySelector<HTMLFormElement>('[data-filter-panel]');
  const list = document.querySelector<HTMLElement>('[data-filter-list]');
  const status = document.querySelector<HTMLElement>('[data-filter-status]');
  if (!panel || !list || !status) return;
  const empty = document.querySelector<HTMLElement>('[data-filter-empty]');

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

  const render = (selection: Selection) => {
    const visible = new Set(filterItems(data.items, selection).map((item) => item.slug));
    for (const [slug, li] of cards) {
      const hide = !visible.has(slug);
      if (li.hidden !== hide) li.hidden = hide;
    }
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
    if (empty) empty.hidden = visible.size > 0;
    status.textContent =
      selectionSize(selection) === 0 ? `${plural(total, 'voorbeeld', 'voorbeelden')}` : `${plural(visible.size, 'voorbeeld', 'voorbeelden')} van de ${total} gevonden`;
  };

  const applyUrl = () => {
    const selection = parseSelection(new URLSearchParams(window.location.search), allowed);
    for (const box of boxes) box.checked = (selection[box.name] ?? []).includes(box.value);
    render(selection);
  };

  panel.addEventListener('change', () => {
    const selection = readForm();
    const query = selectionToParams(selection, order).toString();
    history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    render(selection);
  });
  panel.addEventListener('reset', (event) => {
    event.preventDefault();
    for (const box of boxes) box.checked = false;
    history.pushState(null, '', window.location.pathname);
    render({});
  });
  panel.addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('popstate', applyUrl);

  panel.hidden = false;
  applyUrl();
  panel.dataset.filterReady = '';
}
