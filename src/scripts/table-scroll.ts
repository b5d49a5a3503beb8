/**
 * Shows the cue of a wide table ("schuif de tabel opzij") only while the table is wider than its
 * box, and keeps that up to date when the window changes size.
 */
export function markWideTables(root: ParentNode = document): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-table-scroll]')) {
    const cue = box.querySelector<HTMLElement>('[data-table-cue]');
    const table = box.querySelector('table');
    if (!cue || !table) continue;
    const update = () => {
      cue.hidden = table.scrollWidth <= box.clientWidth + 1;
    };
    new ResizeObserver(update).observe(box);
    update();
  }
}
