/**
 * Makes a case card in the browser from a server-rendered one (CaseCard.astro) used as a
 * template, so the markup and its styles stay in one place: the link, the summary, the facet
 * labels and the outcome badge are filled in from the listing data.
 */
import type { CardText, DecodedItem, FilterData } from '../lib/filter-data';
import { listToText } from '../lib/format';

/** Labels per facet parameter and key, from filters.json. */
export type FacetLabels = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The labels of every facet value in the filter data. */
export function facetLabels(data: FilterData): FacetLabels {
  return new Map(data.facets.map((facet) => [facet.param, new Map(facet.values.map((v) => [v.key, v.label]))]));
}

/** A copy of `template` (an <li data-case> with a card) for another case. */
export function cardFor(template: HTMLElement, text: CardText, item: DecodedItem, labels: FacetLabels): HTMLElement {
  const li = template.cloneNode(true) as HTMLElement;
  li.hidden = false;
  li.dataset.case = text.slug;
  const article = li.querySelector<HTMLElement>('[data-slug]');
  if (article) article.dataset.slug = text.slug;
  // The "Vergelijk" checkbox is the template's: case-filter adds this card's own.
  const compare = li.querySelector<HTMLElement>('[data-compare-slug]');
  if (compare) {
    compare.dataset.compareSlug = text.slug;
    compare.replaceChildren();
  }
  const link = li.querySelector<HTMLAnchorElement>('[data-card-link]')!;
  link.href = link.getAttribute('href')!.replace(/[^/]+\/$/, `${text.slug}/`);
  link.textContent = text.title;
  li.querySelector('[data-card-summary]')!.textContent = text.summary;
  const status = li.querySelector('[data-card-status]');
  if (status) status.textContent = text.status;
  const evidence = li.querySelector('[data-card-evidence]');
  if (evidence) evidence.textContent = text.evidence;
  const label = (param: string) => (item.values[param] ?? []).map((key) => labels.get(param)?.get(key) ?? key);
  for (const dd of li.querySelectorAll<HTMLElement>('[data-card-facet]')) dd.textContent = listToText(label(dd.dataset.cardFacet!));
  const badge = li.querySelector<HTMLElement>('.badge');
  const outcome = item.values.uitkomst?.[0];
  if (badge && outcome) {
    badge.className = `badge badge--${outcome}`;
    badge.lastChild!.textContent = label('uitkomst')[0] ?? outcome;
  }
  return li;
}
