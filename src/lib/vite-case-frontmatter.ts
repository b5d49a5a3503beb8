/**
 * Vite plugin for the build: before MDX compiles a case, its YAML frontmatter is replaced by the
 * same data as JSON (withJsonFrontmatter), so the YAML a contributor wrote is read by one reader
 * only, case-yaml.ts, and never by the YAML library inside @astrojs/mdx.
 */
import { resolve, sep } from 'node:path';
import { withJsonFrontmatter } from './check-case';

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
      const rewritten = withJsonFrontmatter(code);
      return rewritten === undefined ? undefined : { code: rewritten, map: null };
    },
  };
}
