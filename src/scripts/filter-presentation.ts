/**
 * The presentation of a filter choice, shared by /voorbeelden/ and /zoeken/: the compact
 * "Filters (n actief)" control that opens the panel on a phone, the active filters as removable
 * chips, and the way out of an empty result. The pages own the filtering; this only shows it.
 */
import { activeFilters, emptyResultSuggestions, filterToggleLabel, suggestionText, withValue, withoutValue, type FacetLabels } from '../lib/filter-summary';
import type { Selection } from '../lib/filter-cases';

/** What a page gives the presentation. */
export interface FilterPresentationOptions {
  /** The element with the grid (data-filter-layout); gets `is-open` when the phone panel is open. */
  layout: HTMLElement;
  facets: readonly FacetLabels[];
  /** Called with the new selection when a chip or a suggestion changes it. */
  apply: (selection: Selection) => void;
}

/** Updates the control, the chips and the empty-result message; returned by startFilterPresentation. */
export type ShowFilterState = (selection: Selection, resultCount: number, countFor?: (selection: Selection) => number) => void;

/** Wires the control and returns the function that shows a state. */
export function startFilterPresentation({ layout, facets, apply }: FilterPresentationOptions): ShowFilterState {
  const toggle = layout.querySelector<HTMLButtonElement>('[data-filter-toggle]');
  const chipsBox = layout.querySelector<HTMLElement>('[data-active-filters]');
  const chips = layout.querySelector<HTMLElement>('[data-filter-chips]');
  const empty = layout.querySelector<HTMLElement>('[data-filter-empty]');
  const suggestions = layout.querySelector<HTMLElement>('[data-filter-suggestions]');

  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      layout.classList.toggle('is-open', open);
      if (open) document.getElementById(toggle.getAttribute('aria-controls') ?? '')?.querySelector<HTMLElement>('input, summary')?.focus();
    });
  }

  const chip = (label: string, facet: string, onClick: () => void): HTMLLIElement => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'filter-chip';
    button.setAttribute('aria-label', `Filter ${label} (${facet.toLowerCase()}) weghalen`);
    const facetSpan = document.createElement('span');
    facetSpan.className = 'filter-chip__facet';
    facetSpan.textContent = `${facet}:`;
    const x = document.createElement('span');
    x.className = 'filter-chip__x';
    x.setAttribute('aria-hidden', 'true');
    x.textContent = '×';
    button.append(facetSpan, ` ${label} `, x);
    button.addEventListener('click', onClick);
    li.append(button);
    return li;
  };

  return (selection, resultCount, countFor) => {
    const active = activeFilters(selection, facets);
    if (toggle) toggle.textContent = filterToggleLabel(active.length);
    if (chips && chipsBox) {
      chips.replaceChildren(...active.map((f) => chip(f.label, f.facet, () => apply(withoutValue(selection, f.param, f.value)))));
      chipsBox.hidden = active.length === 0;
    }
    if (empty && suggestions) {
      empty.hidden = resultCount > 0;
      if (resultCount === 0) {
        const ways = countFor ? emptyResultSuggestions(selection, facets, countFor) : [];
        suggestions.replaceChildren(
          ...ways.map((way) => {
            const li = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'filter-suggestion';
            button.textContent = suggestionText(way);
            const next = (way.action === 'weghalen' ? withoutValue : withValue)(selection, way.filter.param, way.filter.value);
            button.addEventListener('click', () => apply(next));
            li.append(button);
            return li;
          }),
        );
        suggestions.hidden = ways.length === 0;
      }
    }
  };
}
