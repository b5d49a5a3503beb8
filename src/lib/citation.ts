/**
 * Citations of a case in APA 7 (Dutch conventions), BibTeX, RIS and CSL-JSON, all produced by
 * citation-js from one CSL-JSON item. Pure: no Astro, no DOM; the same input gives the same bytes.
 *
 * Authors are the case's contributors, the container is the catalogue, the date is the reviewed
 * date and the URL is the permanent one.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { parse as parseName } from '@citation-js/name';
import { site } from '../data/site';
import { quickApa } from './apa';

/** What a citation needs to know about a case. */
export interface CitationInput {
  slug: string;
  title: string;
  summary: string;
  contributors: readonly { name: string; organisation?: string; orcid?: string }[];
  /** Date of the last review: the date of the cited version. */
  reviewed: Date;
  /** Permanent absolute URL of the case page. */
  url: string;
}

/** A name as CSL-JSON writes it: a person in parts, or an organisation as one literal. */
export type CslName =
  | { literal: string }
  | { family: string; given?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string; suffix?: string };

/** A CSL-JSON item of type webpage, the form reference managers exchange. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: CslName[];
  'container-title': string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: 'nl';
  abstract: string;
  'citation-key': string;
  publisher?: string;
}

/** Every format on the "Citeer dit voorbeeld" block and in the download files. */
export interface CitationFormats {
  /** APA 7 reference as plain text, for copying. */
  apaText: string;
  /** APA 7 reference as HTML (title in italics), escaped by citeproc. */
  apaHtml: string;
  bibtex: string;
  ris: string;
  /** CSL-JSON: a one-item array, as Zotero and pandoc read it. */
  cslJson: string;
}

// Parts of a name that mark an organisation rather than a person: whole words, and stems that
// also occur inside Dutch compounds ("Hanzehogeschool", "thuiszorgorganisatie").
const organisationWords = new Set(['team', 'roc', 'umc', 'raad', 'groep', 'bv', 'nv', 'school', 'mbo', 'hbo', 'ggd', 'ggz', 'vvt']);
const organisationStems = [
  'redactie',
  'hogeschool',
  'universiteit',
  'ziekenhuis',
  'zorggroep',
  'organisatie',
  'netwerk',
  'stichting',
  'gemeente',
  'ministerie',
  'praktijkbank',
  'vereniging',
  'academie',
  'instituut',
  'centrum',
  'werkgroep',
  'platform',
  'coöperatie',
  'college',
  'zorgpact',
  'programma',
  'afdeling',
  'regio',
];

/**
 * True when a contributor's name is an organisation or an editorial team, not a person. The
 * schema stores one free-text name, so this is a rule of thumb: organisation words, digits, or
 * more than five words.
 */
export function isOrganisationName(name: string): boolean {
  const words = name.toLocaleLowerCase('nl').split(/[\s,()/&+]+/).filter(Boolean);
  if (words.length < 2 || words.length > 5 || /\d/.test(name)) return true;
  return words.some((word) => organisationWords.has(word) || organisationStems.some((stem) => word.includes(stem)));
}

/** A contributor as a CSL name: organisations as a literal, persons split into their parts. */
export function cslName(name: string): CslName {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (isOrganisationName(clean)) return { literal: clean };
  const parts = parseName(clean);
  if (!parts.family) return { literal: clean };
  const out: CslName = { family: parts.family };
  if (parts.given) out.given = parts.given;
  if (parts['non-dropping-particle']) out['non-dropping-particle'] = parts['non-dropping-particle'];
  if (parts['dropping-particle']) out['dropping-particle'] = parts['dropping-particle'];
  if (parts.suffix) out.suffix = parts.suffix;
  return out;
}

/**
 * Dutch convention for the reference list: the particle follows the initials ("Berg, J. van den").
 * In CSL that is a dropping particle.
 */
function dutchListName(name: CslName): CslName {
  if ('literal' in name || !name['non-dropping-particle']) return name;
  const { 'non-dropping-particle': particle, ...rest } = name;
  return { ...rest, 'dropping-particle': particle };
}

/** RIS has no particle field: the particle goes into the family name ("de Visser, Marieke"). */
function risName(name: CslName): CslName {
  if ('literal' in name || !name['non-dropping-particle']) return name;
  const { 'non-dropping-particle': particle, ...rest } = name;
  return { ...rest, family: `${particle} ${name.family}` };
}

/** A BibTeX key citation-js accepts as is: the slug with underscores (hyphens are not safe). */
export function citationKey(slug: string): string {
  return slug.replace(/[^a-z0-9]+/gi, '_');
}

// Line breaks from folded YAML would break RIS lines and BibTeX fields; a citation is one line.
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The CSL-JSON item of a case: the one source for every other format. */
export function cslItem(input: CitationInput): CslItem {
  const d = input.reviewed;
  return {
    id: input.slug,
    type: 'webpage',
    title: oneLine(input.title),
    author: input.contributors.map((c) => cslName(c.name)),
    'container-title': site.name,
    issued: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
    URL: input.url,
    language: 'nl',
    abstract: oneLine(input.summary),
    'citation-key': citationKey(input.slug),
  };
}

const APA_NL = 'apa-nl';
const APA_NL_LOCALE = 'nl-NL';

/** Dutch conventions applied to the APA style plugin-csl ships (Radboud Universiteit, "Nederlandse conventies"). */
const dutchApaChanges: readonly [from: string, to: string][] = [
  // Date order: "(2026, 23 november)" instead of "(2026, november 23)".
  ['<date-part prefix=", " name="month"/><date-part prefix=" " name="day"/>', '<date-part prefix=", " name="day"/><date-part prefix=" " name="month"/>'],
  // The description of a data set: "[Dataset]" instead of "[Data set]".
  ['<text value="Data set"/>', '<text value="Dataset"/>'],
];

/**
 * Registers APA 7 with Dutch conventions, built from the style plugin-csl ships so nothing is
 * fetched. Fails loudly when that style changes shape, instead of silently citing in English.
 */
function registerDutchApa(): void {
  const csl = plugins.config.get('@csl');
  if (csl.templates.has(APA_NL)) return;
  if (!csl.locales.has(APA_NL_LOCALE)) throw new Error('citation-js levert geen nl-NL-locale mee; de APA-verwijzing kan niet in het Nederlands.');
  let style = csl.templates.get('apa');
  for (const [from, to] of dutchApaChanges) {
    if (!style.includes(from)) throw new Error(`De APA-stijl van @citation-js/plugin-csl is veranderd: "${from}" ontbreekt, de Nederlandse conventies kunnen niet worden toegepast.`);
    style = style.split(from).join(to);
  }
  csl.templates.add(APA_NL, style);
}

/** Renders one CSL item as an APA 7 reference (Dutch conventions): plain text and the entry's HTML. */
export function renderApa(item: object): { text: string; html: string } {
  registerDutchApa();
  const cite = new Cite(hideAngleBrackets(item));
  const options = { template: APA_NL, lang: APA_NL_LOCALE };
  const text = cite.format('bibliography', { ...options, format: 'text' }).trim();
  const html = cite.format('bibliography', { ...options, format: 'html' });
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  return { text: text.replace(HIDDEN_LT, '<'), html: (entry?.[1] ?? '').trim().replace(HIDDEN_LT, '&#60;') };
}

// citeproc reads <b>, <i>, <sup>, <sub> and <span …> in a title or name as formatting, so a title
// "Stage <b>vet</b>" came out bold. A private-use character stands in for < while citeproc works.
const HIDDEN_LT = /\uE000/g;
function hideAngleBrackets(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/</g, '\uE000');
  if (Array.isArray(value)) return value.map(hideAngleBrackets);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, hideAngleBrackets(v)]));
  return value;
}

/** The CSL item of a case as the APA reference list reads it: names in Dutch list order. */
export function apaItem(input: CitationInput): CslItem {
  const item = cslItem(input);
  return { ...item, author: item.author.map(dutchListName) };
}

/** The APA 7 reference of a case (Dutch conventions) as text and as HTML, the same as citeproc gives. */
export function formatApa(input: CitationInput): { text: string; html: string } {
  const item = apaItem(input);
  // citeproc costs milliseconds per case; the plain shapes most cases have are formatted directly.
  return quickApa(item) ?? renderApa(item);
}

/** What the APA reference of the whole data set needs. */
export interface DatasetCitationInput {
  title: string;
  /** Who answers for the data set (an organisation or editorial team). */
  author: string;
  /** Date of the newest review in the catalogue. */
  date: Date;
  /** URL of the /data/ page. */
  url: string;
  /** Version of the data set (release date or tag), so a citation names the version it used. */
  version?: string;
  /** The publishing organisation, when the operator has set one; else the catalogue's own name. */
  publisher?: string;
}

/** The APA 7 reference of the whole catalogue as a data set: "… [Dataset]. Praktijkbank Zorgstages. URL". */
export function formatDatasetApa(input: DatasetCitationInput): { text: string; html: string } {
  return renderApa({
    id: 'dataset',
    type: 'dataset',
    title: oneLine(input.title),
    author: [cslName(input.author)],
    publisher: input.publisher ?? site.name,
    issued: { 'date-parts': [[input.date.getUTCFullYear()]] },
    URL: input.url,
    ...(input.version ? { version: input.version } : {}),
  });
}

// What BibTeX and LaTeX read as commands or markup, written as the character itself. `<`, `>` and
// `|` print as other characters in LaTeX's default font encoding; braces must stay balanced.
const bibtexEscapes: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
  '"': '{"}',
};

/** Text as a BibTeX field value (between braces) that LaTeX prints as the same text. */
export function bibtexText(text: string): string {
  return oneLine(text).replace(/[\\{}$&%#_^~<>|"]/g, (char) => bibtexEscapes[char] ?? char);
}

/** One author for BibTeX: "von Last, First" for a person, {Whole Name} for an organisation. */
function bibtexName(name: CslName): string {
  if ('literal' in name) return `{${bibtexText(name.literal)}}`;
  // A part with a comma or the word "and" would split the name; braces keep it whole.
  const part = (text: string) => (/,|\band\b/i.test(text) ? `{${bibtexText(text)}}` : bibtexText(text));
  const last = [name['non-dropping-particle'] ?? name['dropping-particle'], name.family].filter(Boolean).map((p) => part(p!)).join(' ');
  return [last, name.suffix ? part(name.suffix) : undefined, name.given ? part(name.given) : undefined].filter(Boolean).join(', ');
}

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * BibTeX (@misc) of a case, with the standard fields (author, title, howpublished, year, month as
 * the three-letter macro) plus url and urldate, which biblatex, natbib styles, Zotero and JabRef
 * read. Written here rather than by citation-js, which passes `<` and braces through unescaped and
 * writes `month = {nov 23}`.
 */
export function formatBibtex(input: CitationInput): string {
  const item = cslItem(input);
  const d = input.reviewed;
  const fields: [string, string][] = [
    ['author', `{${item.author.map(bibtexName).join(' and ')}}`],
    ['title', `{${bibtexText(item.title)}}`],
    ['howpublished', `{${bibtexText(site.name)}}`],
    ['publisher', `{${bibtexText(site.name)}}`],
    ['year', `{${d.getUTCFullYear()}}`],
    ['month', bibtexMonths[d.getUTCMonth()]!],
    // A URL is read verbatim; only braces and backslashes could break the field.
    ['url', `{${item.URL.replace(/[{}\\]/g, encodeURIComponent)}}`],
    ['urldate', `{${d.toISOString().slice(0, 10)}}`],
    ['language', '{dutch}'],
  ];
  return `@misc{${item['citation-key']},\n${fields.map(([name, value]) => `\t${name} = ${value},`).join('\n')}\n}\n`;
}

/** RIS (TY - ELEC) of a case, as Zotero, Mendeley and EndNote import it. */
export function formatRis(input: CitationInput): string {
  const item = cslItem(input);
  const ris = new Cite({ ...item, author: item.author.map(risName), publisher: site.name }).format('ris');
  // citation-js wraps values every 70 characters, which breaks long URLs in some importers. Every
  // value here is one line (see oneLine), so a line without a tag is such a wrap: join it back.
  return `${ris.replace(/\n(?![A-Z][A-Z0-9] {2}- ?)/g, '')}\n`;
}

/** CSL-JSON of a case: a one-item array, pretty-printed. */
export function formatCslJson(input: CitationInput): string {
  return `${JSON.stringify([cslItem(input)], null, 2)}\n`;
}

/** All formats at once, for the case page and the download files. */
export function citationFormats(input: CitationInput): CitationFormats {
  const apa = formatApa(input);
  return { apaText: apa.text, apaHtml: apa.html, bibtex: formatBibtex(input), ris: formatRis(input), cslJson: formatCslJson(input) };
}

/**
 * The download files of a case: file name under /voorbeelden/<slug>/, media type and format.
 * `inline` formats are also shown on the page; CSL-JSON is long and only downloaded.
 */
export const citationFiles = [
  { file: 'citeer.bib', label: 'BibTeX', mediaType: 'application/x-bibtex', format: 'bibtex', inline: true },
  { file: 'citeer.ris', label: 'RIS', mediaType: 'application/x-research-info-systems', format: 'ris', inline: true },
  { file: 'citeer.json', label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json', format: 'cslJson', inline: false },
] as const satisfies readonly { file: string; label: string; mediaType: string; format: keyof CitationFormats; inline: boolean }[];

/** The citation input of a case record at its permanent URL. */
export function citationInputOf(record: { slug: string; data: Omit<CitationInput, 'slug' | 'url'> }, url: string): CitationInput {
  const { title, summary, contributors, reviewed } = record.data;
  return { slug: record.slug, title, summary, contributors, reviewed, url };
}
