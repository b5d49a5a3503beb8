/**
 * The small script /bijdragen/ loads first. It shows the parts that need JavaScript, presets the
 * status and outcome of "Een experiment dat niet werkte", hides the name fields for an anonymous
 * contributor, and loads the form's checks and preview (the large part) only once the contributor
 * starts: on the first focus, tap or key in the form.
 */
import { applyCredit } from './contribute-credit';

let loading: Promise<void> | undefined;

/** Loads and starts the full form script, once. */
function loadForm(): Promise<void> {
  loading ??= import('./contribute-form').then((module) => module.startContributeForm());
  return loading;
}

/** Ticks a radio button of a group when none is ticked yet: a preset the contributor can change. */
function preset(form: HTMLFormElement, name: string, value: string): void {
  if (form.querySelector(`input[name="${name}"]:checked`)) return;
  const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  if (input) input.checked = true;
}

/** Starts the light part and waits for the contributor to begin. */
export function startContributeLoader(): void {
  const form = document.querySelector<HTMLFormElement>('[data-contribute-form]');
  if (!form) return;
  document.querySelectorAll<HTMLElement>('[data-no-js]').forEach((el) => (el.hidden = true));
  document.querySelectorAll<HTMLElement>('[data-js-only], [data-add-row]').forEach((el) => (el.hidden = false));

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'mode' && target.value === 'mislukt') {
      preset(form, 'outcome', 'werkt-niet');
      preset(form, 'status', 'gestopt');
    }
    if (target.name === 'credit') applyCredit(form);
  });
  for (const type of ['focusin', 'pointerdown', 'keydown']) form.addEventListener(type, () => void loadForm(), { once: true, passive: true });
  // A submit before the full script is there must not reload the page: wait for it, then submit again.
  form.addEventListener('submit', (event) => {
    if (form.dataset.formReady !== undefined) return;
    event.preventDefault();
    void loadForm().then(() => form.requestSubmit());
  });
  applyCredit(form);
}
