/**
 * Vite plugin for the build: before MDX compiles a case, its YAML frontmatter is replaced by JSON
 * (withJsonFrontmatter) of the data MDX needs, so the YAML a contributor wrote is read by one
 * reader only, case-yaml.ts, and never by the YAML library inside @astrojs/mdx.
 */
import { resolve, sep } from 'node:path';
import { withJsonFrontmatter } from './check-case';
import { sourceKeysOf } from './evidence';

/**
 * What MDX gets of the frontmatter: only the source keys, which the body rules and the reference
 * numbers need (remark-case-rules.ts, remark-case-references.ts). The pages read a case's data from
 * the collection, never from the compiled module; a full copy made 5,000 modules a third larger.
 */
const mdxFrontmatter = (data: Record<string, unknown>) => ({ sources: sourceKeysOf(data).map((key) => ({ key })) });

/** Options: the folder that holds the cases. */
export interface CaseFrontmatterOptions {
  casesDir: string;
}

/** Builds the plugin. Register it in astro.config.mjs under vite.plugins. */
export function caseFrontmatterPlugin(options: CaseFrontmatterOptions) {
  const dir = resolve(options.casesDir);
  return {
    name: 'praktijkbank:case-frontmatter',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const path = resolve(id.split('?')[0] ?? id);
      if (!path.endsWith('.mdx') || !path.startsWith(dir + sep)) return undefined;
      const rewritten = withJsonFrontmatter(code, mdxFrontmatter);
      return rewritten === undefined ? undefined : { code: rewritten, map: null };
    },
  };
}
