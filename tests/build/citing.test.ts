import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { dataFiles } from '../../src/data/dataset';
import { facetRoutes } from '../../src/data/facet-routes';
import { caseSlugs, CASES_DIR } from '../../src/lib/case-files';
import { parseRegistry } from '../../src/lib/published-urls';
import { DIST, fileFor, page, requireBuild } from './helpers';

beforeAll(requireBuild);

const slugs = caseSlugs(readdirSync(CASES_DIR));
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const meta = (slug: string, name: string) =>
  page(`/voorbeelden/${slug}/`)
    .querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`)
    .map((m) => m.getAttribute('content') ?? '');
const canonicalOf = (slug: string) => page(`/voorbeelden/${slug}/`).querySelector('link[rel="canonical"]')?.getAttribute('href');

interface JsonCase {
  slug: string;
  url: string;
  title: string;
  reviewed: string;
  [field: string]: unknown;
}
const casesJson = () => JSON.parse(read(`data/${dataFiles.json.file}`)) as { count: number; licence: { name: string }; cases: JsonCase[] };

describe('data files', () => {
  test('cases.json holds exactly one record per case, with its permanent URL', () => {
    const data = casesJson();
    expect(data.count).toBe(slugs.length);
    expect(data.cases.map((c) => c.slug).sort()).toEqual(slugs);
    expect(data.licence.name).toBe('CC BY 4.0');
    for (const record of data.cases) expect(record.url).toBe(canonicalOf(record.slug));
  });

  test.each([
    [dataFiles.csv.file, ','],
    [dataFiles.csvExcel.file, ';'],
  ])('%s starts with a BOM and holds exactly one row per case', (file, delimiter) => {
    const text = read(`data/${file}`);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1), { columns: true, delimiter }) as Record<string, string>[];
    // The copy for Dutch Excel has Dutch column headers; cases.csv keeps the field names for code.
    const [slug, title, reviewed] = delimiter === ';' ? ['Bestandsnaam', 'Titel', 'Laatst gecontroleerd op'] : ['slug', 'title', 'reviewed'];
    expect(rows.map((r) => r[slug]).sort()).toEqual(slugs);
    const byJson = new Map(casesJson().cases.map((c) => [c.slug, c]));
    for (const row of rows) {
      expect(row[title]).toBe(byJson.get(row[slug]!)?.title);
      expect(row[reviewed]).toBe(byJson.get(row[slug]!)?.reviewed);
    }
  });

  test('cases.json validates against the schema.json it names, with a standard JSON Schema validator (ajv)', () => {
    const schema = JSON.parse(read(`data/${dataFiles.schema.file}`)) as { $id: string };
    const data = casesJson() as unknown as { schema: string };
    expect(schema.$id).toMatch(/\/data\/schema\.json$/);
    expect(data.schema).toBe(schema.$id);
    const validate = addFormats(new Ajv({ allErrors: true, strict: true })).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test('/data/ links every data file and states the licence', () => {
    const root = page('/data/');
    const links = root.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
    expect(links).toEqual(Object.values(dataFiles).map((f) => `/data/${f.file}`));
    expect(root.querySelector('#licentie + p')?.text).toContain('CC BY 4.0');
  });
});

describe('citations', () => {
  test.each(slugs)('the BibTeX of %s parses and names the case', (slug) => {
    const [entry] = new Cite(read(`voorbeelden/${slug}/citeer.bib`)).data as Record<string, unknown>[];
    const record = casesJson().cases.find((c) => c.slug === slug)!;
    expect(entry?.title).toBe(record.title);
    expect(entry?.URL).toBe(canonicalOf(slug));
    expect((entry?.author as unknown[]).length).toBeGreaterThan(0);
  });

  test.each(slugs)('the RIS and CSL-JSON of %s parse to the same title and URL', (slug) => {
    for (const file of ['citeer.ris', 'citeer.json']) {
      const [entry] = new Cite(read(`voorbeelden/${slug}/${file}`)).data as Record<string, unknown>[];
      expect([entry?.title, entry?.URL]).toEqual([page(`/voorbeelden/${slug}/`).querySelector('h1')?.text.trim(), canonicalOf(slug)]);
    }
  });

  test.each(slugs)('the page of %s shows the APA reference and the formats without JavaScript', (slug) => {
    const root = page(`/voorbeelden/${slug}/`);
    const apa = root.querySelector('#citeer-apa')?.text ?? '';
    expect(apa).toContain(canonicalOf(slug));
    expect(apa).toMatch(/\(\d{4}, \d{1,2} [a-z]+\)/); // Dutch date order
    expect(root.querySelector('#citeer-bibtex')?.text).toBe(read(`voorbeelden/${slug}/citeer.bib`));
    expect(root.querySelector('#citeer-ris')?.text).toBe(read(`voorbeelden/${slug}/citeer.ris`));
  });
});

describe('metadata for reference managers and sharing', () => {
  test.each(slugs)('%s has complete Highwire citation tags', (slug) => {
    const h1 = page(`/voorbeelden/${slug}/`).querySelector('h1')?.text.trim();
    expect(meta(slug, 'citation_title')).toEqual([h1]);
    expect(meta(slug, 'citation_author').length).toBeGreaterThan(0);
    expect(meta(slug, 'citation_publication_date')).toEqual([expect.stringMatching(/^\d{4}\/\d{2}\/\d{2}$/)]);
    expect(meta(slug, 'citation_public_url')).toEqual([canonicalOf(slug)]);
    expect(meta(slug, 'citation_publisher')).toEqual(['Praktijkbank Zorgstages']);
  });

  test.each(slugs)('%s has valid schema.org JSON-LD that matches the page', (slug) => {
    const scripts = page(`/voorbeelden/${slug}/`).querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const ld = JSON.parse(scripts[0]!.textContent) as Record<string, unknown>;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Article');
    expect(ld.headline).toBe(meta(slug, 'citation_title')[0]);
    expect(ld.url).toBe(canonicalOf(slug));
    expect(ld.dateModified).toBe(meta(slug, 'citation_publication_date')[0]?.replace(/\//g, '-'));
    expect(ld.author).toEqual(meta(slug, 'citation_author').map((name) => expect.objectContaining({ name })));
    expect(ld.license).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
  });

  test.each(slugs)('%s has Open Graph and Twitter tags for a shared link', (slug) => {
    for (const name of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'twitter:card']) {
      expect(meta(slug, name), name).toHaveLength(1);
    }
    expect(meta(slug, 'og:url')).toEqual([canonicalOf(slug)]);
  });
});

describe('permanent URLs, history and print', () => {
  test('every URL in the registry is built, as a case page or a redirect', () => {
    const registered = parseRegistry(readFileSync('content/published-urls.json', 'utf8'));
    expect(registered.length).toBeGreaterThan(0);
    expect(registered.filter((path) => !fileFor(path))).toEqual([]);
  });

  test.each(slugs)('%s tells its changes in Dutch, without commit hashes, each earlier one linked to a readable version', (slug) => {
    const root = page(`/voorbeelden/${slug}/`);
    expect(root.querySelector('#wijzigingen')?.text).toBe('Wijzigingen');
    const items = root.querySelectorAll('.history__list > li');
    items.forEach((item, index) => {
      expect(item.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.querySelector('.history__what')?.text).toMatch(/^(Het|De|Kenmerken) .+\.$/);
      expect(item.querySelector('a[href*="/commit/"]')).toBeNull();
      expect(item.text).not.toMatch(/\b[0-9a-f]{7,40}\b/);
      if (index === 0) return;
      // The link goes to a page of this site, to the anchor of that version, which exists.
      const href = item.querySelector('.history__links a')?.getAttribute('href') ?? '';
      const [path, anchor] = href.split('#');
      expect(path).toBe(`/voorbeelden/${slug}/versies/`);
      expect(page(path!).querySelector(`#${anchor}`)?.querySelector('.versions__text')).toBeTruthy();
    });
  });

  test.each(slugs)('%s carries URL, reviewed date and citation for print', (slug) => {
    const footer = page(`/voorbeelden/${slug}/`).querySelector('.print-footer')?.text ?? '';
    expect(footer).toContain(canonicalOf(slug));
    expect(footer).toContain('laatst gecontroleerd');
    expect(footer).toContain('Citeer als');
  });
});

describe('feeds and sitemap', () => {
  test('the main feed lists every case (up to 50) with its permanent URL', () => {
    const xml = read('feed.xml');
    expect(xml.startsWith('<?xml')).toBe(true);
    const links = [...xml.matchAll(/<item>.*?<link>(.*?)<\/link>/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(slugs.slice(0, 50).map((slug) => canonicalOf(slug)).sort());
  });

  test('every facet value has its own feed, linked from its page', () => {
    const missing = facetRoutes.flatMap((route) =>
      route.vocabulary.terms.map((term) => `/${route.segment}/${term.key}/`).filter((path) => !fileFor(`${path}feed.xml`) || !page(path).querySelector(`link[rel="alternate"][href="${path}feed.xml"]`)),
    );
    expect(missing).toEqual([]);
  });

  test('the sitemap lists every case page', () => {
    const xml = read('sitemap-0.xml');
    expect(slugs.filter((slug) => !xml.includes(`<loc>${canonicalOf(slug)}</loc>`))).toEqual([]);
  });
});
