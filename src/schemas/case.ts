/**
 * The frontmatter of a case, with the Dutch messages a contributor sees next to each rule.
 * The same schema serves the Astro build (src/content.config.ts), `npm run check` and the tests.
 */
import { z } from 'astro/zod';
import type { Vocabulary } from '../data/vocabulary';
import { keysOf } from '../data/vocabulary';
import {
  aims,
  effortKinds,
  evidenceLevels,
  factors,
  interventionTypes,
  labourMarketRegionList,
  labourMarketRegions,
  levels,
  NOT_STATED,
  organisationRoles,
  outcomeBasisKinds,
  outcomes,
  provinces,
  routes,
  scaleUnits,
  scenarios,
  sectors,
  statuses,
  verificationLevels,
} from '../data/vocabularies';
import { nearMatch } from '../lib/near-match';
import {
  basisKeys,
  EDITORIAL_BASIS,
  hasSourceBasis,
  MAX_QUOTE_WORDS,
  reasonsNotVerified,
  SOURCE_KEY_PATTERN,
  SOURCED_FACETS,
  sourcedFacetNames,
  wordCount,
} from '../lib/evidence';
import { invisibleCharacterProblem } from '../lib/text-rules';

/** Options that make the schema deterministic in tests and aware of the other cases. */
export interface CaseSchemaOptions {
  /** "Today": dates and years after it are refused. Defaults to the moment of checking. */
  now?: Date;
  /** Slugs of all cases; when given, `related` and `basedOn` are checked against them. */
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
  'statusAsOf',
  'statusSource',
  'stopReason',
  'outcome',
  'outcomeBasis',
  'evidence',
  'verification',
  'started',
  'ended',
  'organisations',
  'sources',
  'facetBasis',
  'lessons',
  'conditions',
  'scale',
  'effort',
  'results',
  'contact',
  'contributors',
  'published',
  'reviewed',
  'related',
  'basedOn',
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
  return `Bij ${because} is minstens één geleerde les verplicht met als basis een bron, niet alleen "redactie": juist wat niet werkte helpt anderen, en een mislukking staat hier alleen als een bron haar meldt.`;
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

  const sourceKey = (what: string) =>
    z
      .string({ errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, `de sleutel van een bron (${what})`, 'scenarios-2021') }) })
      .trim()
      .superRefine((value, ctx) => {
        if (!SOURCE_KEY_PATTERN.test(value)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            message: `Het veld "${fieldOf(ctx.path)}" bevat ${quote(value)}; een bronsleutel bestaat uit kleine letters, cijfers en streepjes, zoals scenarios-2021 of zorgaanzet-raat.`,
          });
        }
      });

  /** One key or a list of keys, always returned as a list. */
  const keyList = (what: string) =>
    z
      .union([sourceKey(what), z.array(sourceKey(what)).min(1, { message: `Noem minstens één bronsleutel (${what}).` })], {
        errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, `een bronsleutel of een lijst met bronsleutels (${what})`, '[scenarios-2021]') }),
      })
      .transform((value) => basisKeys(value));

  const source = strictObject(
    {
      /** Short key that the text uses to cite this source as [^key]: lower case and hyphens. */
      key: sourceKey('waarmee de tekst naar deze bron verwijst met [^sleutel]'),
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

  /** A short quote from a source: at most 30 words, never a copied passage. */
  const shortQuote = (example: string) =>
    text(3, 400, 'een kort citaat uit de bron', example).superRefine((value, ctx) => {
      if (wordCount(value) > MAX_QUOTE_WORDS) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Het citaat in "${fieldOf(ctx.path)}" heeft ${wordCount(value)} woorden; hoogstens ${MAX_QUOTE_WORDS} mag. Citeer een korte zinsnede en vat de rest in eigen woorden samen.`,
        });
      }
    });

  /** A lesson or condition: the sentence and what it rests on (a source key, or `redactie`). */
  const basedEntry = (what: string, example: string) =>
    z.union([
      strictObject(
        {
          /** The lesson or condition as a whole sentence, in your own words. */
          text: text(10, 600, what, example),
          /** Source key(s) it rests on, or `redactie` when it is the editors' own advice. */
          basis: keyList(`waar de ${what} op rust, of "${EDITORIAL_BASIS}"`),
          /** Optional short quote from the source, at most 30 words. */
          quote: shortQuote('studenten voelen zich welkom').optional(),
        },
        `bij een ${what}`,
        `{ text: "${example}", basis: scenarios-2021 }`,
      ),
      // A bare sentence was the old form: say exactly how to add its basis.
      z.string().transform((_value, ctx): never => {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Het veld "${fieldOf(ctx.path)}" is alleen een zin. Schrijf bij elke ${what} ook waar die op rust: de sleutel van een bron uit sources, of "${EDITORIAL_BASIS}" als het eigen advies van de redactie is. Voorbeeld: "- text: ${example}" met op de regel eronder "  basis: scenarios-2021".`,
        });
        return z.NEVER;
      }),
    ]);

  const basedList = (what: string, example: string) =>
    z.array(basedEntry(what, example), {
      errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, `een lijst (${what}), elk met text en basis`, `[{ text: "${example}", basis: scenarios-2021 }]`) }),
    });

  const outcomeBasis = strictObject(
    {
      /** The source(s) that show the outcome. */
      sources: keyList('de bronnen die de uitkomst laten zien'),
      /** Who says so: the initiative itself (initiatiefnemer) or independent research (onafhankelijk). */
      by: vocabularyKey(outcomeBasisKinds),
      /** Optional: what the source says about the outcome, briefly, in your own words. */
      note: text(5, 400, 'wat de bron over de uitkomst zegt', 'De school telde meer afgeronde stages dan het jaar ervoor.').optional(),
    },
    'bij outcomeBasis',
    '{ sources: [scenarios-2021], by: initiatiefnemer }',
  );

  const facetBasis = strictObject(
    {
      provinces: keyList('de bron voor de provincies').optional(),
      sectors: keyList('de bron voor de sectoren').optional(),
      levels: keyList('de bron voor de niveaus').optional(),
      routes: keyList('de bron voor de leerwegen').optional(),
    },
    'bij facetBasis',
    '{ sectors: [scenarios-2021], levels: [scenarios-2021] }',
  );

  const count = z
    .number({ errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een heel getal', '120') }) })
    .int({ message: 'Een aantal is een heel getal, zoals 120.' })
    .nonnegative({ message: 'Een aantal kan niet negatief zijn.' });

  const scaleEntry = strictObject(
    {
      /** How many. */
      count,
      /** What is counted: studenten, stageplaatsen, organisaties, begeleiders or locaties. */
      unit: vocabularyKey(scaleUnits),
      /** Optional: when the source gives no exact number. */
      qualifier: z
        .enum(['ongeveer', 'meer-dan', 'minder-dan', 'tot'], {
          errorMap: () => ({ message: 'Het veld "qualifier" is ongeveer, meer-dan, minder-dan of tot.' }),
        })
        .optional(),
      /** Optional: what exactly was counted, e.g. "tweedejaars hbo-v-studenten per jaar". */
      what: text(3, 160, 'wat er precies geteld is', 'tweedejaars hbo-v-studenten per jaar').optional(),
      /** The year the figure is about. */
      year: year(now),
      source: sourceKey('de bron van dit aantal'),
    },
    'bij een aantal (scale)',
    '{ count: 120, unit: studenten, year: 2022, source: scenarios-2021 }',
  );

  const effortEntry = strictObject(
    {
      /** geld, mensen, tijd or overig. */
      kind: vocabularyKey(effortKinds),
      /** What it took, as the source says: "twee coördinatoren, samen 1 fte". */
      description: text(5, 300, 'wat het kostte aan geld, mensen of tijd', 'Twee coördinatoren, samen 1 fte.'),
      /** Optional: who paid. */
      paidBy: text(2, 200, 'wie betaalde', 'de provincie, uit een subsidie').optional(),
      year: year(now).optional(),
      source: sourceKey('de bron van deze inzet'),
    },
    'bij inzet (effort)',
    '{ kind: mensen, description: "Twee coördinatoren, samen 1 fte.", source: scenarios-2021 }',
  );

  const resultEntry = strictObject(
    {
      /** What was measured: "stageplaatsen in de ouderenzorg". */
      measure: text(3, 200, 'wat er gemeten is', 'Aantal stageplaatsen in de ouderenzorg'),
      /** The value as the source gives it. */
      value: text(1, 200, 'de gemeten waarde', '65 plaatsen'),
      /** Optional: the value before, where the source gives it. */
      baseline: text(1, 200, 'de waarde vooraf', '40 plaatsen').optional(),
      /** Optional: the period, e.g. "2019–2021". */
      period: text(4, 80, 'de periode', '2019–2021').optional(),
      source: sourceKey('de bron van deze meting'),
      /** True when someone independent of the initiative measured it. */
      independent: z.boolean({
        errorMap: () => ({ message: 'Het veld "independent" is verplicht: true (onafhankelijk gemeten) of false (door de initiatiefnemers zelf gemeten).' }),
      }),
    },
    'bij een resultaat (results)',
    '{ measure: "Aantal stageplaatsen", value: "65", baseline: "40", period: "2019–2021", source: scenarios-2021, independent: false }',
  );

  /** One entry of `basedOn`: the case this case took its approach from, and the source of this case that says so. */
  const basedOnEntry = strictObject(
    {
      /** File name (without .mdx) of the original case, e.g. gildeleren-umcg. */
      case: slug(options.knownSlugs),
      /** Key of one of this case's sources that says the approach came from there. */
      source: sourceKey('de bron die zegt dat de aanpak van het andere voorbeeld komt'),
      /** Optional: the words of that source, at most 30. */
      quote: shortQuote('naar het voorbeeld van het UMCG').optional(),
      /** Optional: what was taken over, briefly, in your own words. */
      note: text(5, 300, 'wat er is overgenomen, kort', 'Het verpleeghuis nam de opzet van de leerafdeling over.').optional(),
    },
    'bij basedOn',
    '{ case: gildeleren-umcg, source: verslag-2024 }',
  );

  const contact = strictObject(
    {
      /** The organisation to ask; never the name, e-mail address or phone number of a person. */
      organisation: text(2, 160, 'de organisatie die u kunt benaderen', 'Zorg aan Zet'),
      /** The web page of that organisation. */
      url,
    },
    'bij contact',
    '{ organisation: "Zorg aan Zet", url: "https://www.zorgaanzet.org/contact" }',
  );

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
    /** Leerwegen; leave out, or write [niet-vermeld], when no source states them. */
    routes: vocabularyList(routes, { min: 0 }).default([NOT_STATED]),
    aims: vocabularyList(aims),
    /** One to five factors the case really acts on. */
    factors: vocabularyList(factors, { max: 5 }),
    scenarios: vocabularyList(scenarios, { min: 0 }).optional(),
    status: vocabularyKey(statuses),
    /** Year of the newest source that shows the status, e.g. 2021 ("Lopend volgens een bron uit 2021"); leave out only when that source has no date. */
    statusAsOf: year(now).optional(),
    /** Key of that source. */
    statusSource: sourceKey('de bron die de status laat zien'),
    /** Why it stopped; required when status is gestopt. */
    stopReason: text(10, 600, 'waarom het voorbeeld is gestopt', 'De subsidie liep af en niemand nam de kosten over.').optional(),
    outcome: vocabularyKey(outcomes),
    /** Which sources show the outcome and who says so; required unless the outcome is onbekend. */
    outcomeBasis: outcomeBasis.optional(),
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
    /** Which source states each facet value (provinces, sectors, levels, routes). */
    facetBasis: facetBasis.default({}),
    lessons: basedList('geleerde les', 'Begin klein en leg afspraken vast.').default([]),
    conditions: basedList('voorwaarde', 'Er is een vaste coördinator in de regio.').default([]),
    /** How big it is: students, places or organisations, each with its year and source. */
    scale: z.array(scaleEntry, { errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een lijst met aantallen', '[{ count: 120, unit: studenten, year: 2022, source: scenarios-2021 }]') }) }).default([]),
    /** What it took: money, people, time, and who paid. */
    effort: z.array(effortEntry, { errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een lijst met inzet', '[{ kind: mensen, description: "…", source: scenarios-2021 }]') }) }).default([]),
    /** Measured outcomes. */
    results: z.array(resultEntry, { errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een lijst met resultaten', '[{ measure: "…", value: "…", source: scenarios-2021, independent: false }]') }) }).default([]),
    /** Where to ask: the web page of an organisation, never a person's details. */
    contact: contact.optional(),
    contributors: z
      .array(contributor, {
        errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een lijst met auteurs', '[Redactie Praktijkbank Zorgstages]') }),
      })
      .min(1, { message: 'Noem minstens één auteur van deze beschrijving (contributors).' }),
    published: date(now),
    reviewed: date(now),
    related: z.array(slug(options.knownSlugs)).default([]),
    /** The cases this case took its approach from, each with the source that says so (navolging). */
    basedOn: z
      .array(basedOnEntry, {
        errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een lijst met voorbeelden waar de aanpak van komt, elk met case en source', '[{ case: gildeleren-umcg, source: verslag-2024 }]') }),
      })
      .default([]),
    /** Earlier slugs of this case; their URLs redirect here, so citations keep working. */
    redirectFrom: z.array(slug(undefined)).default([]),
    draft: z.boolean({ errorMap: () => ({ message: 'Het veld "draft" is true of false.' }) }).default(false),
  } satisfies Record<(typeof fieldNames)[number], z.ZodTypeAny>;

  return strictObject(shape, 'in een voorbeeld', 'zie content/cases/_template.mdx').superRefine((data, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });

    // Fields with errors of their own arrive here as written: read lists and entries defensively.
    const list = <T,>(value: T[] | unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
    const basisOf = (entry: unknown): string[] => list<string>((entry as { basis?: unknown } | null)?.basis).filter((k) => typeof k === 'string');
    const lessons = list<(typeof data.lessons)[number]>(data.lessons);
    const conditions = list<(typeof data.conditions)[number]>(data.conditions);
    const lessonsReason = lessonsRequiredReason(data);
    const readable = lessons.every((lesson) => typeof lesson === 'object' && lesson !== null);
    if (lessonsReason && readable && !lessons.some((lesson) => hasSourceBasis(basisOf(lesson)))) {
      issue(
        'lessons',
        lessons.length === 0
          ? `Het veld "lessons" ontbreekt of is leeg. ${lessonsReason}`
          : `Elke les in "lessons" heeft als basis alleen "${EDITORIAL_BASIS}". ${lessonsReason}`,
      );
    }
    const path = (...parts: (string | number)[]) => parts;
    const at = (where: (string | number)[], message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: where, message });

    // Every source has its own key; every reference in the frontmatter names one of them.
    const sources = list<(typeof data.sources)[number]>(data.sources);
    const keys = sources.map((source) => source?.key).filter((key): key is string => typeof key === 'string');
    sources.forEach((source, index) => {
      if (typeof source?.key === 'string' && sources.findIndex((s) => s?.key === source.key) !== index) {
        at(path('sources', index, 'key'), `De bronsleutel "${source.key}" staat bij twee bronnen. Geef elke bron een eigen sleutel, bijvoorbeeld ${source.key}-2.`);
      }
    });
    const checkKey = (where: (string | number)[], key: string, allowEditorial = false) => {
      // Without any source the "sources" message says it all.
      if (keys.length === 0 || keys.includes(key) || (allowEditorial && key === EDITORIAL_BASIS)) return;
      const suggestion = nearMatch(key, allowEditorial ? [...keys, EDITORIAL_BASIS] : keys);
      at(
        where,
        `Het veld "${fieldOf(where)}" verwijst naar de bron "${key}", maar geen bron in "sources" heeft die sleutel.` +
          (suggestion ? ` Bedoelde u "${suggestion}"?` : '') +
          ` Bekende sleutels: ${keys.join(', ')}${allowEditorial ? `, of "${EDITORIAL_BASIS}" voor eigen advies van de redactie` : ''}.`,
      );
    };
    lessons.forEach((lesson, i) => basisOf(lesson).forEach((key) => checkKey(path('lessons', i, 'basis'), key, true)));
    conditions.forEach((condition, i) => basisOf(condition).forEach((key) => checkKey(path('conditions', i, 'basis'), key, true)));
    [...lessons, ...conditions].forEach((entry, i) => {
      if ((entry as { quote?: unknown } | null)?.quote && !hasSourceBasis(basisOf(entry))) {
        const field = i < lessons.length ? 'lessons' : 'conditions';
        at(path(field, i < lessons.length ? i : i - lessons.length, 'quote'), 'Een citaat hoort bij een bron. Noem bij "basis" de bron waar het citaat uit komt, of haal het citaat weg.');
      }
    });
    if (typeof data.statusSource === 'string') {
      checkKey(path('statusSource'), data.statusSource);
      const source = sources.find((s) => s?.key === data.statusSource);
      if (source && data.statusAsOf === undefined && source.year) {
        at(
          path('statusAsOf'),
          `Het veld "statusAsOf" ontbreekt. De bron "${source.key}" is van ${source.year}: schrijf statusAsOf: ${source.year} (of het jaar dat de bron zelf als huidig noemt). Laat het veld alleen weg als de bron geen datum heeft.`,
        );
      }
      if (source?.year && typeof data.statusAsOf === 'number' && data.statusAsOf > source.year) {
        at(
          path('statusAsOf'),
          `Het veld "statusAsOf" (${data.statusAsOf}) ligt na het jaar van de bron "${source.key}" (${source.year}). Een bron kan alleen de status laten zien van het jaar waarin zij verscheen of eerder.`,
        );
      }
    }
    if (data.outcome !== 'onbekend' && !data.outcomeBasis) {
      issue(
        'outcomeBasis',
        `Het veld "outcomeBasis" ontbreekt. Bij uitkomst "${data.outcome}" moet erbij staan welke bron dat laat zien en wie het zegt: de initiatiefnemers zelf (by: initiatiefnemer) of onafhankelijk onderzoek (by: onafhankelijk). Voorbeeld: outcomeBasis: { sources: [scenarios-2021], by: initiatiefnemer }. Zegt geen bron iets over het resultaat, kies dan outcome: onbekend.`,
      );
    }
    list<string>(data.outcomeBasis?.sources).forEach((key) => checkKey(path('outcomeBasis', 'sources'), key));
    for (const facet of SOURCED_FACETS) {
      const values = list<string>(data[facet]);
      if (values.includes(NOT_STATED) && values.length > 1) {
        issue(facet, `Het veld "${facet}" bevat "${NOT_STATED}" samen met andere waarden. Kies óf [${NOT_STATED}], óf de waarden die een bron noemt.`);
      }
      const basis = list<string>((data.facetBasis as Record<string, unknown> | undefined)?.[facet]);
      basis.forEach((key) => checkKey(path('facetBasis', facet), key));
      const stated = values.length > 0 && !values.includes(NOT_STATED);
      if (facet !== 'provinces' && stated && !basis.length) {
        at(
          path('facetBasis', facet),
          `Bij "${facet}" staat ${values.map((v) => `"${v}"`).join(', ')}, maar "facetBasis.${facet}" noemt geen bron die dat zegt. Noem de sleutel van die bron, bijvoorbeeld facetBasis: { ${facet}: [${keys[0] ?? 'scenarios-2021'}] }. Noemt geen bron de ${sourcedFacetNames[facet]}, schrijf dan ${facet}: [${NOT_STATED}]; een schatting is niet toegestaan.`,
        );
      }
      if (!stated && values.includes(NOT_STATED) && values.length === 1 && basis.length && facet !== 'provinces') {
        at(path('facetBasis', facet), `Bij "${facet}" staat "${NOT_STATED}", maar facetBasis.${facet} noemt toch een bron. Noemt die bron de ${sourcedFacetNames[facet]}, vul ze dan in; anders haal facetBasis.${facet} weg.`);
      }
    }
    for (const field of ['scale', 'effort', 'results'] as const) {
      list<{ source?: unknown }>(data[field]).forEach((entry, i) => {
        if (typeof entry?.source === 'string') checkKey(path(field, i, 'source'), entry.source);
      });
    }
    // Navolging: each original once, each resting on a source of this case that says so.
    const basedOn = list<{ case?: unknown; source?: unknown } | null>(data.basedOn);
    basedOn.forEach((entry, i) => {
      if (typeof entry?.source === 'string') checkKey(path('basedOn', i, 'source'), entry.source);
      if (typeof entry?.case === 'string' && basedOn.findIndex((other) => other?.case === entry.case) !== i) {
        at(
          path('basedOn', i, 'case'),
          `Het voorbeeld "${entry.case}" staat meer dan één keer bij "basedOn". Noem elk voorbeeld waar de aanpak van komt één keer, met de bron die het het duidelijkst zegt.`,
        );
      }
    });
    if (typeof data.contact?.organisation === 'string' && /@|\b(?:tel|telefoon)\b|\d{3}[ -]?\d{3}[ -]?\d{3,4}/i.test(data.contact.organisation)) {
      at(path('contact', 'organisation'), 'Bij "contact" staat alleen de naam van een organisatie en het adres van haar webpagina, geen e-mailadres, telefoonnummer of naam van een persoon.');
    }
    if (data.verification === 'geverifieerd') {
      const reasons = reasonsNotVerified(
        { provinces: list(data.provinces), sectors: list(data.sectors), levels: list(data.levels), routes: list(data.routes), facetBasis: data.facetBasis, sources: keys.map((key) => sources.find((s) => s?.key === key)!) },
        NOT_STATED,
      );
      if (reasons.length > 0) {
        issue(
          'verification',
          `Het veld "verification" is "geverifieerd", maar dat klopt niet met de bronnen: ${reasons.join('; ')}. Vul dat aan, of kies verification: deels.`,
        );
      }
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
      if (!region || data.provinces.includes('landelijk')) return;
      const regionProvinces: readonly string[] = [region.province, ...('alsoProvinces' in region ? region.alsoProvinces : [])];
      if (!regionProvinces.some((province) => (data.provinces as readonly string[]).includes(province))) {
        const where = regionProvinces.map((p) => `"${p}"`).join(' of ');
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['labourMarketRegions', index],
          message: `De arbeidsmarktregio "${key}" ligt in provincie ${where}, maar die staat niet bij "provinces". Voeg ${where} toe aan provinces of kies een andere regio.`,
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

/** Helpers with the same Dutch messages, for other content files (the explanations in content/uitleg/). */
export { fieldOf, strictObject, text, typeMessage };

/** The schema of one entry of `sources` (key, title, publisher, authors, year, url, accessed, note), for other content that cites sources. */
export function createSourceSchema(options: CaseSchemaOptions = {}) {
  return createCaseSchema(options).innerType().shape.sources.element;
}
