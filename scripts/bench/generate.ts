/**
 * Generates the benchmark's synthetic catalogue: N valid cases with every facet varied (from
 * src/data/vocabularies.ts) and Dutch-like bodies of about 600 words under the H2 sections of
 * content/cases/_template.mdx.
 * Deterministic: the same count and seed give byte-identical files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  aims,
  evidenceLevels,
  factors,
  interventionTypes,
  labourMarketRegionList,
  levels,
  outcomes,
  provinces,
  routes,
  scenarios,
  sectors,
  statuses,
  verificationLevels,
  type ProvinceKey,
} from '../../src/data/vocabularies';
import { keysOf, labelOf, type Vocabulary } from '../../src/data/vocabulary';
import { createRandom, type Random } from './random';
import * as text from './dutch-text';

/** One generated case: its slug (file name), its frontmatter and its MDX body. */
export interface SyntheticCase {
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

type RealProvince = Exclude<ProvinceKey, 'landelijk'>;
const realProvinces = keysOf(provinces).filter((key): key is RealProvince => key !== 'landelijk');
const failing = new Set(['werkt-niet', 'gemengd']);

/** Words in a text, counted as runs of non-space characters. */
export function wordCount(value: string): number {
  return value.split(/\s+/).filter(Boolean).length;
}

/** ASCII kebab-case of a title, as a slug. */
export function slugify(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);
// "niet-vermeld" stands alone in a list; sectors and levels get it now and then, as real cases do.
const keys = (random: Random, vocabulary: Vocabulary, min: number, max: number): string[] =>
  random.sample(keysOf(vocabulary).filter((key) => key !== 'niet-vermeld'), random.int(min, max));
const keysOrNotStated = (random: Random, vocabulary: Vocabulary, min: number, max: number): string[] =>
  random.chance(0.1) ? ['niet-vermeld'] : keys(random, vocabulary, min, max);

/** The numbered prefix of case `index` (0-based), which keeps every slug unique. */
function slugPrefix(index: number): string {
  return `bench-${String(index + 1).padStart(5, '0')}`;
}

/**
 * Generates case number `index` of a catalogue of `count`; `random` must be seeded per case.
 * `slugOf` gives the slug of another case, for `related`; without it the case has no related cases.
 */
export function generateCase(index: number, count: number, random: Random, today: Date, slugOf?: (index: number) => string): SyntheticCase {
  const type = random.pick(keysOf(interventionTypes));
  const national = random.chance(0.08);
  const caseProvinces: string[] = national ? ['landelijk'] : random.sample(realProvinces, random.pick([1, 1, 1, 1, 2, 2, 3]));
  const home = (national ? random.pick(realProvinces) : caseProvinces[0]) as RealProvince;
  const town = random.pick(text.townsByProvince[home]);
  const provinceLabel = labelOf(provinces, home);
  const caseSectors = keysOrNotStated(random, sectors, 1, 3);
  const caseLevels = keysOrNotStated(random, levels, 1, 4);
  const levelText = caseLevels[0] === 'niet-vermeld' ? 'verschillende niveaus' : labelOf(levels, caseLevels[0]!);
  const caseAims = keys(random, aims, 1, 2);
  const caseFactors = keys(random, factors, 1, 4);
  const status = random.pick(keysOf(statuses));
  const outcome = random.pick(keysOf(outcomes));
  const noun = random.pick(text.typeNouns[type] ?? ['Aanpak']);

  const fill = (pattern: string, where = town, province = provinceLabel): string =>
    pattern.replaceAll('{town}', where).replaceAll('{province}', province);
  const organisation = (role: keyof typeof text.organisationPatterns) => ({
    name: fill(random.pick(text.organisationPatterns[role]), random.pick(text.townsByProvince[home])),
    role,
  });
  const orgs = [organisation('onderwijs'), organisation('zorg'), ...Array.from({ length: random.int(0, 2) }, () => organisation(random.pick(['zorg', 'overheid', 'netwerk', 'overig'] as const)))];
  const uniqueOrgs = orgs.filter((org, i) => orgs.findIndex((o) => o.name === org.name) === i);
  const anonymised = random.chance(0.1) ? uniqueOrgs.length - 1 : -1;

  // The number keeps titles unique, as `npm run check` demands.
  const where = random.pick([`in ${town}`, `bij ${uniqueOrgs[1]!.name}`, `voor ${levelText} in ${town}`, `in ${provinceLabel}`]);
  const title = `${noun} ${where} (nr. ${index + 1})`;
  const slug = `${slugPrefix(index)}-${slugify(title)}`.slice(0, 90).replace(/-$/, '');

  const year = random.int(2008, 2024);
  const slots: Record<string, () => string> = {
    town: () => town,
    province: () => provinceLabel,
    org: () => uniqueOrgs[0]!.name,
    org2: () => uniqueOrgs[1]!.name,
    sector: () => labelOf(sectors, random.pick(caseSectors)).toLowerCase(),
    level: () => labelOf(levels, random.pick(caseLevels)),
    factor: () => labelOf(factors, random.pick(caseFactors)).toLowerCase(),
    aim: () => labelOf(aims, random.pick(caseAims)).toLowerCase(),
    noun: () => noun.toLowerCase(),
    problem: () => random.pick(text.problems),
    group: () => random.pick(text.groups),
    year: () => String(year),
    year2: () => String(Math.min(year + random.int(1, 4), 2025)),
    percent: () => String(random.int(5, 40)),
    number: () => String(random.int(20, 400)),
    number2: () => String(random.int(401, 900)),
    small: () => String(random.int(2, 4)),
    small2: () => String(random.int(5, 12)),
    period: () => random.pick(['week', 'maand', 'kwartaal', 'blok']),
    grade: () => `${random.int(6, 8)},${random.int(0, 9)}`,
  };
  const sentence = (pattern: string): string => pattern.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot]?.() ?? slot);
  const filler = (): string => {
    const [subjects, verbs, objects, tails] = text.fillerParts as [string[], string[], string[], string[]];
    return `${random.pick(subjects)} ${random.pick(verbs)} ${random.pick(objects)} ${random.pick(tails)}.`;
  };
  // A paragraph mixes the section's own sentences with generic ones until it has enough words.
  const paragraph = (sentences: readonly string[], words: number): string => {
    const out: string[] = [];
    while (wordCount(out.join(' ')) < words) out.push(random.chance(0.55) ? sentence(random.pick(sentences)) : filler());
    return out.join(' ');
  };

  const lessonsRequired = failing.has(outcome) || status === 'gestopt';
  const lessons = lessonsRequired || random.chance(0.5) ? random.sample(text.lessonSentences, random.int(1, 3)) : [];
  const conditions = random.chance(0.7) ? random.sample(text.conditionSentences, random.int(1, 3)) : [];
  const published = addDays(new Date('2024-01-01T00:00:00Z'), random.int(0, 900));
  const reviewed = addDays(published, random.int(0, Math.max(0, Math.floor((today.getTime() - published.getTime()) / 86_400_000) - 1)));
  const started = random.chance(0.7) ? random.int(2008, 2024) : undefined;
  const regions = national ? [] : labourMarketRegionList.filter((r) => caseProvinces.includes(r.province));

  const sources = Array.from({ length: random.int(1, 3) }, (_, i) => ({
    key: `bron-${i + 1}`,
    title: sentence(random.pick(['Evaluatie van de {noun} in {town}', 'Jaarverslag {org} {year}', 'Stages in de zorg: ervaringen uit {province}', 'Monitor stageplaatsen {province} {year2}'])),
    publisher: uniqueOrgs[i % uniqueOrgs.length]!.name,
    year: random.int(year, 2025),
    url: `https://example.org/praktijkbank/${slug}/bron-${i + 1}`,
    ...(random.chance(0.5) ? { accessed: isoDay(reviewed) } : {}),
  }));
  const sourceKeys = sources.map((source) => source.key);
  const verification = random.pick(keysOf(verificationLevels));
  const caseRoutes = random.chance(0.5) ? keys(random, routes, 1, 2) : undefined;
  // The first citations name each source in turn, so no source goes uncited (the check warns about that).
  let uncited = 0;
  const cite = () => `[^${uncited < sourceKeys.length ? sourceKeys[uncited++] : random.pick(sourceKeys)}]`;

  const frontmatter: Record<string, unknown> = {
    title,
    summary: `${noun} waarin ${uniqueOrgs[0]!.name} en ${uniqueOrgs[1]!.name} samenwerken aan ${labelOf(aims, caseAims[0]!).toLowerCase()}, vooral voor studenten op ${levelText}.`,
    type,
    provinces: caseProvinces,
    ...(regions.length > 0 && random.chance(0.4) ? { labourMarketRegions: [random.pick(regions).key] } : {}),
    ...(random.chance(0.6) ? { place: town } : {}),
    sectors: caseSectors,
    levels: caseLevels,
    ...(caseRoutes ? { routes: caseRoutes } : {}),
    aims: caseAims,
    factors: caseFactors,
    ...(random.chance(0.4) ? { scenarios: keys(random, scenarios, 1, 1) } : {}),
    status,
    statusAsOf: sources[0]!.year,
    statusSource: 'bron-1',
    ...(status === 'gestopt' ? { stopReason: random.pick(text.stopReasons) } : {}),
    outcome,
    ...(outcome === 'onbekend' ? {} : { outcomeBasis: { sources: [random.pick(sourceKeys)], by: random.pick(['initiatiefnemer', 'onafhankelijk']) } }),
    evidence: random.pick(keysOf(evidenceLevels)),
    verification,
    ...(started === undefined ? {} : { started }),
    ...(started !== undefined && (status === 'afgerond' || status === 'gestopt') ? { ended: random.int(started, 2025) } : {}),
    organisations: uniqueOrgs.map((org, i) => (i === anonymised ? { name: `een organisatie in ${provinceLabel}`, role: org.role, anonymised: true } : org)),
    sources: sources.map((source) => ({ ...source, ...(verification === 'geverifieerd' ? { accessed: isoDay(reviewed) } : {}) })),
    facetBasis: {
      ...(verification === 'geverifieerd' ? { provinces: ['bron-1'] } : {}),
      ...(caseSectors.includes('niet-vermeld') ? {} : { sectors: ['bron-1'] }),
      ...(caseLevels.includes('niet-vermeld') ? {} : { levels: [random.pick(sourceKeys)] }),
      ...(caseRoutes ? { routes: ['bron-1'] } : {}),
    },
    ...(lessons.length > 0 ? { lessons: lessons.map((text, i) => ({ text, basis: i === 0 ? 'bron-1' : random.pick([...sourceKeys, 'redactie']) })) } : {}),
    ...(conditions.length > 0 ? { conditions: conditions.map((text) => ({ text, basis: random.pick([...sourceKeys, 'redactie']) })) } : {}),
    ...(random.chance(0.5) ? { scale: [{ count: random.int(5, 400), unit: random.pick(['studenten', 'stageplaatsen', 'organisaties']), year: sources[0]!.year, source: 'bron-1' }] } : {}),
    ...(random.chance(0.3) ? { effort: [{ kind: 'mensen', description: `${random.int(1, 4)} coördinatoren, samen ${random.int(1, 3)} fte.`, source: random.pick(sourceKeys) }] } : {}),
    ...(random.chance(0.4)
      ? { results: [{ measure: 'Aantal stageplaatsen', value: String(random.int(20, 90)), baseline: String(random.int(5, 19)), period: `${year}–2025`, source: random.pick(sourceKeys), independent: random.chance(0.3) }] }
      : {}),
    ...(random.chance(0.5) ? { contact: { organisation: uniqueOrgs[0]!.name, url: `https://example.org/praktijkbank/${slug}/contact` } } : {}),
    contributors: [random.chance(0.7) ? 'Redactie Praktijkbank Zorgstages' : { name: `Medewerker ${uniqueOrgs[0]!.name}`, organisation: uniqueOrgs[0]!.name }],
    published: isoDay(published),
    reviewed: isoDay(reviewed),
    ...(slugOf && count > 1 && random.chance(0.3)
      ? { related: [...new Set(Array.from({ length: random.int(1, 3) }, () => random.int(0, count - 1)).filter((i) => i !== index))].map(slugOf) }
      : {}),
  };
  // Every paragraph and list item cites a source, as the body rules demand; one paragraph is editorial.
  const cited = (text: string) => `${text}${cite()}`;
  const bullets = random.sample(text.approachBullets, random.int(3, 5)).map((b) => `- ${cited(b)}`);
  const body = [
    '## Aanleiding',
    cited(paragraph(text.reasonSentences, 60)),
    cited(paragraph(text.reasonSentences, 50)),
    '## Aanpak',
    cited(paragraph(text.approachSentences, 70)),
    bullets.join('\n'),
    cited(paragraph(text.approachSentences, 60)),
    cited(paragraph(text.conditionSentences, 70)),
    '## Resultaten',
    cited(paragraph(text.resultSentences[outcome] ?? [], 70)),
    cited(paragraph(text.resultSentences[outcome] ?? [], 50)),
    `Redactie: ${paragraph(text.lessonSentences, 60)}`,
    '## Meer weten',
    paragraph([`Zie de bronnen hieronder. Kent u dit voorbeeld uit {town}? Vul het dan aan via de knop "Bewerk deze pagina".`], 40),
  ].join('\n\n');

  return { slug, frontmatter, body: `${body}\n` };
}

/** The MDX text of a case: YAML frontmatter and body. */
export function caseFileText(item: SyntheticCase): string {
  return `---\n${stringify(item.frontmatter, { lineWidth: 0 })}---\n\n${item.body}`;
}

/** Generates `count` cases from `seed`, in memory. `today` bounds every date. */
export function generateCatalogue(count: number, seed: number, today: Date): SyntheticCase[] {
  const randomFor = (index: number) => createRandom(seed * 1_000_003 + index);
  // A slug is drawn from the case's own stream before anything else, so a first pass without
  // `related` yields every slug; the second pass can then point at any other case.
  const slugs = Array.from({ length: count }, (_, index) => generateCase(index, count, randomFor(index), today).slug);
  return Array.from({ length: count }, (_, index) => generateCase(index, count, randomFor(index), today, (i) => slugs[i]!));
}

/** Writes a generated catalogue to `dir` (emptied first) and returns the cases. */
export function writeCatalogue(dir: string, cases: readonly SyntheticCase[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of cases) writeFileSync(join(dir, `${item.slug}.mdx`), caseFileText(item));
}
