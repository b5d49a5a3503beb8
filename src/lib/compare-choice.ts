/**
 * The reader's choice of cases to compare: pure functions without the vocabularies, because the
 * "Vergelijk" checkbox script on every case page and card uses them.
 */

/** Reads the chosen slugs from the URL: known slugs only, no duplicates, at most `max`. */
export function parseCompareSlugs(params: URLSearchParams, known: ReadonlySet<string>, max = 4): string[] {
  const chosen: string[] = [];
  for (const slug of params.getAll('v').flatMap((v) => v.split(','))) {
    if (known.has(slug) && !chosen.includes(slug)) chosen.push(slug);
    if (chosen.length === max) break;
  }
  return chosen;
}

/** Most cases a reader can put side by side. */
export const COMPARE_MAX = 4;

/**
 * Adds a case to the comparison or takes it out. A fifth case is refused (the list stays as it
 * was and `refused` is true), so the reader can be told to take one out first.
 */
export function toggleCompareChoice(chosen: readonly string[], slug: string, max = COMPARE_MAX): { chosen: string[]; refused: boolean } {
  if (chosen.includes(slug)) return { chosen: chosen.filter((s) => s !== slug), refused: false };
  if (chosen.length >= max) return { chosen: [...chosen], refused: true };
  return { chosen: [...chosen, slug], refused: false };
}

/** Reads a stored choice (JSON list of slugs); anything else gives an empty choice. */
export function parseStoredChoice(stored: string | null, max = COMPARE_MAX): string[] {
  try {
    const value: unknown = JSON.parse(stored ?? '[]');
    if (!Array.isArray(value)) return [];
    return [...new Set(value.filter((v): v is string => typeof v === 'string' && /^[a-z0-9-]+$/.test(v)))].slice(0, max);
  } catch {
    return [];
  }
}

/** The address of the compare page for these cases: /vergelijk/?v=a&v=b. */
export function compareHref(comparePath: string, slugs: readonly string[]): string {
  const params = new URLSearchParams(slugs.map((s) => ['v', s]));
  return slugs.length ? `${comparePath}?${params}` : comparePath;
}

/** True when the cells of a row are not all the same: the comparison marks that row. */
export function isDifferentRow(cells: readonly string[]): boolean {
  return cells.some((cell) => cell !== cells[0]);
}

/** "Kies er nog één", "2 van de maximaal 4 gekozen." …: the line above the chooser. */
export function compareCountText(count: number, max = COMPARE_MAX): string {
  if (count === 0) return 'Nog niets gekozen.';
  if (count === 1) return `1 van de maximaal ${max} gekozen; kies er nog minstens één.`;
  if (count >= max) return `${count} van de maximaal ${max} gekozen. Haal er een weg om een ander te kiezen.`;
  return `${count} van de maximaal ${max} gekozen.`;
}
