/** The credit choice on /bijdragen/, shared by the light loader and the full form script. */

/** Shows or hides the name fields after the credit choice ("met naam", "sector en regio", "anoniem"). */
export function applyCredit(form: HTMLFormElement): void {
  const named = (form.querySelector<HTMLInputElement>('input[name="credit"]:checked')?.value ?? 'naam') === 'naam';
  for (const element of form.querySelectorAll<HTMLElement>('[data-credit-named]')) {
    element.hidden = !named;
    for (const control of element.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) control.disabled = !named;
  }
}
