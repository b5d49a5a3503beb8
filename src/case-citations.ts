/**
 * The citation formats of each case, made once per build and shared by the case page and the
 * download files (citeproc takes a few milliseconds per case). In dev they are made fresh.
 */
import type { CaseRecord } from './lib/cases';
import { citationFormats, citationInputOf, type CitationFormats } from './lib/citation';
import { absoluteUrl, casePath } from './lib/url';

const cache = new Map<string, CitationFormats>();

/** The permanent URL of a case and its citation in every format. */
export function getCaseCitation(record: CaseRecord): { permalink: string; formats: CitationFormats } {
  const permalink = absoluteUrl(casePath(record.slug));
  const make = () => citationFormats(citationInputOf(record, permalink));
  if (import.meta.env.DEV) return { permalink, formats: make() };
  let formats = cache.get(record.slug);
  if (!formats) {
    formats = make();
    cache.set(record.slug, formats);
  }
  return { permalink, formats };
}
