/**
 * The data the build writes once for the filter on /voorbeelden/, kept small at any catalogue
 * size: filters.json holds every facet with its values and, per case in title order, only the
 * positions of its values (one character each); the card text (slug, title, summary, status,
 * evidence note) is in
 * separate files of CARD_CHUNK_SIZE cases, which the browser fetches only for cards it shows.
 */
import type { FilterFacet } from '../data/filter-facets';
import { valuesOf, type CaseRecord } from './cases';
import type { FacetValues } from './filter-cases';
import { evidenceNote, statusText } from './evidence-text';

/** Cases per card file (/voorbeelden/kaarten/<n>.json, n from 1). */
export const CARD_CHUNK_SIZE = 50;

/** Characters that stand for value positions 0, 1, 2, … of a facet. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Between the facets of one case. */
const FACET_SEPARATOR = '.';

/** The JSON written to /voorbeelden/filters.json. */
export interface FilterData {
  facets: { param: string; name: string; values: { key: string; label: string }[] }[];
  /** Per case, in title order: for each facet the characters of its value positions, facets joined by ".". */
  items: string[];
  /** Cases per card file. */
  chunkSize: number;
}

/** What a card needs besides the facet values: written to the card files. */
export interface CardText {
  slug: string;
  title: string;
  summary: string;
  /** The status with the date of its source, as the card writes it. */
  status: string;
  /** The note beside the outcome badge (evidence level, who says so). */
  evidence: string;
}

/** Builds the filter data for these cases, in their given order. */
export function buildFilterData(records: readonly CaseRecord[], facets: readonly FilterFacet[], chunkSize: number = CARD_CHUNK_SIZE): FilterData {
  const positions = facets.map((facet) => {
    if (facet.vocabulary.terms.length > DIGITS.length) throw new Error(`Het filter ${facet.param} heeft meer dan ${DIGITS.length} waarden; filters.json kan dat niet coderen.`);
    return new Map(facet.vocabulary.terms.map((term, i) => [term.key, DIGITS[i]!]));
  });
  return {
    facets: facets.map((facet) => ({
      param: facet.param,
      name: facet.vocabulary.plural,
      values: facet.vocabulary.terms.map((term) => ({ key: term.key, label: term.label })),
    })),
    items: records.map((record) => facets.map((facet, f) => valuesOf(record, facet.field).map((key) => positions[f]!.get(key) ?? '').join('')).join(FACET_SEPARATOR)),
    chunkSize,
  };
}

/** A case of the filter data, decoded: its position in the list and its keys per facet parameter. */
export interface DecodedItem extends FacetValues {
  index: number;
}

/** Decodes the items of filters.json into keys per facet parameter, for filterItems and facetCounts. */
export function decodeFilterItems(data: FilterData): DecodedItem[] {
  const keys = data.facets.map((facet) => new Map(facet.values.map((value, i) => [DIGITS[i]!, value.key])));
  return data.items.map((item, index) => {
    const parts = item.split(FACET_SEPARATOR);
    const values: Record<string, string[]> = {};
    data.facets.forEach((facet, f) => {
      values[facet.param] = [...(parts[f] ?? '')].map((digit) => keys[f]!.get(digit)).filter((key): key is string => key !== undefined);
    });
    return { index, values };
  });
}

/** The card text of these cases, in files of `chunkSize`: file n (from 1) holds cases (n-1)·size … n·size-1. */
export function buildCardChunks(records: readonly CaseRecord[], chunkSize: number = CARD_CHUNK_SIZE): CardText[][] {
  const chunks: CardText[][] = [];
  for (let start = 0; start < records.length; start += chunkSize) {
    chunks.push(
      records.slice(start, start + chunkSize).map((r) => ({ slug: r.slug, title: r.data.title, summary: r.data.summary, status: statusText(r.data), evidence: evidenceNote(r.data) })),
    );
  }
  return chunks;
}

/** The card file (1-based) that holds the case at `index` of the filter data. */
export function chunkOf(index: number, chunkSize: number): number {
  return Math.floor(index / chunkSize) + 1;
}
