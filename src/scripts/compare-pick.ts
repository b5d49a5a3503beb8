/**
 * "Vergelijk" on cards and case pages: a checkbox per case that keeps the reader's choice (at
 * most four) in this browser, and a bar at the bottom of the window that leads to /vergelijk/
 * with the chosen cases. Without JavaScript the case page links to /vergelijk/ with that case.
 */
import { COMPARE_MAX, compareHref, parseStoredChoice, toggleCompareChoice } from '../lib/compare-choice';
import { url } from '../lib/url';

const KEY = 'praktijkbank-vergelijk';
let started = false;
/** Adds the checkbox to the slots inside an element; set once the bar exists. */
let addPicks: ((root: ParentNode) => void) | undefined;

function readChoice(): string[] {
  try {
    return parseStoredChoice(window.localStorage.getItem(KEY));
  } catch {
    return [];
  }
}

function writeChoice(chosen: readonly string[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(chosen));
  } catch {
    // Storage refused (private mode): the choice lasts as long as the page.
  }
}

/** Adds the checkboxes and the bar, once per page (cards and the case page both ask). */
export function startComparePicks(): void {
  if (started) return;
  started = true;
  const comparePath = url('/vergelijk/');
  if (!document.querySelector('[data-compare-slug]')) return;
  let chosen = readChoice();

  const tray = document.createElement('div');
  tray.className = 'compare-tray';
  tray.setAttribute('role', 'region');
  tray.setAttribute('aria-label', 'Vergelijken');
  const trayText = document.createElement('p');
  trayText.className = 'compare-tray__text';
  trayText.setAttribute('aria-live', 'polite');
  const go = document.createElement('a');
  go.className = 'button';
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'button button--secondary';
  clear.textContent = 'Wis keuze';
  tray.append(trayText, go, clear);
  document.body.append(tray);

  const boxes: HTMLInputElement[] = [];
  const render = (message?: string) => {
    for (const box of boxes) box.checked = chosen.includes(box.value);
    tray.hidden = chosen.length === 0 && !message;
    trayText.textContent = message ?? `${chosen.length} van de ${COMPARE_MAX} gekozen om te vergelijken.`;
    go.textContent = chosen.length < 2 ? 'Kies er nog een' : `Vergelijk ${chosen.length} voorbeelden`;
    go.href = compareHref(comparePath, chosen);
    go.toggleAttribute('aria-disabled', chosen.length < 2);
    go.hidden = chosen.length < 2;
    document.body.classList.toggle('has-compare-tray', !tray.hidden);
  };

  const addPick = (slot: HTMLElement) => {
    const slug = slot.dataset.compareSlug!;
    const label = document.createElement('label');
    label.className = 'compare-pick';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = slug;
    box.addEventListener('change', () => {
      const next = toggleCompareChoice(chosen, slug);
      if (next.refused) {
        box.checked = false;
        render(`U vergelijkt al ${COMPARE_MAX} voorbeelden. Haal er eerst een weg.`);
        return;
      }
      chosen = next.chosen;
      writeChoice(chosen);
      render();
    });
    boxes.push(box);
    label.append(box, ' Vergelijk');
    slot.replaceChildren(label);
    box.checked = chosen.includes(slug);
  };
  addPicks = (root) => {
    for (const slot of root.querySelectorAll<HTMLElement>('[data-compare-slug]')) addPick(slot);
  };
  addPicks(document);
  clear.addEventListener('click', () => {
    chosen = [];
    writeChoice(chosen);
    render();
  });
  // Another tab changed the choice.
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY) return;
    chosen = readChoice();
    render();
  });
  render();
}

/** Gives the cards the browser made after the start (filtered listings) their own checkbox. */
export function addComparePicks(root: ParentNode): void {
  addPicks?.(root);
}
