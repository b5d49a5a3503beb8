/**
 * Navolging: where an approach spread. A case names in `basedOn` the case it took its approach
 * from, with one of its own sources that says so. From those relations this module derives, for
 * every case, where it came from (basedOn) and where it has been followed (followedBy), and it
 * holds the rules that only the whole collection can check (a case based on itself, a cycle).
 * Pure: takes plain case records, keeps the order of the records it is given.
 */
import type { CaseRecord } from './cases';
import type { CaseData } from '../schemas/case';

/** One `basedOn` entry of a case, as validated. */
export type BasedOnEntry = CaseData['basedOn'][number];
/** A source of a case. */
type Source = CaseData['sources'][number];

/** Where a case came from: the original, and the follower's source that says so. */
export interface BasedOnLink<T extends CaseRecord = CaseRecord> {
  original: T;
  /** The source of the follower (the case on whose page this link stands). */
  source: Source;
  quote?: string;
  note?: string;
}

/** Where a case has been followed: the follower, its source, and where it is. */
export interface FollowedByLink<T extends CaseRecord = CaseRecord> {
  follower: T;
  /** The source of the follower that says it took the approach from this case. */
  source: Source;
  quote?: string;
  note?: string;
  provinces: readonly string[];
  labourMarketRegions: readonly string[];
  place?: string;
}

/** The navolging of one case, both ways. */
export interface Navolging<T extends CaseRecord = CaseRecord> {
  basedOn: BasedOnLink<T>[];
  followedBy: FollowedByLink<T>[];
}

/**
 * Derives, once for the whole catalogue, the navolging of every case (by slug). A relation whose
 * original is not in the catalogue (a draft, in a production build) or whose source is missing is
 * left out, so a page never links to nothing. Followers keep the order of `all`.
 */
export function deriveNavolging<T extends CaseRecord>(all: readonly T[]): Map<string, Navolging<T>> {
  const bySlug = new Map(all.map((record) => [record.slug, record]));
  const result = new Map<string, Navolging<T>>(all.map((record) => [record.slug, { basedOn: [], followedBy: [] }]));
  for (const follower of all) {
    const seen = new Set<string>();
    for (const entry of follower.data.basedOn) {
      const original = bySlug.get(entry.case);
      const source = follower.data.sources.find((s) => s.key === entry.source);
      if (!original || !source || original.slug === follower.slug || seen.has(original.slug)) continue;
      seen.add(original.slug);
      const extra = { ...(entry.quote ? { quote: entry.quote } : {}), ...(entry.note ? { note: entry.note } : {}) };
      result.get(follower.slug)!.basedOn.push({ original, source, ...extra });
      result.get(original.slug)!.followedBy.push({
        follower,
        source,
        ...extra,
        provinces: follower.data.provinces,
        labourMarketRegions: follower.data.labourMarketRegions ?? [],
        ...(follower.data.place ? { place: follower.data.place } : {}),
      });
    }
  }
  return result;
}

/** Every navolging relation of the catalogue (follower → original), in the order of `all`. */
export function navolgingRelations<T extends CaseRecord>(all: readonly T[], derived: Map<string, Navolging<T>> = deriveNavolging(all)): { follower: T; original: T; source: Source }[] {
  return all.flatMap((follower) => (derived.get(follower.slug)?.basedOn ?? []).map(({ original, source }) => ({ follower, original, source })));
}

/** The provinces and labour-market regions of the followers, each once, in the order first met; `landelijk` apart. */
export function followerRegions(followedBy: readonly Pick<FollowedByLink, 'provinces' | 'labourMarketRegions'>[]): {
  provinces: string[];
  labourMarketRegions: string[];
  national: boolean;
} {
  const provinces = [...new Set(followedBy.flatMap((link) => link.provinces))];
  return {
    provinces: provinces.filter((key) => key !== 'landelijk'),
    labourMarketRegions: [...new Set(followedBy.flatMap((link) => link.labourMarketRegions))],
    national: provinces.includes('landelijk'),
  };
}

/** What the collection check needs of a case: its slug and its `basedOn` as written. */
export interface BasedOnInput {
  slug: string;
  basedOn: unknown;
}

/** A navolging problem that only the whole collection shows, on one entry of one case. */
export interface NavolgingProblem {
  slug: string;
  /** 0-based index of the `basedOn` entry. */
  index: number;
  message: string;
}

/** The original slugs a case names, as written (entries without a text `case` are skipped; the schema reports them). */
function originalsOf(basedOn: unknown): (string | undefined)[] {
  return Array.isArray(basedOn) ? basedOn.map((entry) => (typeof (entry as { case?: unknown } | null)?.case === 'string' ? (entry as { case: string }).case : undefined)) : [];
}

/**
 * The rules of navolging that need the whole collection: a case may not be based on itself, and
 * relations may not go round (A based on B and B based on A, or longer). Each entry on a cycle is
 * reported, so every author sees the other side.
 */
export function checkNavolging(cases: readonly BasedOnInput[]): NavolgingProblem[] {
  const edges = new Map<string, string[]>();
  for (const c of cases) edges.set(c.slug, originalsOf(c.basedOn).filter((s): s is string => s !== undefined));
  /** Shortest path of originals from `from` back to `to`, or undefined. */
  const pathBack = (from: string, to: string): string[] | undefined => {
    const previous = new Map<string, string | null>([[from, null]]);
    const queue = [from];
    while (queue.length > 0) {
      const here = queue.shift()!;
      if (here === to) {
        const path: string[] = [];
        for (let at: string | null | undefined = here; at; at = previous.get(at)) path.unshift(at);
        return path;
      }
      for (const next of edges.get(here) ?? []) {
        if (!previous.has(next)) {
          previous.set(next, here);
          queue.push(next);
        }
      }
    }
    return undefined;
  };
  const problems: NavolgingProblem[] = [];
  for (const c of cases) {
    originalsOf(c.basedOn).forEach((original, index) => {
      if (original === undefined) return;
      const field = `basedOn[${index + 1}].case`;
      if (original === c.slug) {
        problems.push({
          slug: c.slug,
          index,
          message: `Het veld "${field}" verwijst naar dit voorbeeld zelf ("${original}"). Bij basedOn staat een ander voorbeeld: het voorbeeld waar deze aanpak van is overgenomen.`,
        });
        return;
      }
      const back = pathBack(original, c.slug);
      if (back) {
        const cycle = [c.slug, ...back].join(' → ');
        problems.push({
          slug: c.slug,
          index,
          message: `Het veld "${field}" zegt dat dit voorbeeld is gebaseerd op "${original}", maar "${original}" is${back.length > 2 ? ' via andere voorbeelden' : ''} zelf gebaseerd op dit voorbeeld: ${cycle}. Een aanpak kan niet over en weer zijn overgenomen. Kies volgens de bronnen welk voorbeeld het origineel is en haal basedOn weg bij dat origineel.`,
        });
      }
    });
  }
  return problems;
}
