/**
 * Enhances /zoeken/: full-text search with Pagefind, filters as checkboxes with live counts, and
 * the whole state in the URL (shareable, restored on back/forward). Without JavaScript the page
 * shows ways to browse instead.
 */
import { filterFacets } from '../data/filter-facets';
import { parseSelection, selectionSize, selectionToParams, toPagefindFilters, type Selection } from '../lib/filter-cases';
import { plural } from '../lib/format';
import { suggestionCandidates } from '../lib/filter-summary';
import { startFilterPresentation } from './filter-presentation';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  debouncedSearch: (query: string | null, options?: Record<string, unknown>, ms?: number) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 20;
const allowed = Object.fromEntries(filterFacets.map((f) => [f.param, f.vocabulary.terms.map((t) => t.key)]));
const order = filterFacets.map((f) => f.param);
const facetLabels = filterFacets.map((f) => ({ param: f.param, name: f.vocabulary.plural, values: f.vocabulary.terms }));
/** Pagefind filter that tells cases from the pages that explain a term: cases are listed first. */
const CASES_ONLY = { soort: { any: ['voorbeeld'] } };
const EXPLANATIONS_ONLY = { soort: { any: ['uitleg'] } };

/** Reads query, selection and sort from the current URL. */
function readState(): { query: string; selection: Selection; sort: string } {
  const params = new URLSearchParams(window.location.search);
  return { query: params.get('q') ?? '', selection: parseSelection(params, allowed), sort: params.get('sorteer') === 'gecontroleerd' ? 'gecontroleerd' : '' };
}

/** Escapes text for use in HTML. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Pagefind's excerpt is escaped text with <mark> around hits; keep only those tags. */
function safeExcerpt(excerpt: string): string {
  return escapeHtml(excerpt.replace(/<\/?mark>/g, '\u0001')).replace(/\u0001([^\u0001]*)\u0001/g, '<mark>$1</mark>').replace(/\u0001/g, '');
}

/** Starts the search page; does nothing on pages without it. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('[data-sort]')!;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const list = form.querySelector<HTMLOListElement>('[data-results]')!;
  const more = form.querySelector<HTMLButtonElement>('[data-more]')!;
  const clear = form.querySelector<HTMLButtonElement>('[data-clear]')!;
  const show = startFilterPresentation({
    layout: form.querySelector<HTMLElement>('[data-filter-layout]')!,
    facets: facetLabels,
    apply: (selection) => {
      for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = (selection[box.name] ?? []).includes(box.value);
      writeUrl('push');
      void search();
    },
  });
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

  form.querySelector<HTMLElement>('[data-search-fallback]')!.hidden = true;
  form.querySelector<HTMLElement>('[data-search-ui]')!.hidden = false;

  let pagefind: Pagefind | undefined;
  let shown = 0;
  let current: PagefindSearch | null = null;
  let run = 0;

  const loadPagefind = async (): Promise<Pagefind> => {
    if (!pagefind) {
      pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base, excerptLength: 24 });
      await pagefind.init();
      // Pagefind counts filter values only for filter data it has loaded: without this first call,
      // a search that arrives with ?q= (header box, shared link) reads "(geen resultaten)" everywhere.
      await pagefind.filters();
    }
    return pagefind;
  };

  const selectionFromForm = (): Selection => {
    const params = new URLSearchParams();
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) params.append(box.name, box.value);
    return parseSelection(params, allowed);
  };

  const headerInput = document.querySelector<HTMLInputElement>('#site-search-q');
  const applyStateToForm = (state: ReturnType<typeof readState>) => {
    input.value = state.query;
    if (headerInput) headerInput.value = state.query;
    sort.value = state.sort;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = (state.selection[box.name] ?? []).includes(box.value);
  };

  const writeUrl = (mode: 'push' | 'replace') => {
    const params = selectionToParams(selectionFromForm(), order, input.value);
    if (sort.value) params.set('sorteer', sort.value);
    const query = params.toString();
    const target = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (target === `${window.location.pathname}${window.location.search}`) return;
    if (mode === 'push') history.pushState(null, '', target);
    else history.replaceState(null, '', target);
  };

  const updateCounts = (filters: Record<string, Record<string, number>>) => {
    for (const group of form.querySelectorAll<HTMLElement>('[data-param]')) {
      const param = group.dataset.param!;
      let ticked = 0;
      for (const box of group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
        const count = filters[param]?.[box.value] ?? 0;
        const label = group.querySelector<HTMLElement>(`[data-count-for="${box.value}"]`)!;
        label.textContent = box.checked ? '' : count === 0 ? '(geen resultaten)' : `(${count})`;
        box.closest('li')!.classList.toggle('is-empty', count === 0 && !box.checked);
        if (box.checked) ticked += 1;
      }
      group.querySelector<HTMLElement>('[data-selected-count]')!.textContent = ticked ? `(${ticked} gekozen)` : '';
    }
  };

  const renderMore = async () => {
    if (!current) return;
    const slice = current.results.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(slice.map((r) => r.data()));
    for (const data of items) {
      const li = document.createElement('li');
      const outcome = data.meta.outcome;
      const kind = data.meta.kind && data.meta.kind !== 'voorbeeld' ? `<p class="muted">Uitleg bij ${escapeHtml(data.meta.kind.toLowerCase())}</p>` : '';
      li.innerHTML =
        `<h2><a href="${escapeHtml(data.url)}">${escapeHtml(data.meta.title ?? data.url)}</a></h2>` +
        kind +
        (data.meta.summary ? `<p>${escapeHtml(data.meta.summary)}</p>` : '') +
        (outcome
          ? `<p><span class="badge badge--${escapeHtml(outcome)}"><span class="visually-hidden">Uitkomst: </span>${escapeHtml(data.meta.outcomeLabel ?? outcome)}</span>` +
            (data.meta.evidence ? ` <span class="evidence-note">${escapeHtml(data.meta.evidence)}</span>` : '') +
            (data.meta.provinces ? ` <span class="muted">${escapeHtml(data.meta.provinces)}</span>` : '') +
            '</p>'
          : '') +
        `<p class="muted">…${safeExcerpt(data.excerpt)}…</p>`;
      list.append(li);
    }
    shown += slice.length;
    more.hidden = shown >= current.results.length;
  };

  const search = async () => {
    const thisRun = ++run;
    const query = input.value.trim();
    const selection = selectionFromForm();
    if (!query && selectionSize(selection) === 0) {
      show(selection, 1);
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Typ een zoekwoord of kies een filter.';
      const pf = await loadPagefind();
      const totals = await pf.filters();
      // A search typed meanwhile has the newer counts: do not overwrite them with the totals.
      if (thisRun === run) updateCounts(totals);
      return;
    }
    status.textContent = 'Bezig met zoeken…';
    const pf = await loadPagefind();
    const options = (filters: Record<string, unknown>): Record<string, unknown> => ({
      filters,
      ...(sort.value === 'gecontroleerd' ? { sort: { reviewed: 'desc' } } : {}),
    });
    const filters = toPagefindFilters(selection);
    // Cases first, then (only without filters) the pages that explain a term: a glossary page
    // never outranks the cases it explains.
    const [cases, explanations] = await Promise.all([
      pf.search(query || null, options({ ...filters, ...CASES_ONLY })),
      query && selectionSize(selection) === 0 ? pf.search(query, options(EXPLANATIONS_ONLY)) : Promise.resolve(null),
    ]);
    if (thisRun !== run || !cases) return;
    const result: PagefindSearch = { ...cases, results: [...cases.results, ...(explanations?.results ?? [])] };
    current = result;
    shown = 0;
    list.replaceChildren();
    updateCounts(result.filters);
    await renderMore();
    const count = result.results.length;
    status.textContent = count === 0 ? 'Geen resultaten.' : `${plural(count, 'resultaat', 'resultaten')}`;
    let counts = new Map<string, number>();
    if (count === 0 && selectionSize(selection) > 0) {
      const candidates = suggestionCandidates(selection, facetLabels);
      const found = await Promise.all(candidates.map((c) => pf.search(query || null, { filters: { ...toPagefindFilters(c), ...CASES_ONLY } })));
      if (thisRun !== run) return;
      counts = new Map(candidates.map((c, i) => [JSON.stringify(c), found[i]?.results.length ?? 0]));
    }
    show(selection, count, (s) => counts.get(JSON.stringify(s)) ?? 0);
  };

  let typingTimer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => {
      writeUrl('replace');
      void search();
    }, 250);
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    writeUrl('push');
    void search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl('push');
    void search();
  });
  more.addEventListener('click', () => void renderMore());
  clear.addEventListener('click', () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    writeUrl('push');
    void search();
  });
  window.addEventListener('popstate', () => {
    applyStateToForm(readState());
    void search();
  });

  applyStateToForm(readState());
  void search();
}
