import { describe, expect, test } from 'vitest';
import { caseJsonLd, caseKeywords, highwireTags, scriptJson, socialTags } from '../../src/lib/case-metadata';
import type { CaseRecord } from '../../src/lib/cases';
import { createCaseSchema } from '../../src/schemas/case';
import { NOW, validCase } from '../fixtures/cases';

const schema = createCaseSchema({ now: NOW });
const record: CaseRecord = {
  slug: 'ketenstage-oost-groningen',
  data: schema.parse({
    ...validCase(),
    related: [],
    provinces: ['fryslan'],
    labourMarketRegions: [],
    contributors: ['Redactie Praktijkbank Zorgstages', { name: 'Marieke de Visser', organisation: 'Hanzehogeschool Groningen', orcid: '0000-0002-1825-0097' }],
  }),
};
const context = { url: 'https://praktijkbank.example/voorbeelden/ketenstage-oost-groningen/', siteUrl: 'https://praktijkbank.example/', keywords: caseKeywords(record) };
const content = (tags: { name?: string; property?: string; content: string }[], key: string) => tags.filter((t) => (t.name ?? t.property) === key).map((t) => t.content);

describe('caseKeywords', () => {
  test('gives the Dutch labels of type, provinces, sectors and factors', () => {
    expect(caseKeywords(record)).toEqual(expect.arrayContaining(['Ketenstage en roulatie', 'Fryslân']));
  });
});

describe('highwireTags', () => {
  const tags = highwireTags(record, context);
  test.each([
    ['citation_title', ['Ketenstage in Oost-Groningen']],
    ['citation_author', ['Redactie Praktijkbank Zorgstages', 'Marieke de Visser']],
    ['citation_author_institution', ['Hanzehogeschool Groningen']],
    ['citation_author_orcid', ['https://orcid.org/0000-0002-1825-0097']],
    ['citation_publication_date', ['2026/11/20']], // the reviewed date
    ['citation_publisher', ['Praktijkbank Zorgstages']],
    ['citation_public_url', [context.url]],
    ['citation_language', ['nl']],
  ])('has %s', (name, expected) => {
    expect(content(tags, name)).toEqual(expected);
  });
  test('puts each author institution right after its author, as Highwire expects', () => {
    const names = tags.map((t) => t.name);
    expect(names.indexOf('citation_author_institution')).toBe(names.lastIndexOf('citation_author') + 1);
  });
});

describe('socialTags', () => {
  test('gives a shared link its title, summary and URL', () => {
    const tags = socialTags(record, context);
    expect(content(tags, 'og:title')).toEqual(['Ketenstage in Oost-Groningen']);
    expect(content(tags, 'og:url')).toEqual([context.url]);
    expect(content(tags, 'twitter:card')).toEqual(['summary']);
    expect(content(tags, 'og:description')).toEqual([record.data.summary]);
  });
});

describe('caseJsonLd', () => {
  test('describes the case as an Article with authors, dates and licence', () => {
    const ld = caseJsonLd(record, context);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      url: context.url,
      headline: 'Ketenstage in Oost-Groningen',
      datePublished: '2026-11-01',
      dateModified: '2026-11-20',
      author: [
        { '@type': 'Organization', name: 'Redactie Praktijkbank Zorgstages' },
        { '@type': 'Person', name: 'Marieke de Visser', sameAs: 'https://orcid.org/0000-0002-1825-0097' },
      ],
      license: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
    });
  });
});

describe('scriptJson', () => {
  test.each([
    ['a closing script tag', { t: '</script><script>alert(1)</script>' }],
    ['an ampersand and quotes', { t: 'Zorg & "welzijn"' }],
    ['line separators', { t: 'a\u2028b\u2029c' }],
  ])('escapes %s and still parses to the same value', (_, value) => {
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
