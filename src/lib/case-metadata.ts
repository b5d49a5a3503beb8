/**
 * Machine-readable facts in the <head> of a case page, so reference managers (Zotero, Mendeley),
 * Google Scholar and link previews pick up title, authors, date and URL by themselves:
 * Highwire `citation_*` tags, schema.org JSON-LD, Open Graph and Twitter cards. Pure.
 */
import { site } from '../data/site';
import { labelOf } from '../data/vocabulary';
import { facets } from '../data/vocabularies';
import { valuesOf, type CaseRecord } from './cases';
import { isOrganisationName } from './citation';
import { isoDate } from './format';

/** A <meta> element: `name` (Highwire, Twitter) or `property` (Open Graph) with its content. */
export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/** Where the case lives and what else describes it. */
export interface CaseMetaContext {
  /** Permanent absolute URL of the case page. */
  url: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Keywords: the Dutch labels of the case's facets. */
  keywords: readonly string[];
}

/** Keywords of a case: the Dutch labels of its type, provinces, sectors and factors, without repeats. */
export function caseKeywords(record: CaseRecord): string[] {
  const fields = ['type', 'provinces', 'sectors', 'factors'] as const;
  const labels = fields.flatMap((field) => valuesOf(record, field).map((key) => labelOf(facets[field], key)));
  return [...new Set(labels)];
}

const slashDate = (date: Date): string => isoDate(date).replace(/-/g, '/');

/**
 * Highwire Press tags, the set Google Scholar and Zotero read. The date is the reviewed date, the
 * date a citation names; authors are the contributors in the order written.
 */
export function highwireTags(record: CaseRecord, context: CaseMetaContext): MetaTag[] {
  const { data } = record;
  const tags: MetaTag[] = [{ name: 'citation_title', content: data.title }];
  for (const contributor of data.contributors) {
    tags.push({ name: 'citation_author', content: contributor.name });
    if (contributor.organisation) tags.push({ name: 'citation_author_institution', content: contributor.organisation });
    if (contributor.orcid) tags.push({ name: 'citation_author_orcid', content: `https://orcid.org/${contributor.orcid}` });
  }
  tags.push(
    { name: 'citation_publication_date', content: slashDate(data.reviewed) },
    { name: 'citation_publisher', content: site.name },
    { name: 'citation_abstract', content: data.summary },
    { name: 'citation_language', content: 'nl' },
    { name: 'citation_public_url', content: context.url },
  );
  if (context.keywords.length > 0) tags.push({ name: 'citation_keywords', content: context.keywords.join('; ') });
  return tags;
}

/**
 * Open Graph tags for a shared link, and the Twitter card type; Twitter/X reads title and summary
 * from og:title and og:description. No image: there is none to share.
 */
export function socialTags(record: CaseRecord, context: CaseMetaContext): MetaTag[] {
  const { data } = record;
  return [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: data.title },
    { property: 'og:description', content: data.summary },
    { property: 'og:url', content: context.url },
    { property: 'og:site_name', content: site.name },
    { property: 'og:locale', content: 'nl_NL' },
    { property: 'article:published_time', content: isoDate(data.published) },
    { property: 'article:modified_time', content: isoDate(data.reviewed) },
    { name: 'twitter:card', content: 'summary' },
  ];
}

/** schema.org JSON-LD: an Article that is part of the catalogue (its sources are on the page itself). */
export function caseJsonLd(record: CaseRecord, context: CaseMetaContext): Record<string, unknown> {
  const { data } = record;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': context.url,
    url: context.url,
    mainEntityOfPage: context.url,
    headline: data.title,
    description: data.summary,
    inLanguage: 'nl',
    datePublished: isoDate(data.published),
    dateModified: isoDate(data.reviewed),
    author: data.contributors.map((c) => ({
      '@type': !c.orcid && isOrganisationName(c.name) ? 'Organization' : 'Person',
      name: c.name,
      ...(c.orcid ? { sameAs: `https://orcid.org/${c.orcid}` } : {}),
      ...(c.organisation ? { affiliation: { '@type': 'Organization', name: c.organisation } } : {}),
    })),
    publisher: { '@type': 'Organization', name: site.name, url: context.siteUrl },
    isPartOf: { '@type': 'WebSite', name: site.name, url: context.siteUrl },
    license: site.licence.url,
    ...(context.keywords.length > 0 ? { keywords: context.keywords.join(', ') } : {}),
  };
}

/**
 * JSON for inside a <script> element: `<`, `>` and `&` escaped as \u003c etc., so no value can
 * close the element, and the line separators that old parsers reject escaped too.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
