/**
 * The frontmatter of a case, with the Dutch messages a contributor sees next to each rule.
 * The same schema serves the Astro build (src/content.config.ts), `npm run check` and the tests.
 */
import { z } from 'astro/zod';
import type { Vocabulary } from '../data/vocabulary';
import { keysOf } from '../data/vocabulary';
import {
  aims,
  evidenceLevels,
  factors,
  interventionTypes,
  labourMarketRegionList,
  labourMarketRegions,
  levels,
  organisationRoles,
  outcomes,
  provinces,
  routes,
  scenarios,
  sectors,
  statuses,
  verificationLevels,
} from '../data/vocabularies';
import { nearMatch } from '../lib/near-match';
import { invisibleCharacterProblem } from '../lib/text-rules';

/** Options that make the schema deterministic in tests and aware of the other cases. */
export interface CaseSchemaOptions {
  /** "Today": dates and years after it are refused. Defaults to the moment of checking. */
  now?: Date;
  /** Slugs of all cases; when given, `related` and `redirectFrom` are checked against them. */
  knownSlugs?: readonly string[];
}

const fieldNames = [
  'title',
  'summary',
  'type',
  'provinces',
  'labourMarketRegions',
  'place',
  'sectors',
  'levels',
  'routes',
  'aims',
  'factors',
  'scenarios',
  'status',
  'stopReason',
  'outcome',
  'evidence',
  'verification',
  'started',
  'ended',
  'organisations',
  'sources',
  'lessons',
  'conditions',
  'contributors',
  'published',
  'reviewed',
  'related',
  'redirectFrom',
  'draft',
] as const;

/** Every frontmatter field a case may have. */
export const caseFieldNames: readonly string[] = fieldNames;

const quote = (value: unknown): string =>
  typeof value === 'string' ? `"${value}"` : value instanceof Date ? `"${value.toISOString().slice(0, 10)}"` : JSON.stringify(value) ?? String(value);

const fieldOf = (path: readonly (string | number)[]): string =>
  path.length === 0 ? 'frontmatter' : path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : p)).join('.').replace(/\.\[/g, '[');

const describeType = (value: unknown): string => {
  if (value === undefined) return 'niets';
  if (value === null) return 'een leeg veld';
  if (Array.isArray(value)) return 'een lijst';
  if (value instanceof Date) return 'een datum';
  if (typeof value === 'string') return 'tekst';
  if (typeof value === 'number') return 'een getal';
  if (typeof value === 'boolean') return 'ja/nee (true/false)';
  return 'een groep velden';
};

/** Message for a value of the wrong kind (or a missing required value). */
function typeMessage(issue: z.ZodIssueOptionalMessage, ctx: { data: unknown; defaultError: string }, expected: string, example: string): string {
  const field = fieldOf(issue.path);
  if (ctx.data === undefined) return `Het veld "${field}" ontbreekt, maar is verplicht. Verwacht: ${expected}. Voorbeeld: ${example}`;
  return `Het veld "${field}" bevat ${describeType(ctx.data)} (${quote(ctx.data)}), maar verwacht wordt ${expected}. Voorbeeld: ${example}`;
}

/** One key from a vocabulary, with a Dutch message that lists the allowed keys and a near match. */
function vocabularyKey<K extends string>(vocabulary: Vocabulary<K>) {
  const keys = keysOf(vocabulary);
  const labels = Object.fromEntries(vocabulary.terms.map((t) => [t.key, t.label]));
  return z.enum(keys, {
    errorMap: (issue, ctx) => {
      const field = fieldOf(issue.path);
      if (issue.code === 'invalid_enum_value' || (issue.code === 'invalid_type' && ctx.data !== undefined)) {
        const received = String(ctx.data);
        const suggestion = nearMatch(received, keys, labels);
        return {
          message:
            `Het veld "${field}" bevat ${quote(ctx.data)}; dat is geen bekende waarde voor ${vocabulary.name.toLowerCase()}.` +
            (suggestion ? ` Bedoelde u "${suggestion}"?` : '') +
            ` Toegestaan: ${keys.join(', ')}.`,
        };
      }
      return { message: typeMessage(issue, ctx, `één waarde voor ${vocabulary.name.toLowerCase()}`, `${keys[0]}`) };
    },
  });
}

/** A list of one or more vocabulary keys, without duplicates. */
function vocabularyList<K extends string>(vocabulary: Vocabulary<K>, options: { min?: number; max?: number } = {}) {
  const min = options.min ?? 1;
  const keys = keysOf(vocabulary);
  let list = z.array(vocabularyKey(vocabulary), {
    errorMap: (issue, ctx) => ({
      message: typeMessage(issue, ctx, `een lijst met ${vocabulary.plural.toLowerCase()}`, `[${keys[0]}]`),
    }),
  });
  list = list.min(min, {
    message: `Kies minstens ${min === 1 ? 'één waarde' : `${min} waarden`} voor ${vocabulary.plural.toLowerCase()}. Toegestaan: ${keys.join(', ')}.`,
  });
  if (options.max !== undefined) {
    list = list.max(options.max, {
      message: `Kies hoogstens ${options.max} ${vocabulary.plural.toLowerCase()}: alleen waar het voorbeeld echt op ingrijpt.`,
    });
  }
  return list.refine((values) => new Set(values).size === values.length, {
    message: `Een waarde staat dubbel in de lijst ${vocabulary.plural.toLowerCase()}; noem elke waarde één keer.`,
  });
}

/** Free text between min and max characters, trimmed, without invisible characters (text-rules.ts). */
function text(min: number, max: number, what: string, example: string) {
  return z
    .string({ errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, `tekst (${what})`, example) }) })
    .trim()
    .superRefine((value, ctx) => {
      if (value.length < min) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Het veld "${fieldOf(ctx.path)}" is te kort: ${value.length} tekens, minstens ${min} nodig (${what}). Voorbeeld: ${example}`,
        });
      } else if (value.length > max) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Het veld "${fieldOf(ctx.path)}" is te lang: ${value.length} tekens, hoogstens ${max} toegestaan (${what}).`,
        });
      }
      const invisible = invisibleCharacterProblem(value, fieldOf(ctx.path));
      if (invisible) ctx.addIssue({ code: z.ZodIssueCode.custom, message: invisible });
    });
}

/** A web address; only http and https are allowed, so no `javascript:` or `data:` links. */
const url = z
  .string({ errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een webadres', 'https://www.voorbeeld.nl/pagina') }) })
  .trim()
  .superRefine((value, ctx) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(value);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `Het veld "${fieldOf(ctx.path)}" bevat ${quote(value)}; dat is geen geldig webadres. Alleen adressen die beginnen met https:// of http:// zijn toegestaan. Voorbeeld: https://www.voorbeeld.nl/pagina`,
      });
    }
  });

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written as YYYY-MM-DD, not after `now`. */
function date(now: () => Date) {
  return z
    .union([z.date(), z.string()], {
      errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een datum in de vorm JJJJ-MM-DD', '2026-11-23') }),
    })
    .transform((value, ctx) => {
      const parsed = typeof value === 'string' && isoDate.test(value) ? new Date(`${value}T00:00:00Z`) : value;
      if (!(parsed instanceof Date) || Number.isNaN(parsed.getTime())) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Het veld "${fieldOf(ctx.path)}" bevat ${quote(value)}; dat is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-23.`,
        });
        return z.NEVER;
      }
      if (parsed.getTime() > now().getTime()) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Het veld "${fieldOf(ctx.path)}" bevat ${quote(parsed)}; die datum ligt in de toekomst. Vul een datum in van vandaag of eerder.`,
        });
        return z.NEVER;
      }
      return parsed;
    });
}

/** A year (whole number), not after the current year. */
function year(now: () => Date) {
  return z
    .number({ errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een jaartal', '2019') }) })
    .int({ message: 'Een jaartal is een heel getal, zoals 2019.' })
    .superRefine((value, ctx) => {
      const current = now().getUTCFullYear();
      if (value < 1950 || value > current) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Het veld "${fieldOf(ctx.path)}" bevat ${value}; een jaartal moet tussen 1950 en ${current} liggen (niet in de toekomst).`,
        });
      }
    });
}

/** A strict object: a field that is not on the list (a typo such as `sectros`) is an error. */
function strictObject<T extends z.ZodRawShape>(shape: T, where: string, example: string) {
  const allowed = Object.keys(shape);
  return z.object(shape, {
    errorMap: (issue, ctx) => {
      if (issue.code === 'unrecognized_keys') {
        const parts = issue.keys.map((key) => {
          const suggestion = nearMatch(key, allowed);
          return `"${key}"${suggestion ? ` (bedoelde u "${suggestion}"?)` : ''}`;
        });
        const prefix = issue.path.length ? `In "${fieldOf(issue.path)}" staat` : 'Er staat';
        return {
          message: `${prefix} een onbekend veld: ${parts.join(', ')}. Toegestane velden ${where}: ${allowed.join(', ')}.`,
        };
      }
      return { message: typeMessage(issue, ctx, `een groep velden (${where})`, example) };
    },
  }).strict();
}

const kebabSlug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug of another case (file name without .mdx). */
function slug(knownSlugs: readonly string[] | undefined) {
  return z
    .string({ errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'de bestandsnaam van een ander voorbeeld, zonder .mdx', 'ketenstage-student-volgt-client') }) })
    .superRefine((value, ctx) => {
      if (!kebabSlug.test(value)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Het veld "${fieldOf(ctx.path)}" bevat ${quote(value)}; een verwijzing is een bestandsnaam in kleine letters met streepjes, zonder .mdx, zoals ketenstage-student-volgt-client.`,
        });
        return;
      }
      if (knownSlugs && !knownSlugs.includes(value)) {
        const suggestion = nearMatch(value, knownSlugs);
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message:
            `Het veld "${fieldOf(ctx.path)}" verwijst naar ${quote(value)}, maar er is geen voorbeeld met die naam in content/cases/.` +
            (suggestion ? ` Bedoelde u "${suggestion}"?` : ' Gebruik de bestandsnaam van een bestaand voorbeeld, zonder .mdx.'),
        });
      }
    });
}

/**
 * Why a case must have lessons (an outcome that did not fully work, or a stopped case), or
 * undefined when lessons are optional. Used by the schema and by the body rules, so both agree.
 */
export function lessonsRequiredReason(data: { outcome?: unknown; status?: unknown }): string | undefined {
  const failing = data.outcome === 'werkt-niet' || data.outcome === 'gemengd';
  if (!failing && data.status !== 'gestopt') return undefined;
  const because = failing ? `uitkomst "${String(data.outcome)}"${data.status === 'gestopt' ? ' en status "gestopt"' : ''}` : 'status "gestopt"';
  return `Bij ${because} is minstens één geleerde les verplicht: juist wat niet werkte helpt anderen.`;
}

/** Builds the case schema. Call without options in the site; tests pass a fixed `now`. */
export function createCaseSchema(options: CaseSchemaOptions = {}) {
  const now = () => options.now ?? new Date();

  const organisation = strictObject(
    {
      /** Name of the organisation, or a description when anonymised ("een VVT-organisatie in Overijssel"). */
      name: text(2, 160, 'naam van de organisatie', 'Hanzehogeschool Groningen'),
      /** Its role in the case. */
      role: vocabularyKey(organisationRoles),
      /** Its website. */
      url: url.optional(),
      /** True when the contributor chose not to name the organisation. */
      anonymised: z.boolean({ errorMap: () => ({ message: 'Het veld "anonymised" is true of false.' }) }).optional(),
    },
    'bij een organisatie',
    '{ name: "Hanzehogeschool Groningen", role: onderwijs }',
  );

  const source = strictObject(
    {
      /** Title of the document or web page. */
      title: text(3, 300, 'titel van de bron', 'Drie scenario’s voor stages in de zorg'),
      /** Who published it. */
      publisher: text(2, 200, 'uitgever', 'ResearchNed en ECBO').optional(),
      /** Authors, one per line. */
      authors: z.array(text(2, 120, 'naam van een auteur', 'M. de Visser'), {
        errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een lijst met namen', '[M. de Visser, K. Kans]') }),
      }).optional(),
      /** Year of publication. */
      year: year(now).optional(),
      /** Web address where the source can be read. */
      url: url.optional(),
      /** When the web page was read (YYYY-MM-DD). */
      accessed: date(now).optional(),
      /** Which part supports the case, e.g. "§3.2, p. 14". */
      note: text(2, 400, 'toelichting, bijvoorbeeld het hoofdstuk', 'hoofdstuk 3, praktijkvoorbeeld ketenstage').optional(),
    },
    'bij een bron',
    '{ title: "Drie scenario’s voor stages in de zorg", year: 2021 }',
  );

  const contributor = z.union(
    [
      text(2, 120, 'naam van de auteur', 'Redactie Praktijkbank Zorgstages'),
      strictObject(
        {
          name: text(2, 120, 'naam van de auteur', 'Jan Jansen'),
          organisation: text(2, 160, 'organisatie van de auteur', 'Zorggroep Voorbeeld').optional(),
          orcid: z
            .string()
            .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, { message: 'Een ORCID ziet eruit als 0000-0002-1825-0097.' })
            .optional(),
        },
        'bij een auteur',
        '{ name: "Jan Jansen", organisation: "Zorggroep Voorbeeld" }',
      ),
    ],
    {
      errorMap: (issue, ctx) => ({
        message: typeMessage(issue, ctx, 'een naam, of { name, organisation?, orcid? }', 'Redactie Praktijkbank Zorgstages'),
      }),
    },
  ).transform((value) => (typeof value === 'string' ? { name: value } : value));

  const sentenceList = (what: string, example: string) =>
    z.array(text(10, 600, what, example), {
      errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, `een lijst met zinnen (${what})`, `["${example}"]`) }),
    });

  const shape = {
    /** Name of the case as readers will search for it. */
    title: text(5, 120, 'de naam van het voorbeeld', 'Ketenstage "Student volgt Cliënt" in Oost-Groningen'),
    /** One or two sentences for cards and search results. */
    summary: text(20, 300, 'één of twee zinnen', 'Hbo-v-studenten lopen hun stage in drie delen bij ziekenhuis, thuiszorg en revalidatie.'),
    /** Exactly one intervention type. */
    type: vocabularyKey(interventionTypes),
    /** Provinces where the case runs, or [landelijk]. */
    provinces: vocabularyList(provinces),
    /** Optional RegioPlus labour-market regions; each must lie in a listed province. */
    labourMarketRegions: vocabularyList(labourMarketRegions, { min: 0 }).optional(),
    /** Free text for a finer place, e.g. "Oost-Groningen". */
    place: text(2, 120, 'plaats of streek', 'Oost-Groningen').optional(),
    sectors: vocabularyList(sectors),
    levels: vocabularyList(levels),
    routes: vocabularyList(routes, { min: 0 }).optional(),
    aims: vocabularyList(aims),
    /** One to five factors the case really acts on. */
    factors: vocabularyList(factors, { max: 5 }),
    scenarios: vocabularyList(scenarios, { min: 0 }).optional(),
    status: vocabularyKey(statuses),
    /** Why it stopped; required when status is gestopt. */
    stopReason: text(10, 600, 'waarom het voorbeeld is gestopt', 'De subsidie liep af en niemand nam de kosten over.').optional(),
    outcome: vocabularyKey(outcomes),
    evidence: vocabularyKey(evidenceLevels),
    verification: vocabularyKey(verificationLevels),
    started: year(now).optional(),
    ended: year(now).optional(),
    organisations: z
      .array(organisation, {
        errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een lijst met organisaties', '[{ name: "…", role: zorg }]') }),
      })
      .default([]),
    sources: z
      .array(source, {
        errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een lijst met bronnen', '[{ title: "…", url: "https://…" }]') }),
      })
      .min(1, { message: 'Noem minstens één bron (sources): elk feit in een voorbeeld moet na te lezen zijn.' }),
    lessons: sentenceList('geleerde les', 'Begin klein en leg afspraken vast.').default([]),
    conditions: sentenceList('voorwaarde', 'Er is een vaste coördinator in de regio.').default([]),
    contributors: z
      .array(contributor, {
        errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een lijst met auteurs', '[Redactie Praktijkbank Zorgstages]') }),
      })
      .min(1, { message: 'Noem minstens één auteur van deze beschrijving (contributors).' }),
    published: date(now),
    reviewed: date(now),
    related: z.array(slug(options.knownSlugs)).default([]),
    /** Earlier slugs of this case; their URLs redirect here, so citations keep working. */
    redirectFrom: z.array(slug(undefined)).default([]),
    draft: z.boolean({ errorMap: () => ({ message: 'Het veld "draft" is true of false.' }) }).default(false),
  } satisfies Record<(typeof fieldNames)[number], z.ZodTypeAny>;

  return strictObject(shape, 'in een voorbeeld', 'zie content/cases/_template.mdx').superRefine((data, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });

    const lessonsReason = lessonsRequiredReason(data);
    if (lessonsReason && data.lessons.length === 0) {
      issue('lessons', `Het veld "lessons" ontbreekt of is leeg. ${lessonsReason}`);
    }
    if (data.status === 'gestopt' && !data.stopReason) {
      issue('stopReason', 'Het veld "stopReason" ontbreekt. Bij status "gestopt" is een reden verplicht, bijvoorbeeld: De subsidie liep af en niemand nam de kosten over.');
    }
    if (typeof data.started === 'number' && typeof data.ended === 'number' && data.ended < data.started) {
      issue('ended', `Het veld "ended" (${data.ended}) ligt vóór "started" (${data.started}). Het eindjaar moet gelijk aan of later dan het beginjaar zijn.`);
    }
    // Fields with an error of their own arrive here unusable; only compare what parsed.
    if (data.reviewed instanceof Date && data.published instanceof Date && data.reviewed.getTime() < data.published.getTime()) {
      issue(
        'reviewed',
        `Het veld "reviewed" (${quote(data.reviewed)}) ligt vóór "published" (${quote(data.published)}). Een voorbeeld kan pas na publicatie worden herzien.`,
      );
    }
    if (data.provinces.includes('landelijk') && data.provinces.length > 1) {
      issue('provinces', 'Het veld "provinces" bevat "landelijk" samen met provincies. Kies óf [landelijk], óf één of meer provincies.');
    }
    data.labourMarketRegions?.forEach((key, index) => {
      const region = labourMarketRegionList.find((r) => r.key === key);
      if (region && !data.provinces.includes(region.province) && !data.provinces.includes('landelijk')) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['labourMarketRegions', index],
          message: `De arbeidsmarktregio "${key}" ligt in provincie "${region.province}", maar die staat niet bij "provinces". Voeg "${region.province}" toe aan provinces of kies een andere regio.`,
        });
      }
    });
  });
}

/** The schema with default options: today as `now`, no check of related slugs. */
export const caseSchema = createCaseSchema();

/** Frontmatter as written by a contributor. */
export type CaseInput = z.input<typeof caseSchema>;
/** Frontmatter after validation: defaults filled in, contributors normalised, dates as Date. */
export type CaseData = z.output<typeof caseSchema>;
