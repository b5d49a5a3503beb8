/**
 * The APA 7 reference of a case (Dutch conventions) as a small pure function, for the common
 * shapes of a case's citation: organisations and persons with plain names, a plain title. It gives
 * the same text and HTML as citeproc (tests/unit/apa.test.ts checks that on the real catalogue, a
 * generated one and a table of names) in microseconds instead of milliseconds; for anything else
 * it returns undefined and the caller asks citeproc.
 */
import type { CslItem, CslName } from './citation';

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

// Characters citeproc rewrites or escapes (quotes become curly, markup is parsed, & is escaped,
// spacing is normalised): a text with any of them goes to citeproc.
const plainText = /^[^<>&"'`*_\\\u00a0\u202f\s]+(?: [^<>&"'`*_\\\u00a0\u202f\s]+)*$/u;
const givenPart = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const familyName = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const particle = /^\p{Ll}+(?: \p{Ll}+)*$/u;

/** "Jan Willem" → "J. W.", "Anne-Marie" → "A.-M."; undefined for a given name citeproc may treat otherwise. */
function initials(given: string): string | undefined {
  const parts = given.split(' ');
  if (!parts.every((part) => givenPart.test(part))) return undefined;
  return parts.map((part) => part.split('-').map((piece) => `${piece[0]}.`).join('-')).join(' ');
}

/** A name as the reference list writes it ("Berg, J. van den", "Redactie X"), or undefined. */
function listName(name: CslName): string | undefined {
  if ('literal' in name) return plainText.test(name.literal) && !/[.?!,;:]$/.test(name.literal) ? name.literal : undefined;
  if (name.suffix || name['non-dropping-particle'] || !familyName.test(name.family)) return undefined;
  const dropping = name['dropping-particle'];
  if (dropping !== undefined && !particle.test(dropping)) return undefined;
  if (name.given === undefined) return undefined;
  const given = initials(name.given);
  if (given === undefined) return undefined;
  return `${name.family}, ${given}${dropping ? ` ${dropping}` : ''}`;
}

/** The author part: "A", "A, & B", "A, B, & C" (APA 7, up to twenty names). */
function authorList(names: readonly string[]): string {
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

/**
 * The APA 7 reference (Dutch conventions) of a webpage item whose names already follow the Dutch
 * list order (particles as dropping particles), as text and HTML; undefined when the item has a
 * shape this function does not cover (citeproc then formats it).
 */
export function quickApa(item: Pick<CslItem, 'author' | 'issued' | 'title' | 'container-title' | 'URL'>): { text: string; html: string } | undefined {
  if (item.author.length < 1 || item.author.length > 20) return undefined;
  const names = item.author.map(listName);
  if (names.some((name) => name === undefined)) return undefined;
  // citeproc drops the comma before "&" after a first of two names that ends in a particle ("Visser, M. de & …").
  const first = item.author[0]!;
  if (names.length === 2 && !('literal' in first) && first['dropping-particle']) return undefined;
  const { title, URL: url } = item;
  const container = item['container-title'];
  if (!plainText.test(title) || /[.?!:;,]$/.test(title) || !plainText.test(container) || /[.?!:;,]$/.test(container)) return undefined;
  if (!/^https?:\/\/[^\s<>&"']+$/.test(url)) return undefined;
  const [[year, month, day]] = item.issued['date-parts'];
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const authors = authorList(names as string[]);
  const head = `${authors}${authors.endsWith('.') ? '' : '.'} (${year}, ${day} ${months[month - 1]}).`;
  const tail = `. ${container}. ${url}`;
  // The only markup character a plain reference has is the ampersand between authors; citeproc writes it as &#38;.
  return { text: `${head} ${title}${tail}`, html: `${head.replaceAll('&', '&#38;')} <i>${title}</i>${tail}` };
}
