import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseLoader } from './case-loader';
import { createCaseSchema } from './schemas/case';
import { createUitlegSchema, UITLEG_DIR } from './schemas/uitleg';
import { caseSlugs, CASES_DIR } from './lib/case-files';

const cases = defineCollection({
  loader: caseLoader(CASES_DIR),
  schema: createCaseSchema({ knownSlugs: caseSlugs(readdirSync(CASES_DIR)) }),
});

/** The explanations on /factor/<key>/, /scenario/<key>/ and the other facet pages. */
const uitleg = defineCollection({
  loader: glob({ base: UITLEG_DIR, pattern: '**/[^_]*.mdx' }),
  schema: createUitlegSchema(),
});

export const collections = { cases, uitleg };
