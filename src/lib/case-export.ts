/**
 * The catalogue as data for reuse: cases.json (every case's frontmatter plus its URL) and
 * cases.csv (one row per case). Pure: the caller passes the cases and a URL for each; the output
 * has a fixed column and key order, so the same catalogue always gives the same bytes.
 */
import { stringify } from 'csv-stringify/sync';
import type { CaseRecord } from './cases';
import { isoDate } from './format';
import { caseFieldNames, type CaseData } from '../schemas/case';
import type { Vocabulary } from '../data/vocabulary';
import { labelOf } from '../data/vocabulary';
import { facets, labourMarketRegions, outcomeBasisKinds, routes, verificationLevels } from '../data/vocabularies';
import { effortText, resultText, scaleText } from './evidence-text';
import { SOURCED_FACETS } from './evidence';

/** Separator between the keys of a multi-valued facet in one CSV cell ("groningen;drenthe"). */
export const KEY_SEPARATOR = ';';
/** Separator between free-text items (lessons, sources) in one CSV cell: one item per line. */
export const TEXT_SEPARATOR = '\n';
/** Byte order mark: without it Excel reads UTF-8 as Windows-1252 and "Fryslân" breaks. */
export const BOM = '\uFEFF';

/** How a row of the data files points at its case. */
export type UrlOf = (record: CaseRecord) => string;

/** A JSON value; dates become YYYY-MM-DD strings. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function toJson(value: unknown): Json | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map((v) => toJson(v) ?? null);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [key, v] of Object.entries(value)) {
      const converted = toJson(v);
      if (converted !== undefined) out[key] = converted;
    }
    return out;
  }
  return value as Json;
}

/** One record of cases.json: slug, URL, then the frontmatter fields in schema order. */
export function caseJsonRecord(record: CaseRecord, url: string): Record<string, Json> {
  const out: Record<string, Json> = { slug: record.slug, url };
  const data = record.data as Record<string, unknown>;
  for (const field of caseFieldNames) {
    const value = toJson(data[field]);
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/**
 * The version of the data set: the operator's tag when set, else the release date, the newest of
 * the change dates from git or, without them, of the check dates of the cases (YYYY-MM-DD).
 */
export function datasetVersionOf(tag: string | undefined, changeDates: readonly string[], reviewed: readonly Date[]): { version: string; released: string } {
  const dates = changeDates.length ? [...changeDates] : reviewed.map(isoDate);
  const released = dates.sort().at(-1) ?? '';
  return { version: tag?.trim() || released, released };
}

/** Facts about the data set written at the top of cases.json. */
export interface DatasetInfo {
  title: string;
  /** Version (tag or release date) and release date, as /data/ and the citation give them. */
  version: string;
  released: string;
  licence: { name: string; url: string };
  /** Absolute URL of schema.json. */
  schema: string;
  /** Absolute URL of the /data/ page that explains the files. */
  documentation: string;
}

/** The whole of cases.json: the data set's facts and one record per case, in the given order. */
export function casesJson(records: readonly CaseRecord[], urlOf: UrlOf, info: DatasetInfo): string {
  const body = { ...info, count: records.length, cases: records.map((r) => caseJsonRecord(r, urlOf(r))) };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** A column of cases.csv: its header, what it holds (shown on /data/), and how to fill it. */
export interface CsvColumn {
  header: string;
  /** Dutch column header, for the copy for Dutch Excel (cases-excel-nl.csv). */
  dutch: string;
  description: string;
  value: (record: CaseRecord, url: string) => string;
}

type ListField = 'provinces' | 'labourMarketRegions' | 'sectors' | 'levels' | 'routes' | 'aims' | 'factors' | 'scenarios';
type KeyField = 'type' | 'status' | 'outcome' | 'evidence' | 'verification';

const keys = (data: CaseData, field: ListField): readonly string[] => data[field] ?? [];
const text = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

function keyColumns(field: KeyField, vocabulary: Vocabulary): CsvColumn[] {
  return [
    { header: field, dutch: `${vocabulary.name} (sleutel)`, description: `${vocabulary.name}: sleutel.`, value: (r) => r.data[field] },
    { header: `${field}Label`, dutch: vocabulary.name, description: `${vocabulary.name}: naam.`, value: (r) => labelOf(vocabulary, r.data[field]) },
  ];
}

function listColumns(field: ListField, vocabulary: Vocabulary): CsvColumn[] {
  return [
    { header: field, dutch: `${vocabulary.plural} (sleutels)`, description: `${vocabulary.plural}: sleutels, gescheiden door "${KEY_SEPARATOR}".`, value: (r) => keys(r.data, field).join(KEY_SEPARATOR) },
    {
      header: `${field}Label`,
      dutch: vocabulary.plural,
      description: `${vocabulary.plural}: namen, gescheiden door "${KEY_SEPARATOR}".`,
      value: (r) => keys(r.data, field).map((key) => labelOf(vocabulary, key)).join(KEY_SEPARATOR),
    },
  ];
}

/** The columns of cases.csv, in order. The /data/ page lists them from here. */
export const csvColumns: readonly CsvColumn[] = [
  { header: 'slug', dutch: 'Bestandsnaam', description: 'Bestandsnaam van het voorbeeld; vast deel van het webadres.', value: (r) => r.slug },
  { header: 'url', dutch: 'Webadres', description: 'Permanent webadres van het voorbeeld.', value: (_, url) => url },
  { header: 'title', dutch: 'Titel', description: 'Titel.', value: (r) => r.data.title },
  { header: 'summary', dutch: 'Samenvatting', description: 'Samenvatting in één of twee zinnen.', value: (r) => r.data.summary },
  ...keyColumns('type', facets.type),
  ...listColumns('provinces', facets.provinces),
  ...listColumns('labourMarketRegions', labourMarketRegions),
  { header: 'place', dutch: 'Plaats of streek', description: 'Plaats of streek (vrije tekst).', value: (r) => text(r.data.place) },
  ...listColumns('sectors', facets.sectors),
  ...listColumns('levels', facets.levels),
  ...listColumns('routes', routes),
  ...listColumns('aims', facets.aims),
  ...listColumns('factors', facets.factors),
  ...listColumns('scenarios', facets.scenarios),
  ...keyColumns('status', facets.status),
  { header: 'statusAsOf', dutch: 'Status volgens bron uit', description: 'Jaar van de nieuwste bron die de status laat zien.', value: (r) => text(r.data.statusAsOf) },
  { header: 'statusSource', dutch: 'Bron van de status', description: 'Sleutel (key) van die bron; zie sourceKeys.', value: (r) => r.data.statusSource },
  { header: 'stopReason', dutch: 'Waarom gestopt', description: 'Waarom het voorbeeld stopte (alleen bij status gestopt).', value: (r) => text(r.data.stopReason) },
  ...keyColumns('outcome', facets.outcome),
  {
    header: 'outcomeSources',
    dutch: 'Bronnen van de uitkomst',
    description: `Sleutels van de bronnen die de uitkomst laten zien, gescheiden door "${KEY_SEPARATOR}" (leeg bij uitkomst onbekend).`,
    value: (r) => (r.data.outcomeBasis?.sources ?? []).join(KEY_SEPARATOR),
  },
  { header: 'outcomeBy', dutch: 'Wie de uitkomst meldt (sleutel)', description: 'Wie de uitkomst meldt: initiatiefnemer of onafhankelijk.', value: (r) => r.data.outcomeBasis?.by ?? '' },
  { header: 'outcomeByLabel', dutch: 'Wie de uitkomst meldt', description: 'Wie de uitkomst meldt, als tekst.', value: (r) => (r.data.outcomeBasis ? labelOf(outcomeBasisKinds, r.data.outcomeBasis.by) : '') },
  ...keyColumns('evidence', facets.evidence),
  ...keyColumns('verification', verificationLevels),
  { header: 'started', dutch: 'Beginjaar', description: 'Beginjaar.', value: (r) => text(r.data.started) },
  { header: 'ended', dutch: 'Eindjaar', description: 'Eindjaar.', value: (r) => text(r.data.ended) },
  { header: 'organisations', dutch: 'Organisaties', description: 'Betrokken organisaties, één per regel.', value: (r) => r.data.organisations.map((o) => o.name).join(TEXT_SEPARATOR) },
  { header: 'sourceKeys', dutch: 'Bronsleutels', description: 'Sleutels (keys) van de bronnen, één per regel; de tekst en de andere kolommen verwijzen ermee naar een bron.', value: (r) => r.data.sources.map((s) => s.key).join(TEXT_SEPARATOR) },
  { header: 'sources', dutch: 'Bronnen', description: 'Titels van de bronnen, één per regel, in dezelfde volgorde.', value: (r) => r.data.sources.map((s) => s.title).join(TEXT_SEPARATOR) },
  {
    header: 'sourceUrls',
    dutch: 'Webadressen van de bronnen',
    description: 'Webadressen van de bronnen, één per regel, in dezelfde volgorde (leeg als een bron geen webadres heeft).',
    value: (r) => r.data.sources.map((s) => s.url ?? '').join(TEXT_SEPARATOR),
  },
  {
    header: 'facetBasis', dutch: 'Bronnen van de kenmerken',
    description: 'Uit welke bron de provincies, sectoren, niveaus en leerwegen komen: per regel "veld: sleutels".',
    value: (r) =>
      SOURCED_FACETS.filter((f) => r.data.facetBasis[f]?.length)
        .map((f) => `${f}: ${(r.data.facetBasis[f] ?? []).join(KEY_SEPARATOR)}`)
        .join(TEXT_SEPARATOR),
  },
  { header: 'lessons', dutch: 'Geleerde lessen', description: 'Geleerde lessen, één per regel.', value: (r) => r.data.lessons.map((l) => l.text).join(TEXT_SEPARATOR) },
  {
    header: 'lessonsBasis', dutch: 'Basis van de lessen',
    description: `Waar elke les op rust, één regel per les in dezelfde volgorde: bronsleutels gescheiden door "${KEY_SEPARATOR}", of redactie.`,
    value: (r) => r.data.lessons.map((l) => l.basis.join(KEY_SEPARATOR)).join(TEXT_SEPARATOR),
  },
  { header: 'conditions', dutch: 'Randvoorwaarden', description: 'Voorwaarden om het over te nemen, één per regel.', value: (r) => r.data.conditions.map((c) => c.text).join(TEXT_SEPARATOR) },
  {
    header: 'conditionsBasis', dutch: 'Basis van de randvoorwaarden',
    description: 'Waar elke voorwaarde op rust, één regel per voorwaarde in dezelfde volgorde.',
    value: (r) => r.data.conditions.map((c) => c.basis.join(KEY_SEPARATOR)).join(TEXT_SEPARATOR),
  },
  { header: 'scale', dutch: 'Omvang', description: 'Omvang: aantallen met jaar en bronsleutel, één per regel.', value: (r) => r.data.scale.map((e) => `${scaleText(e)} [${e.source}]`).join(TEXT_SEPARATOR) },
  { header: 'effort', dutch: 'Wat het kostte', description: 'Wat het kostte (geld, mensen, tijd) en wie betaalde, met bronsleutel, één per regel.', value: (r) => r.data.effort.map((e) => `${effortText(e)} [${e.source}]`).join(TEXT_SEPARATOR) },
  { header: 'results', dutch: 'Gemeten resultaten', description: 'Gemeten resultaten met bronsleutel, één per regel.', value: (r) => r.data.results.map((e) => `${resultText(e)} [${e.source}]`).join(TEXT_SEPARATOR) },
  { header: 'contactOrganisation', dutch: 'Navragen bij', description: 'Organisatie waar een lezer kan navragen.', value: (r) => r.data.contact?.organisation ?? '' },
  { header: 'contactUrl', dutch: 'Webpagina om na te vragen', description: 'Webpagina van die organisatie.', value: (r) => r.data.contact?.url ?? '' },
  { header: 'contributors', dutch: 'Beschreven door', description: 'Beschreven door, één per regel.', value: (r) => r.data.contributors.map((c) => c.name).join(TEXT_SEPARATOR) },
  { header: 'published', dutch: 'Gepubliceerd op', description: 'Datum van publicatie (JJJJ-MM-DD).', value: (r) => isoDate(r.data.published) },
  { header: 'reviewed', dutch: 'Laatst gecontroleerd op', description: 'Datum van de laatste controle (JJJJ-MM-DD); de datum om te citeren.', value: (r) => isoDate(r.data.reviewed) },
  { header: 'related', dutch: 'Verwante voorbeelden', description: `Slugs van verwante voorbeelden, gescheiden door "${KEY_SEPARATOR}".`, value: (r) => r.data.related.join(KEY_SEPARATOR) },
  {
    header: 'basedOn',
    dutch: 'Gebaseerd op',
    description: `Navolging: slugs van de voorbeelden waar deze aanpak van is overgenomen, elk met de sleutel van de bron die dat zegt tussen haken, gescheiden door "${KEY_SEPARATOR}".`,
    value: (r) => r.data.basedOn.map((entry) => `${entry.case} [${entry.source}]`).join(KEY_SEPARATOR),
  },
];

/** Options for casesCsv. */
export interface CsvOptions {
  /** Field delimiter: "," for cases.csv, ";" for the copy that Dutch Excel opens by double-click. */
  delimiter?: ',' | ';';
  /** Column headers: the field names (for code) or Dutch names (for people in Excel). */
  headers?: 'fields' | 'nl';
}

/**
 * A cell that starts with =, +, - or @ is a formula to Excel (CSV injection). Such text gets a
 * leading apostrophe, as OWASP advises; no case field is meant to start that way.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The whole of cases.csv: BOM, header row, one row per case, CRLF line ends (RFC 4180). */
export function casesCsv(records: readonly CaseRecord[], urlOf: UrlOf, options: CsvOptions = {}): string {
  const rows = records.map((record) => {
    const url = urlOf(record);
    return csvColumns.map((column) => neutraliseFormula(column.value(record, url)));
  });
  return (
    BOM +
    stringify([csvColumns.map((c) => (options.headers === 'nl' ? c.dutch : c.header)), ...rows], {
      delimiter: options.delimiter ?? ',',
      record_delimiter: 'windows',
      // csv-stringify only quotes the record delimiter itself (CRLF); a bare LF inside a cell must
      // be quoted too, or readers that split on LF see a new row.
      quoted_match: /[\r\n]/,
    })
  );
}
