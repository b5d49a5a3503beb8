/**
 * Enhances "Citeer dit voorbeeld": shows the copy buttons and copies a format to the clipboard.
 * Without JavaScript the formats stay readable and downloadable; where the clipboard is refused
 * the text is selected so the reader can copy it by hand.
 */
function selectText(element: Element): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Wires every copy button inside the citation block. */
export function enhanceCopyButtons(root: ParentNode = document): void {
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const target = document.getElementById(button.dataset.copyTarget ?? '');
    if (!target) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = button.dataset.copyText ?? target.textContent ?? '';
      const label = button.dataset.copyLabel ?? 'Tekst';
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = `${label} is gekopieerd.`;
      } catch {
        selectText(target);
        if (status) status.textContent = `Kopiëren lukt niet in deze browser. De ${label} is geselecteerd: kopieer met Ctrl+C (Cmd+C op een Mac).`;
      }
    });
  }
}
