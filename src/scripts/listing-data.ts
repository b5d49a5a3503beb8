/**
 * Loads the data behind the filter on /voorbeelden/: filters.json (facet value positions of every
 * case, small) at once, and the card text in files of a few dozen cases, each fetched only when
 * one of its cards is to be shown, and at most once.
 */
import { chunkOf, decodeFilterItems, type CardText, type DecodedItem, type FilterData } from '../lib/filter-data';

/** The filter data, decoded, and a way to get the card text of any case in it. */
export interface ListingData {
  data: FilterData;
  items: DecodedItem[];
  /** The card text of the cases at these positions, in the same order. */
  cardTexts(indices: readonly number[]): Promise<CardText[]>;
  /** Starts fetching every card file (a few at a time), so later filter changes need no network. */
  prefetchCards(): void;
}

/** Card files fetched at the same time by prefetchCards. */
const PREFETCH_PARALLEL = 4;

/** Fetches filters.json from `source`; card files are `${cardsBase}<n>.json`. Undefined when it cannot be read. */
export async function loadListingData(source: string, cardsBase: string): Promise<ListingData | undefined> {
  const response = await fetch(source);
  if (!response.ok) return undefined;
  const data = (await response.json()) as FilterData;
  const chunks = new Map<number, Promise<CardText[]>>();
  const chunk = (n: number) => {
    let loading = chunks.get(n);
    if (!loading) {
      loading = fetch(`${cardsBase}${n}.json`).then((r) => {
        if (!r.ok) throw new Error(`Kaarten ${n} niet gevonden (${r.status}).`);
        return r.json() as Promise<CardText[]>;
      });
      // A failed file may be fetched again later.
      loading.catch(() => chunks.delete(n));
      chunks.set(n, loading);
    }
    return loading;
  };
  return {
    data,
    items: decodeFilterItems(data),
    async cardTexts(indices) {
      const needed = [...new Set(indices.map((i) => chunkOf(i, data.chunkSize)))];
      const loaded = new Map(await Promise.all(needed.map(async (n) => [n, await chunk(n)] as const)));
      return indices.map((i) => loaded.get(chunkOf(i, data.chunkSize))![i % data.chunkSize]!);
    },
    prefetchCards() {
      const files = Math.ceil(data.items.length / data.chunkSize);
      let next = 1;
      const worker = async (): Promise<void> => {
        while (next <= files) await chunk(next++).catch(() => undefined);
      };
      for (let i = 0; i < PREFETCH_PARALLEL; i++) void worker();
    },
  };
}
