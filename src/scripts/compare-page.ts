/**
 * Enhances /vergelijk/: reads the chosen cases from the URL (?v=a&v=b), fetches their small JSON
 * files and shows them side by side. Changing the choice updates the URL.
 */
import { COMPARE_MAX, compareCountText, isDifferentRow, parseCompareSlugs, type CompareCase } from '../lib/compare';

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '<span class="muted">—</span>');

/** Starts the compare page; does nothing elsewhere. */
export async function startComparePage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
  const result = document.querySelector<HTMLElement>('[data-compare-result]');
  const table = document.querySelector<HTMLTableElement>('[data-compare-table]');
  const count = document.querySelector<HTMLElement>('[data-compare-count]');
  const stack = document.querySelector<HTMLElement>('[data-compare-stack]');
  const onlyDiff = document.querySelector<HTMLInputElement>('[data-compare-only-diff]');
  if (!form || !result || !table || !count || !stack) return;
  startChooserSearch(form);
  onlyDiff?.addEventListener('change', () => result.classList.toggle('compare-only-differences', onlyDiff.checked));
  const base = form.dataset.source!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="v"]')];
  const known = new Set(boxes.map((b) => b.value));
  const cache = new Map<string, Promise<CompareCase>>();
  const load = (slug: string) => {
    if (!cache.has(slug)) cache.set(slug, fetch(`${base}${slug}/vergelijk.json`).then((r) => r.json() as Promise<CompareCase>));
    return cache.get(slug)!;
  };

  const render = async (slugs: string[]) => {
    for (const box of boxes) {
      box.checked = slugs.includes(box.value);
      box.disabled = !box.checked && slugs.length >= COMPARE_MAX;
    }
    count.textContent = compareCountText(slugs.length);
    try {
      window.localStorage.setItem('praktijkbank-vergelijk', JSON.stringify(slugs));
    } catch {
      // No storage: the choice lives in the address only.
    }
    if (slugs.length < 2) {
      result.hidden = true;
      return;
    }
    const cases = await Promise.all(slugs.map(load));
    const rows: [string, (c: CompareCase) => string][] = [
      ['Samenvatting', (c) => escapeHtml(c.summary)],
      ['Uitkomst en bewijs', (c) => escapeHtml(c.outcome)],
      ['Status', (c) => escapeHtml(c.status)],
      ['Omvang', (c) => list(c.scale.map(escapeHtml))],
      ['Wat het kostte', (c) => list(c.effort.map(escapeHtml))],
      ['Gemeten resultaten', (c) => list(c.results.map(escapeHtml))],
      ['Navragen bij', (c) => (c.contact ? `<a href="${escapeHtml(c.contact.url)}" rel="noopener noreferrer">${escapeHtml(c.contact.organisation)}</a>` : '<span class="muted">—</span>')],
      ...cases[0]!.facets.map((f, i): [string, (c: CompareCase) => string] => [f.name, (c) => list(c.facets[i]!.values.map(escapeHtml))]),
      ['Waarom gestopt', (c) => (c.stopReason ? escapeHtml(c.stopReason) : '<span class="muted">—</span>')],
      ['Geleerde lessen', (c) => list(c.lessons.map(escapeHtml))],
      [
        'Navolging',
        (c) => {
          const links = (cases: { slug: string; title: string }[]) => cases.map((o) => `<a href="${base}${escapeHtml(o.slug)}/">${escapeHtml(o.title)}</a>`).join(', ');
          const parts = [
            c.navolging.basedOn.length ? `Gebaseerd op ${links(c.navolging.basedOn)}` : '',
            c.navolging.followedBy.length ? `Nagevolgd in ${links(c.navolging.followedBy)}` : '',
          ].filter(Boolean);
          return list(parts);
        },
      ],
      ['Bronnen', (c) => list(c.sources.map((s) => (s.url ? `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.title)}</a>` : escapeHtml(s.title))))],
    ];
    const cells = rows.map(([, cell]) => cases.map(cell));
    const differs = cells.map((row) => isDifferentRow(row));
    const mark = (i: number) => (differs[i] ? ' <span class="visually-hidden">(verschilt)</span>' : '');
    table.innerHTML =
      `<caption class="visually-hidden">Vergelijking van ${cases.length} voorbeelden</caption>` +
      `<thead><tr><td></td>${cases.map((c) => `<th scope="col"><a href="${base}${escapeHtml(c.slug)}/">${escapeHtml(c.title)}</a></th>`).join('')}</tr></thead>` +
      `<tbody>${rows
        .map(([name], i) => `<tr class="${differs[i] ? 'is-different' : 'is-same'}"><th scope="row">${escapeHtml(name)}${mark(i)}</th>${cells[i]!.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
        .join('')}</tbody>`;
    // The same comparison, one case after the other, for narrow screens.
    stack.innerHTML = cases
      .map(
        (c, column) =>
          `<article><h3><a href="${base}${escapeHtml(c.slug)}/">${escapeHtml(c.title)}</a></h3><dl>${rows
            .map(([name], i) => `<div class="${differs[i] ? 'is-different' : 'is-same'}"><dt>${escapeHtml(name)}${mark(i)}</dt><dd>${cells[i]![column]}</dd></div>`)
            .join('')}</dl></article>`,
      )
      .join('');
    result.hidden = false;
  };

  const fromUrl = () => parseCompareSlugs(new URLSearchParams(window.location.search), known);
  form.addEventListener('change', () => {
    const slugs = boxes.filter((b) => b.checked).map((b) => b.value).slice(0, 4);
    const params = new URLSearchParams(slugs.map((s) => ['v', s]));
    history.pushState(null, '', `${window.location.pathname}${slugs.length ? `?${params}` : ''}`);
    void render(slugs);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    document.querySelector<HTMLElement>('#vergelijking-titel')?.scrollIntoView();
  });
  window.addEventListener('popstate', () => void render(fromUrl()));
  await render(fromUrl());
}

/** The search box above the chooser: shows only the cases whose title has every typed word. */
function startChooserSearch(form: HTMLFormElement): void {
  const box = form.querySelector<HTMLElement>('[data-compare-search]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const counter = form.querySelector<HTMLElement>('[data-compare-search-count]');
  if (!box || !input || !counter) return;
  box.hidden = false;
  const items = [...form.querySelectorAll<HTMLLIElement>('.compare-choices li')].map((li) => ({ li, text: (li.textContent ?? '').toLocaleLowerCase('nl') }));
  input.addEventListener('input', () => {
    const words = input.value.toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const match = words.every((w) => item.text.includes(w)) || item.li.querySelector<HTMLInputElement>('input')!.checked;
      item.li.hidden = !match;
      if (match) shown += 1;
    }
    counter.textContent = words.length ? `${shown} van de ${items.length} voorbeelden` : '';
  });
}
