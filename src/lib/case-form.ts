/**
 * The contribution form as pure functions: form values → frontmatter → MDX text, and back. The
 * text is checked with the same code as `npm run check` (check-case.ts) before it is offered, so
 * whatever the form produces passes the check; anything else is refused with Dutch messages.
 */
import { Document, parse as parseYaml } from 'yaml';
import { caseFieldNames, createCaseSchema, lessonsRequiredReason, type CaseData } from '../schemas/case';
import { checkCaseFile, splitFrontmatter, yamlOptions } from './check-case';
import { isEditorial, referencesIn } from './evidence';
import { aims, evidenceLevels, factors, interventionTypes, levels, NOT_STATED, outcomes, provinces, sectors, statuses, verificationLevels } from '../data/vocabularies';
import type { Vocabulary } from '../data/vocabulary';

/** The two ways to tell a case: something that works (or runs), or an experiment that did not work. */
export type CaseMode = 'werkt' | 'mislukt';

/** One organisation row of the form. */
export interface OrganisationValues {
  name: string;
  role: string;
  url: string;
  /** The contributor describes the organisation instead of naming it. */
  anonymised: boolean;
}

/** One source row of the form; `authors` has one name per entry, `year` and `accessed` are text. */
export interface SourceValues {
  title: string;
  publisher: string;
  authors: string[];
  year: string;
  url: string;
  accessed: string;
  note: string;
}

/** One contributor row of the form. */
export interface ContributorValues {
  name: string;
  organisation: string;
  orcid: string;
}

/** Everything the form holds. Years and dates are text, as typed; lists hold vocabulary keys. */
export interface CaseFormValues {
  /** File name without .mdx; becomes the address /voorbeelden/<slug>/. */
  slug: string;
  mode: CaseMode;
  title: string;
  summary: string;
  type: string;
  provinces: string[];
  labourMarketRegions: string[];
  place: string;
  sectors: string[];
  levels: string[];
  routes: string[];
  aims: string[];
  factors: string[];
  scenarios: string[];
  status: string;
  stopReason: string;
  outcome: string;
  evidence: string;
  verification: string;
  started: string;
  ended: string;
  organisations: OrganisationValues[];
  sources: SourceValues[];
  lessons: string[];
  conditions: string[];
  contributors: ContributorValues[];
  published: string;
  reviewed: string;
  related: string[];
  redirectFrom: string[];
  draft: boolean;
  /** Text of the body sections by section id (see `caseSections`). */
  sections: Record<string, string>;
}

/** A section of the body: its id in the form, its heading in the file and the question it answers. */
export interface CaseSection {
  id: string;
  heading: string;
  question: string;
  hint: string;
  /** Required in this mode (the lessons section is also required whenever lessons are). */
  required: boolean;
}

const referenceHint = ' Wat u schrijft geldt als uw eigen verslag (bron: de indiener). Komt een zin uit een van de bronnen hieronder, zet dan [^bron-1] (het nummer van die bron) direct achter de zin.';

/** The body sections of each mode, in file order. The four questions lead the failure mode; lessons and conditions are fields of their own. */
export const caseSections: Readonly<Record<CaseMode, readonly CaseSection[]>> = {
  werkt: [
    { id: 'aanleiding', heading: 'Aanleiding', question: 'Welk probleem met stages speelde er, waar en voor wie?', hint: `Een paar zinnen over de situatie vooraf.${referenceHint}`, required: false },
    { id: 'aanpak', heading: 'Aanpak', question: 'Wat is er gedaan, door wie, en hoe is het georganiseerd?', hint: `Beschrijf de aanpak zo dat een andere regio hem kan nadoen.${referenceHint}`, required: true },
    { id: 'resultaten', heading: 'Resultaten', question: 'Wat is er bereikt, en wie zegt dat?', hint: `Noem cijfers alleen als u of een bron ze echt heeft.${referenceHint}`, required: false },
    { id: 'meer', heading: 'Meer weten', question: 'Waar vindt een lezer meer, en wie kan hij benaderen?', hint: 'Bijvoorbeeld een website of een functie (geen privégegevens).', required: false },
  ],
  mislukt: [
    { id: 'bedoeling', heading: 'Bedoeling', question: 'Wat was de bedoeling?', hint: `Welk probleem wilde u oplossen, en wat hoopte u te bereiken?${referenceHint}`, required: true },
    { id: 'aanpak', heading: 'Aanpak', question: 'Welke aanpak is gekozen?', hint: `Wat is er gedaan, door wie, en hoe lang?${referenceHint}`, required: true },
    { id: 'gebeurd', heading: 'Wat er gebeurde', question: 'Wat gebeurde er, en hoe week dat af van de bedoeling?', hint: `Beschrijf wat er gebeurde, niet wie het schuld had.${referenceHint}`, required: true },
    { id: 'meer', heading: 'Meer weten', question: 'Waar vindt een lezer meer?', hint: 'Optioneel: een verslag, evaluatie of website.', required: false },
  ],
};

/** Key of the source that every form file has: the contributor's own account. */
export const CONTRIBUTOR_SOURCE_KEY = 'indiener';

/** Key of the n-th (1-based) source a contributor lists in the form. */
export const formSourceKey = (n: number): string => `bron-${n}`;

/** The contributor's own account as a source, so that what they tell is cited like any other fact. */
export function contributorSource(published: string): Record<string, unknown> {
  const year = /^\d{4}/.exec(published)?.[0];
  return {
    key: CONTRIBUTOR_SOURCE_KEY,
    title: 'Beschrijving door de indiener, ingestuurd via het formulier van de Praktijkbank',
    publisher: 'Praktijkbank Zorgstages',
    year: year ? Number(year) : undefined,
    note: 'Eigen verslag van de indiener of diens organisatie; de redactie heeft het nog niet met andere bronnen vergeleken.',
  };
}

/**
 * Appends a reference to the contributor's account to every line that has none, so each paragraph
 * and each list item (also one that runs over several lines) cites it; a line marked "Redactie:" is left alone.
 */
export function citeContributor(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() && referencesIn(line).length === 0 && !isEditorial(line) ? `${line}[^${CONTRIBUTOR_SOURCE_KEY}]` : line))
    .join('\n');
}

/** "(bron 2)" at the end of a lesson or condition line: the contributor's second source is its basis. */
const lineSource = /\s*\(bron (\d+)\)\s*$/i;

/** A typed lesson or condition line as text and basis: "(bron N)" at its end names a source, otherwise it is the contributor's own account. */
export function basedLine(line: string): { text: string; basis: string } {
  const match = lineSource.exec(line);
  return match ? { text: line.slice(0, match.index).trim(), basis: formSourceKey(Number(match[1])) } : { text: line, basis: CONTRIBUTOR_SOURCE_KEY };
}

/** The line the form shows for a lesson or condition read back from a file. */
export function lineOfBased(entry: { text: string; basis: readonly string[] }): string {
  const n = /^bron-(\d+)$/.exec(entry.basis[0] ?? '')?.[1];
  return n ? `${entry.text} (bron ${n})` : entry.text;
}

/** Removes what `citeContributor` added, for reading a file back into the form. */
export function uncitedContributor(text: string): string {
  return text.replace(new RegExp(`\\[\\^${CONTRIBUTOR_SOURCE_KEY}\\]`, 'g'), '');
}

/** Outcomes that fit the failure mode. */
export const failureModeOutcomes: readonly string[] = ['werkt-niet', 'gemengd'];

/** A problem with the form, tied to a form field path such as `organisations[1].name` or `sections.aanpak`. */
export interface FormProblem {
  field: string;
  message: string;
}

/** Options: "today", and the cases that already exist (for links, related and duplicates). */
export interface CaseFormOptions {
  now?: Date;
  knownSlugs?: readonly string[];
  /** Titles of existing cases, lower-case comparison. */
  knownTitles?: readonly string[];
}

/** A finished file, or the reasons it cannot be made. */
export type BuildResult = { ok: true; slug: string; path: string; text: string } | { ok: false; problems: FormProblem[] };

/** Where a case file lives in the repository. */
export function casePath(slug: string): string {
  return `content/cases/${slug}.mdx`;
}

/** A file name (slug) from a title: lower case, no accents, words joined by hyphens, at most 60 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return (cut.lastIndexOf('-') > 20 ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, 60)).replace(/-+$/, '');
}

/** An ISO date (YYYY-MM-DD) in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Empty form values for a new case in the given mode, dated today. */
export function emptyFormValues(today: Date, mode: CaseMode = 'werkt'): CaseFormValues {
  return {
    slug: '',
    mode,
    title: '',
    summary: '',
    type: '',
    provinces: [],
    labourMarketRegions: [],
    place: '',
    sectors: [],
    levels: [],
    routes: [],
    aims: [],
    factors: [],
    scenarios: [],
    status: '',
    stopReason: '',
    outcome: '',
    evidence: 'beschreven',
    verification: 'te-verifieren',
    started: '',
    ended: '',
    organisations: [],
    sources: [],
    lessons: [],
    conditions: [],
    contributors: [],
    published: isoDay(today),
    reviewed: isoDay(today),
    related: [],
    redirectFrom: [],
    draft: false,
    sections: {},
  };
}

const clean = (value: string): string => value.replace(/\r\n?/g, '\n').trim();
const cleanList = (values: readonly string[]): string[] => values.map(clean).filter(Boolean);

/**
 * The values as they will be stored: text trimmed, line ends unified, empty rows and list entries
 * dropped, sections of the other mode left out. Building and parsing back give exactly these.
 */
export function normaliseFormValues(values: CaseFormValues): CaseFormValues {
  const sectionIds = new Set(caseSections[values.mode].map((s) => s.id));
  return {
    ...values,
    slug: clean(values.slug),
    title: clean(values.title),
    summary: clean(values.summary),
    type: clean(values.type),
    provinces: cleanList(values.provinces),
    labourMarketRegions: cleanList(values.labourMarketRegions),
    place: clean(values.place),
    sectors: cleanList(values.sectors),
    levels: cleanList(values.levels),
    routes: cleanList(values.routes),
    aims: cleanList(values.aims),
    factors: cleanList(values.factors),
    scenarios: cleanList(values.scenarios),
    status: clean(values.status),
    stopReason: clean(values.stopReason),
    outcome: clean(values.outcome),
    evidence: clean(values.evidence),
    verification: clean(values.verification),
    started: clean(values.started),
    ended: clean(values.ended),
    organisations: values.organisations
      .map((o) => ({ name: clean(o.name), role: clean(o.role), url: clean(o.url), anonymised: Boolean(o.anonymised) }))
      .filter((o) => o.name || o.url),
    sources: values.sources
      .map((s) => ({ title: clean(s.title), publisher: clean(s.publisher), authors: cleanList(s.authors), year: clean(s.year), url: clean(s.url), accessed: clean(s.accessed), note: clean(s.note) }))
      .filter((s) => s.title || s.publisher || s.authors.length || s.year || s.url || s.accessed || s.note),
    lessons: cleanList(values.lessons),
    conditions: cleanList(values.conditions),
    contributors: values.contributors.map((c) => ({ name: clean(c.name), organisation: clean(c.organisation), orcid: clean(c.orcid) })).filter((c) => c.name || c.organisation || c.orcid),
    published: clean(values.published),
    reviewed: clean(values.reviewed),
    related: cleanList(values.related),
    redirectFrom: cleanList(values.redirectFrom),
    draft: Boolean(values.draft),
    sections: Object.fromEntries(
      Object.entries(values.sections)
        .filter(([id]) => sectionIds.has(id))
        .map(([id, text]) => [id, clean(text)] as const)
        .filter(([, text]) => text),
    ),
  };
}

// Markdown and MDX syntax that a contributor's plain text must not trigger: code ({ } < ` import/export),
// headings (# and underlines) that would break the sections, and escapes and entities that would not round-trip.
const alwaysEscaped = new Set(['\\', '{', '}', '<', '`', '&', '~']);

/**
 * Makes typed text safe as the body of a section: it renders as the same words, Markdown lists,
 * emphasis and links keep working, and nothing is read as code or as a new heading.
 */
export function escapeSectionText(text: string): string {
  const escaped = [...text].map((char) => (alwaysEscaped.has(char) ? `\\${char}` : char)).join('');
  return escaped
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)([#=-])/, (_, space: string, mark: string) => (mark === '#' || /^\s*(=+|-+)\s*$/.test(line) ? `${space}\\${mark}` : `${space}${mark}`))
        .replace(/^import/, '&#105;mport')
        .replace(/^export/, '&#101;xport'),
    )
    .join('\n');
}

/** Reverses `escapeSectionText`. */
export function unescapeSectionText(text: string): string {
  return text.replace(/\\([\s\S])|&#105;|&#101;/g, (match, char?: string) => (char !== undefined ? char : match === '&#105;' ? 'i' : 'e'));
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const yearPattern = /^\d{4}$/;
// Characters that cannot be stored or shown reliably: control characters and broken emoji halves.
const unsafeCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\p{Surrogate}/u;

const toDate = (value: string) => new Date(`${value}T00:00:00Z`);

/** The frontmatter object, in the field order of the schema, leaving out what is empty. */
export function frontmatterOf(values: CaseFormValues): Record<string, unknown> {
  const v = normaliseFormValues(values);
  const data: Record<string, unknown> = {
    title: v.title,
    summary: v.summary,
    type: v.type,
    provinces: v.provinces,
    labourMarketRegions: v.labourMarketRegions.length ? v.labourMarketRegions : undefined,
    place: v.place || undefined,
    sectors: v.sectors,
    levels: v.levels,
    routes: v.routes.length ? v.routes : undefined,
    aims: v.aims,
    factors: v.factors,
    scenarios: v.scenarios.length ? v.scenarios : undefined,
    status: v.status,
    // The contributor tells the status as it is now: their own account is its source.
    statusAsOf: /^\d{4}/.test(v.published) ? Number(v.published.slice(0, 4)) : undefined,
    statusSource: CONTRIBUTOR_SOURCE_KEY,
    stopReason: v.stopReason || undefined,
    outcome: v.outcome,
    outcomeBasis: v.outcome && v.outcome !== 'onbekend' ? { sources: [CONTRIBUTOR_SOURCE_KEY], by: 'initiatiefnemer' } : undefined,
    evidence: v.evidence,
    verification: v.verification,
    started: v.started ? Number(v.started) : undefined,
    ended: v.ended ? Number(v.ended) : undefined,
    organisations: v.organisations.length
      ? v.organisations.map((o) => ({ name: o.name, role: o.role, url: o.url || undefined, anonymised: o.anonymised || undefined }))
      : undefined,
    facetBasis: facetBasisOf(v),
    sources: [
      ...v.sources.map((s, i) => ({
      key: formSourceKey(i + 1),
      title: s.title,
      publisher: s.publisher || undefined,
      authors: s.authors.length ? s.authors : undefined,
      year: s.year ? Number(s.year) : undefined,
      url: s.url || undefined,
      accessed: s.accessed && isoDatePattern.test(s.accessed) ? toDate(s.accessed) : s.accessed || undefined,
      note: s.note || undefined,
      })),
      contributorSource(v.published),
    ],
    lessons: v.lessons.length ? v.lessons.map(basedLine) : undefined,
    conditions: v.conditions.length ? v.conditions.map(basedLine) : undefined,
    contributors: v.contributors.map((c) => (c.organisation || c.orcid ? { name: c.name, organisation: c.organisation || undefined, orcid: c.orcid || undefined } : c.name)),
    published: isoDatePattern.test(v.published) ? toDate(v.published) : v.published,
    reviewed: isoDatePattern.test(v.reviewed) ? toDate(v.reviewed) : v.reviewed,
    related: v.related.length ? v.related : undefined,
    redirectFrom: v.redirectFrom.length ? v.redirectFrom : undefined,
    draft: v.draft || undefined,
  };
  return Object.fromEntries(caseFieldNames.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]));
}

/** Sectors, levels and routes that the contributor chose rest on their own account; "niet vermeld" needs no source. */
function facetBasisOf(v: CaseFormValues): Record<string, string[]> | undefined {
  const basis: Record<string, string[]> = {};
  for (const facet of ['provinces', 'sectors', 'levels', 'routes'] as const) {
    if (v[facet].length > 0 && !v[facet].includes(NOT_STATED)) basis[facet] = [CONTRIBUTOR_SOURCE_KEY];
  }
  return Object.keys(basis).length ? basis : undefined;
}

/** Vocabulary lists that are written on one line, as in the template: `provinces: [groningen]`. */
export const flowListFields: readonly string[] = ['provinces', 'labourMarketRegions', 'sectors', 'levels', 'routes', 'aims', 'factors', 'scenarios', 'related', 'redirectFrom'];

/** The frontmatter as YAML, vocabulary lists on one line as in the template. */
export function frontmatterYaml(values: CaseFormValues): string {
  const doc = new Document(frontmatterOf(values), yamlOptions);
  for (const key of flowListFields) {
    const node = doc.get(key, true) as { flow?: boolean } | undefined;
    if (node && typeof node === 'object') node.flow = true;
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The body: one `## heading` per answered section, in the order of the mode. */
export function bodyOf(values: CaseFormValues): string {
  const v = normaliseFormValues(values);
  return caseSections[v.mode]
    .filter((section) => v.sections[section.id])
    .map((section) => {
      const text = escapeSectionText(v.sections[section.id] ?? '');
      return `## ${section.heading}\n\n${section.id === 'meer' ? text : citeContributor(text)}\n`;
    })
    .join('\n');
}

/** The whole MDX file for these values, without checking it (see `buildCaseFile`). */
export function caseFileText(values: CaseFormValues): string {
  return `---\n${frontmatterYaml(values)}---\n\n${bodyOf(values)}`;
}

/** Checks that only the form can get wrong before the case rules run: formats, required answers, odd characters. */
function formProblems(v: CaseFormValues, options: CaseFormOptions): FormProblem[] {
  const problems: FormProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  // An empty required field gets a plain request; the schema's message is meant for a wrong value.
  for (const [field, what] of [['title', 'een titel (5 tot 120 tekens)'], ['summary', 'een samenvatting van één of twee zinnen (20 tot 300 tekens)']] as const) {
    if (!v[field]) add(field, `Vul ${what} in.`);
  }
  const choices: [keyof CaseFormValues, Vocabulary][] = [['type', interventionTypes], ['status', statuses], ['outcome', outcomes], ['evidence', evidenceLevels], ['verification', verificationLevels]];
  for (const [field, vocabulary] of choices) if (!v[field]) add(field, `Kies bij “${vocabulary.name}” één waarde.`);
  const lists: [keyof CaseFormValues, Vocabulary][] = [['provinces', provinces], ['sectors', sectors], ['levels', levels], ['aims', aims], ['factors', factors]];
  for (const [field, vocabulary] of lists) if ((v[field] as string[]).length === 0) add(field, `Kies bij “${vocabulary.plural}” minstens één waarde.`);
  if (v.sources.length === 0) add('sources', 'Noem minstens één bron: de titel van een rapport, webpagina of verslag waar lezers het kunnen nalezen.');
  if (v.contributors.length === 0) add('contributors', 'Vul bij “Over u” uw naam in; die staat bij het voorbeeld als beschrijver.');
  if (!v.slug) add('slug', 'Kies een bestandsnaam: kleine letters en streepjes, zoals ketenstage-oost-groningen. Die wordt het webadres.');
  else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v.slug)) add('slug', `De bestandsnaam "${v.slug}" mag alleen kleine letters, cijfers en streepjes bevatten. Bedoelde u ${slugify(v.slug) || 'naam-van-voorbeeld'}?`);
  else if (options.knownSlugs?.includes(v.slug)) add('slug', `Er is al een voorbeeld met de bestandsnaam ${v.slug}. Kies een andere, of vul het bestaande voorbeeld aan via "Bewerk deze pagina".`);
  if (v.title && options.knownTitles?.some((t) => t.trim().toLowerCase() === v.title.toLowerCase())) add('title', `Er is al een voorbeeld met de titel "${v.title}". Geef dit voorbeeld een eigen titel.`);
  for (const [field, value] of [['started', v.started], ['ended', v.ended], ...v.sources.map((s, i) => [`sources[${i + 1}].year`, s.year])] as const) {
    if (value && !yearPattern.test(value)) add(field, `"${value}" is geen jaartal. Schrijf vier cijfers, zoals 2019.`);
  }
  for (const [field, value] of [['published', v.published], ['reviewed', v.reviewed], ...v.sources.map((s, i) => [`sources[${i + 1}].accessed`, s.accessed])] as const) {
    if (value && !isoDatePattern.test(value)) add(field, `"${value}" is geen datum in de vorm JJJJ-MM-DD, zoals 2026-11-23.`);
  }
  v.organisations.forEach((o, i) => {
    if (o.anonymised && o.url) add(`organisations[${i + 1}].url`, 'U noemt deze organisatie niet bij naam; laat dan ook het webadres weg, anders is ze toch te herkennen.');
  });
  if (v.mode === 'mislukt' && v.outcome && !failureModeOutcomes.includes(v.outcome)) {
    add('outcome', `Bij een experiment dat niet werkte is de uitkomst "werkt-niet" (werkte niet zoals bedoeld) of "gemengd", niet "${v.outcome}". Of kies bovenaan "Een aanpak die werkt of loopt".`);
  }
  const lessonsNeeded = lessonsRequiredReason(v);
  for (const section of caseSections[v.mode]) {
    if (!v.sections[section.id] && section.required) add(`sections.${section.id}`, `Beantwoord de vraag "${section.question}"`);
  }
  if (v.lessons.length === 0 && (lessonsNeeded || v.mode === 'mislukt')) {
    add('lessons', `Schrijf bij "Geleerde lessen" wat anderen hiervan kunnen leren, één les per regel.${lessonsNeeded ? ` ${lessonsNeeded}` : ''}`);
  }
  const texts: [string, string][] = [
    ['slug', v.slug],
    ['title', v.title],
    ['summary', v.summary],
    ['place', v.place],
    ['stopReason', v.stopReason],
    ...v.organisations.flatMap((o, i): [string, string][] => [[`organisations[${i + 1}].name`, o.name], [`organisations[${i + 1}].url`, o.url]]),
    ...v.sources.flatMap((s, i): [string, string][] => [
      [`sources[${i + 1}].title`, s.title],
      [`sources[${i + 1}].publisher`, s.publisher],
      [`sources[${i + 1}].url`, s.url],
      [`sources[${i + 1}].note`, s.note],
      ...s.authors.map((a, j): [string, string] => [`sources[${i + 1}].authors[${j + 1}]`, a]),
    ]),
    ...v.lessons.map((l, i): [string, string] => [`lessons[${i + 1}]`, l]),
    ...v.conditions.map((c, i): [string, string] => [`conditions[${i + 1}]`, c]),
    ...v.contributors.flatMap((c, i): [string, string][] => [[`contributors[${i + 1}].name`, c.name], [`contributors[${i + 1}].organisation`, c.organisation], [`contributors[${i + 1}].orcid`, c.orcid]]),
    ...Object.entries(v.sections).map(([id, text]): [string, string] => [`sections.${id}`, text]),
  ];
  for (const [field, text] of texts) {
    if (unsafeCharacters.test(text)) add(field, 'Hier staat een onzichtbaar stuurteken of een half emoji-teken (vaak na kopiëren uit een ander programma). Typ de tekst opnieuw of plak hem eerst in Kladblok.');
  }
  return problems;
}

/** The section a line of the generated body belongs to, for pointing a body problem at its field. */
function sectionAtLine(text: string, line: number, mode: CaseMode): string | undefined {
  const lines = text.split('\n');
  let current: string | undefined;
  for (let i = 0; i < Math.min(line, lines.length); i++) {
    const heading = /^## (.+)$/.exec(lines[i] ?? '')?.[1];
    if (heading) current = caseSections[mode].find((s) => s.heading === heading)?.id ?? current;
  }
  return current;
}

/** Turns a check problem field ("organisations[1].name", "inhoud", "frontmatter") into a form field. */
function formFieldOf(field: string, line: number | undefined, text: string, mode: CaseMode): string {
  if (field === 'inhoud') {
    const section = line ? sectionAtLine(text, line, mode) : undefined;
    return section ? `sections.${section}` : 'sections';
  }
  return field;
}

/**
 * Builds the MDX file for the form values and checks it with the same rules as `npm run check`.
 * Returns the file, or every problem with the form field it belongs to.
 */
export function buildCaseFile(values: CaseFormValues, options: CaseFormOptions = {}): BuildResult {
  const v = normaliseFormValues(values);
  const early = formProblems(v, options);
  // Text that cannot be stored safely is not turned into a file at all.
  if (early.some((p) => p.message.includes('stuurteken'))) return { ok: false, problems: early };
  const text = caseFileText(v);
  const path = casePath(v.slug || 'naam-van-voorbeeld');
  const { problems } = checkCaseFile(path, text, { now: options.now, knownSlugs: [...(options.knownSlugs ?? []), v.slug] });
  // Where the form already explained a field, the check's more general message on it adds nothing.
  const covered = (field: string) => early.some((p) => p.field === field || (field === 'sections' && p.field.startsWith('sections.')));
  // Warnings (a listed source that nothing cites) do not stop a contribution; the editors look at them.
  const checked = problems.filter((p) => p.severity !== 'waarschuwing').map((p) => ({ field: formFieldOf(p.field, p.line, text, v.mode), message: p.message })).filter((p) => !covered(p.field));
  const all = [...early, ...checked];
  const unique = all.filter((p, i) => all.findIndex((q) => q.field === p.field && q.message === p.message) === i);
  if (unique.length > 0) return { ok: false, problems: unique };
  return { ok: true, slug: v.slug, path, text };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const yearText = (value: unknown): string => (typeof value === 'number' ? String(value) : '');
const dateText = (value: unknown): string => (value instanceof Date ? isoDay(value) : text(value));
const keys = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Form values from checked frontmatter and body sections. */
function valuesFromData(slug: string, data: CaseData, sections: Record<string, string>, mode: CaseMode): CaseFormValues {
  return {
    slug,
    mode,
    title: data.title,
    summary: data.summary,
    type: data.type,
    provinces: keys(data.provinces),
    labourMarketRegions: keys(data.labourMarketRegions),
    place: text(data.place),
    sectors: keys(data.sectors),
    levels: keys(data.levels),
    routes: keys(data.routes).filter((key) => key !== NOT_STATED),
    aims: keys(data.aims),
    factors: keys(data.factors),
    scenarios: keys(data.scenarios),
    status: data.status,
    stopReason: text(data.stopReason),
    outcome: data.outcome,
    evidence: data.evidence,
    verification: data.verification,
    started: yearText(data.started),
    ended: yearText(data.ended),
    organisations: data.organisations.map((o) => ({ name: o.name, role: o.role, url: text(o.url), anonymised: Boolean(o.anonymised) })),
    sources: data.sources.filter((s) => s.key !== CONTRIBUTOR_SOURCE_KEY).map((s) => ({
      title: s.title,
      publisher: text(s.publisher),
      authors: s.authors ?? [],
      year: yearText(s.year),
      url: text(s.url),
      accessed: dateText(s.accessed),
      note: text(s.note),
    })),
    lessons: data.lessons.map(lineOfBased),
    conditions: data.conditions.map(lineOfBased),
    contributors: data.contributors.map((c) => ({ name: c.name, organisation: text(c.organisation), orcid: text(c.orcid) })),
    published: dateText(data.published),
    reviewed: dateText(data.reviewed),
    related: data.related,
    redirectFrom: data.redirectFrom,
    draft: data.draft,
    sections,
  };
}

/** A parsed file, or why the form cannot read it. */
export type ParseResult = { ok: true; values: CaseFormValues } | { ok: false; problems: FormProblem[] };

/**
 * Reads a case file made by the form back into form values: frontmatter through the schema, body
 * split at its `## ` headings. Files with headings the form does not know are refused.
 */
export function parseCaseFile(slug: string, source: string, options: CaseFormOptions = {}): ParseResult {
  const split = splitFrontmatter(source);
  if (!split) return { ok: false, problems: [{ field: 'frontmatter', message: 'Het bestand begint niet met gegevens tussen twee regels ---.' }] };
  let raw: unknown;
  try {
    raw = parseYaml(split.frontmatter, yamlOptions);
  } catch (error) {
    return { ok: false, problems: [{ field: 'frontmatter', message: `De gegevens zijn geen geldige YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const result = createCaseSchema({ now: options.now, knownSlugs: options.knownSlugs ? [...options.knownSlugs, slug] : undefined }).safeParse(raw);
  if (!result.success) return { ok: false, problems: result.error.issues.map((issue) => ({ field: issue.path.join('.') || 'frontmatter', message: issue.message })) };

  const headings = new Map<string, { mode?: CaseMode; id: string }>();
  for (const mode of ['werkt', 'mislukt'] as const) {
    for (const section of caseSections[mode]) {
      const known = headings.get(section.heading);
      headings.set(section.heading, { id: section.id, mode: known && known.mode !== mode ? undefined : mode });
    }
  }
  const sections: Record<string, string> = {};
  let mode: CaseMode = 'werkt';
  const parts = split.body.split(/^## (.*)$/m);
  if (parts[0]?.trim()) return { ok: false, problems: [{ field: 'sections', message: 'Er staat tekst vóór de eerste kop; het formulier kent alleen tekst onder de koppen.' }] };
  for (let i = 1; i < parts.length; i += 2) {
    const heading = parts[i] ?? '';
    const section = headings.get(heading);
    if (!section) return { ok: false, problems: [{ field: 'sections', message: `De kop "${heading}" hoort niet bij het formulier. Bewerk dit bestand in een teksteditor.` }] };
    if (section.mode === 'mislukt') mode = 'mislukt';
    sections[section.id] = unescapeSectionText(uncitedContributor((parts[i + 1] ?? '').trim()));
  }
  return { ok: true, values: valuesFromData(slug, result.data, sections, mode) };
}

/** The HTML id of a form field for a field path ("organisations[1].name" → "veld-organisations-1-name"). */
export function fieldId(field: string): string {
  return `veld-${field.replace(/[[\].]+/g, '-').replace(/-+$/, '')}`;
}
