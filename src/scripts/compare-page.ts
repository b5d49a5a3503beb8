/**
 * Enhances /vergelijk/: reads the chosen cases from the URL (?v=a&v=b), fetches their small JSON
 * files and shows them side by side. Changing the choice updates the URL.
 */
import { parseCompareSlugs, type CompareCase } from '../lib/compare';

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '<span class="muted">—</span>');

/** Starts the compare page; does nothing elsewhere. */
export async function startComparePage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
  const result = document.querySelector<HTMLElement>('[data-compare-result]');
  const table = document.querySelector<HTMLTableElement>('[data-compare-table]');
  const count = document.querySelector<HTMLElement>('[data-compare-count]');
  if (!form || !result || !table || !count) return;
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
      box.disabled = !box.checked && slugs.length >= 4;
    }
    count.textContent = slugs.length === 0 ? 'Nog niets gekozen.' : `${slugs.length} van de maximaal 4 gekozen${slugs.length < 2 ? '; kies er nog minstens één.' : '.'}`;
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
      ['Bronnen', (c) => list(c.sources.map((s) => (s.url ? `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.title)}</a>` : escapeHtml(s.title))))],
    ];
    table.innerHTML =
      `<caption class="visually-hidden">Vergelijking van ${cases.length} voorbeelden</caption>` +
      `<thead><tr><td></td>${cases.map((c) => `<th scope="col"><a href="${base}${escapeHtml(c.slug)}/">${escapeHtml(c.title)}</a></th>`).join('')}</tr></thead>` +
      `<tbody>${rows.map(([name, cell]) => `<tr><th scope="row">${escapeHtml(name)}</th>${cases.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('')}</tbody>`;
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
