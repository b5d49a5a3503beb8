/**
 * Enhances "Citeer dit voorbeeld": shows the copy buttons and copies a format to the clipboard.
 * The APA reference goes as rich text (title in italics, text/html) and as plain text
 * (text/plain), so a word processor keeps the italics and a plain editor gets clean text. The
 * confirmation appears right next to the button that was pressed. Without JavaScript the formats
 * stay readable and downloadable; where the clipboard is refused the text is selected instead.
 */
function selectText(element: Element): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Writes plain text, and HTML when given and the browser can, to the clipboard. */
async function writeClipboard(text: string, html?: string): Promise<void> {
  if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(text);
}

/** Wires every copy button inside the citation block. */
export function enhanceCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const target = document.getElementById(button.dataset.copyTarget ?? '');
    if (!target) continue;
    button.hidden = false;
    // The confirmation sits right after its own button, where the reader is looking.
    const status = document.createElement('span');
    status.className = 'cite__status';
    status.setAttribute('role', 'status');
    button.after(status);
    button.addEventListener('click', async () => {
      const text = button.dataset.copyText ?? target.textContent ?? '';
      const html = button.dataset.copyRich !== undefined ? target.innerHTML : undefined;
      const label = button.dataset.copyLabel ?? 'Tekst';
      try {
        await writeClipboard(text, html);
        status.textContent = `${label} is gekopieerd.`;
      } catch {
        selectText(target);
        status.textContent = `Kopiëren lukt niet in deze browser. De ${label} is geselecteerd: kopieer met Ctrl+C (Cmd+C op een Mac).`;
      }
    });
  }
}
