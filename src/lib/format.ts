/** Dutch presentation helpers. Pure; the time zone is fixed so builds are reproducible. */

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as Dutch readers write it: "23 november 2026". */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** A date as YYYY-MM-DD, for `datetime` attributes and data files. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "1 voorbeeld" / "3 voorbeelden": a count with the right Dutch noun. */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('nl-NL')} ${count === 1 ? one : many}`;
}

/**
 * Joins labels as Dutch prose: "a, b en c". When a label itself holds a comma or "en"
 * ("Amstelland, Kennemerland en Meerlanden"), the labels are separated by semicolons instead, so a
 * reader can still tell where one ends.
 */
export function listToText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.some((item) => /,|\sen\s/.test(item))) return items.join('; ');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** The period of a case as text: "sinds 2016", "2018–2021", or an empty string. */
export function formatPeriod(started?: number, ended?: number): string {
  if (started && ended) return started === ended ? String(started) : `${started}–${ended}`;
  if (started) return `sinds ${started}`;
  if (ended) return `tot ${ended}`;
  return '';
}
