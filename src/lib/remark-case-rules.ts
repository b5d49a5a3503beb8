/**
 * Remark plugin for the site build: applies the case body rules (mdx-rules.ts, the same code as
 * `npm run check`) to every MDX file in the cases folder and stops the build with a Dutch message
 * when a case tries to run code or breaks another rule. A case that fails never reaches the site.
 */
import { readdirSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import { caseSlugs } from './case-files';
import { checkMdxTree, MAX_BODY_CHARS } from './mdx-rules';
import { sourceKeysOf } from './evidence';

/** Options: the folder that holds the cases (other MDX on the site is not content from outside). */
export interface RemarkCaseRulesOptions {
  casesDir: string;
  /** Other folders whose MDX follows the same rules, such as the explanations in content/uitleg/. */
  extraDirs?: readonly string[];
}

/** The error thrown for a case that breaks the rules; its message lists every problem. */
export class CaseRulesError extends Error {
  override name = 'CaseRulesError';
}

/** Builds the remark plugin. Register it for MDX in astro.config.mjs. */
export function remarkCaseRules(options: RemarkCaseRulesOptions) {
  const dir = resolve(options.casesDir);
  const dirs = [dir, ...(options.extraDirs ?? []).map((extra) => resolve(extra))];
  // The list of slugs is read once, and again only when the folder changes (dev server): reading
  // a folder of 5,000 files for each of 5,000 files made large builds slow.
  let slugs: { mtime: number; list: string[] } | undefined;
  const knownSlugs = () => {
    const mtime = statSync(dir).mtimeMs;
    if (!slugs || slugs.mtime !== mtime) slugs = { mtime, list: caseSlugs(readdirSync(dir)) };
    return slugs.list;
  };
  return () =>
    (tree: Root, file: { path?: string; value?: unknown; data: Record<string, unknown> }): void => {
      const path = file.path ? resolve(file.path.split('?')[0] ?? file.path) : '';
      if (!dirs.some((d) => path.startsWith(d + sep))) return;
      const name = relative(process.cwd(), path);
      const frontmatter = (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ?? {};
      const size = typeof file.value === 'string' ? file.value.length : 0;
      const issues =
        size > MAX_BODY_CHARS
          ? [{ line: undefined, field: 'inhoud', message: `De tekst is te lang (${size} tekens, hoogstens ${MAX_BODY_CHARS}).` }]
          : checkMdxTree(tree, { knownSlugs: knownSlugs(), sourceKeys: sourceKeysOf(frontmatter) });
      if (issues.length === 0) return;
      const lines = issues.map((issue) => `  ${name}${issue.line ? `:${issue.line}` : ''}  [${issue.field}]  ${issue.message}`);
      throw new CaseRulesError(
        `${path.startsWith(dir + sep) ? 'Het voorbeeld' : 'Het bestand'} ${name} voldoet niet aan de regels voor de inhoud en wordt niet gebouwd:\n${lines.join('\n')}\nVoer npm run check uit voor alle meldingen.`,
      );
    };
}
