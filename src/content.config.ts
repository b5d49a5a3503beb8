import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { caseLoader } from './case-loader';
import { createCaseSchema } from './schemas/case';
import { caseSlugs, CASES_DIR } from './lib/case-files';

const cases = defineCollection({
  loader: caseLoader(CASES_DIR),
  schema: createCaseSchema({ knownSlugs: caseSlugs(readdirSync(CASES_DIR)) }),
});

export const collections = { cases };
