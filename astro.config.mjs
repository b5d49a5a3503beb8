// @ts-check
import { readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { caseSlugs, CASES_DIR } from './src/lib/case-files';
import { isRedirectPath } from './src/lib/published-urls';
import { remarkCaseRules } from './src/lib/remark-case-rules';
import { remarkTypography } from './src/lib/remark-typography';
import { UITLEG_DIR } from './src/schemas/uitleg';
import { remarkCaseReferences } from './src/lib/remark-case-references';
import { rehypeCaseLinks } from './src/lib/rehype-case-links';
import { contentSecurityPolicy } from './src/lib/csp';
import { caseFrontmatterPlugin } from './src/lib/vite-case-frontmatter';
import { buildFiles } from './src/integrations/build-files';

// The public address and sub-path come from the deploy workflow; locally the site runs at the root.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
const slugs = caseSlugs(readdirSync(CASES_DIR));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [
    mdx({
      // Static MDX content becomes HTML strings instead of one JSX call per element: the server
      // bundle of 5,000 cases is smaller and builds faster (and ran out of memory without it).
      optimize: true,
      // Cases come from outside: the same rules as `npm run check` stop unsafe MDX at build time.
      // Then each [^key] becomes a numbered link to its source, and "Redactie:" text is marked.
      // The explanations on the facet pages (content/uitleg/) follow the same rules.
      // Typographic quotes as Astro's smartypants makes them, without its second parse of every text node.
      smartypants: false,
      remarkPlugins: [
        remarkTypography,
        remarkCaseRules({ casesDir: CASES_DIR, extraDirs: [UITLEG_DIR] }),
        remarkCaseReferences({ casesDir: CASES_DIR, extraDirs: [UITLEG_DIR] }),
      ],
      rehypePlugins: [rehypeCaseLinks({ base })],
    }),
    // Redirect pages of renamed cases stay out of the sitemap.
    sitemap({ filter: (page) => !isRedirectPath(new URL(page).pathname, slugs) }),
    // Citation and comparison files of every case, written in one step after the pages.
    buildFiles(),
  ],
  build: { format: 'directory' },
  // MDX gets the frontmatter of a case as read by the project's own YAML reader (src/lib/case-yaml.ts).
  vite: { plugins: [caseFrontmatterPlugin({ casesDir: CASES_DIR })] },
  // Class-based scoping writes shorter HTML than data attributes (page weight budget).
  scopedStyleStrategy: 'class',
  server: { port: 4321, host: true },
  devToolbar: { enabled: false },
  // contentIntellisense: the Astro editor extension completes and checks frontmatter in content/cases/.
  experimental: { csp: contentSecurityPolicy, contentIntellisense: true },
});
