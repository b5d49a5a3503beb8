/**
 * The shape every controlled vocabulary shares. One vocabulary feeds the zod schema,
 * the filters, the facet pages, the search index and /methode/, so they cannot drift.
 */

/** One allowed value of a facet: the key stored in frontmatter and what people read. */
export interface Term<K extends string = string> {
  /** ASCII kebab-case key, stable forever once published (URLs and citations use it). */
  readonly key: K;
  /** Dutch label shown on the site. */
  readonly label: string;
  /** Dutch explanation in our own words, shown on /methode/ and the facet page. */
  readonly description: string;
}

/** A named list of terms with the place it comes from. */
export interface Vocabulary<K extends string = string> {
  /** Frontmatter field that stores keys of this vocabulary. */
  readonly field: string;
  /** Dutch name of the facet, singular ("Provincie"). */
  readonly name: string;
  /** Dutch name of the facet, plural ("Provincies"). */
  readonly plural: string;
  /** Where the list comes from, in Dutch. */
  readonly source: string;
  readonly terms: readonly Term<K>[];
}

/** Defines a vocabulary while keeping its keys as a literal union type. */
export function defineVocabulary<const K extends string>(vocabulary: Vocabulary<K>): Vocabulary<K> {
  return vocabulary;
}

/** The keys of a vocabulary as a non-empty tuple, the form `z.enum` needs. */
export function keysOf<K extends string>(vocabulary: Vocabulary<K>): [K, ...K[]] {
  const keys = vocabulary.terms.map((term) => term.key);
  if (keys.length === 0) throw new Error(`Vocabulary ${vocabulary.field} is empty`);
  return keys as [K, ...K[]];
}

/** The Dutch label of a key, or the key itself when it is unknown. */
export function labelOf<K extends string>(vocabulary: Vocabulary<K>, key: string): string {
  return vocabulary.terms.find((term) => term.key === key)?.label ?? key;
}

/** The term of a key, or undefined. */
export function termOf<K extends string>(vocabulary: Vocabulary<K>, key: string): Term<K> | undefined {
  return vocabulary.terms.find((term) => term.key === key);
}
