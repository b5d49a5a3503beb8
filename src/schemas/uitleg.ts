/**
 * The frontmatter of an explanation (content/uitleg/<segment>/<key>.mdx): which facet value it
 * explains and the sources its text cites. The body follows the same rules as the body of a case
 * (every paragraph and list item cites a source with [^key] or starts with "Redactie:").
 * The same schema serves the Astro build (src/content.config.ts), `npm run check` and the tests.
 */
import { z } from 'astro/zod';
import { facetRoutes } from '../data/facet-routes';
import { keysOf } from '../data/vocabulary';
import { nearMatch } from '../lib/near-match';
import { createSourceSchema, strictObject, text, typeMessage, type CaseSchemaOptions } from './case';

/** Options that make the schema deterministic in tests. */
export type UitlegSchemaOptions = Pick<CaseSchemaOptions, 'now'>;

/** The folder of the explanations, relative to the project root. */
export const UITLEG_DIR = './content/uitleg';

/** The URL segments that may have an explanation: every facet with its own pages. */
export const uitlegSegments = facetRoutes.map((route) => route.segment) as [string, ...string[]];

/** The keys one segment's explanation may explain: the keys of that facet's vocabulary. */
export function uitlegKeysOf(segment: string): string[] {
  const route = facetRoutes.find((r) => r.segment === segment);
  return route ? keysOf(route.vocabulary) : [];
}

/** Builds the schema of an explanation's frontmatter. */
export function createUitlegSchema(options: UitlegSchemaOptions = {}) {
  const shape = {
    /** The facet: the first part of the page address, such as factor in /factor/begeleidingstijd/. */
    segment: z.enum(uitlegSegments, {
      errorMap: (issue, ctx) => {
        if (ctx.data === undefined || issue.code === 'invalid_type') return { message: typeMessage(issue, ctx, `een van ${uitlegSegments.join(', ')}`, 'factor') };
        const suggestion = nearMatch(String(ctx.data), uitlegSegments);
        return {
          message: `Het veld "segment" bevat "${String(ctx.data)}"; dat is geen kenmerk met eigen pagina’s.${suggestion ? ` Bedoelde u "${suggestion}"?` : ''} Toegestaan: ${uitlegSegments.join(', ')}.`,
        };
      },
    }),
    /** The value: the last part of the page address, such as begeleidingstijd. */
    key: z.string({ errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'de sleutel van een waarde', 'begeleidingstijd') }) }).trim(),
    /** Optional: a short name of the explanation; the page uses it as the name of the explanation block. */
    title: text(3, 120, 'korte naam van de uitleg', 'Waarom begeleidingstijd ertoe doet').optional(),
    sources: z
      .array(createSourceSchema(options), {
        errorMap: (issue, ctx) => ({ message: typeMessage(issue, ctx, 'een lijst met bronnen', '[{ key: scenarios-2021, title: "…" }]') }),
      })
      .min(1, { message: 'Noem minstens één bron (sources): elke zin van een uitleg moet na te lezen zijn.' }),
  };
  return strictObject(shape, 'in een uitleg', 'zie content/uitleg/factor/begeleidingstijd.mdx').superRefine((data, ctx) => {
    const keys = uitlegKeysOf(data.segment);
    if (keys.length > 0 && !keys.includes(data.key)) {
      const suggestion = nearMatch(data.key, keys);
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['key'],
        message: `Het veld "key" bevat "${data.key}"; dat is geen waarde van ${data.segment}.${suggestion ? ` Bedoelde u "${suggestion}"?` : ''} Toegestaan: ${keys.join(', ')}.`,
      });
    }
    data.sources.forEach((source, index) => {
      if (data.sources.findIndex((s) => s.key === source.key) !== index) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['sources', index, 'key'],
          message: `De bronsleutel "${source.key}" staat bij twee bronnen. Geef elke bron een eigen sleutel, bijvoorbeeld ${source.key}-2.`,
        });
      }
    });
  });
}

/** The schema with default options. */
export const uitlegSchema = createUitlegSchema();

/** Frontmatter of an explanation after validation. */
export type UitlegData = z.output<typeof uitlegSchema>;
