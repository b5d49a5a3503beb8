import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createCaseSchema } from './schemas/case';
import { caseSlugs, CASES_DIR } from './lib/case-files';

const cases = defineCollection({
  loader: glob({ base: CASES_DIR, pattern: '**/[^_]*.mdx' }),
  schema: createCaseSchema({ knownSlugs: caseSlugs(readdirSync(CASES_DIR)) }),
});

export const collections = { cases };
