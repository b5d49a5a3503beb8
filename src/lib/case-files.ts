/**
 * Which files are cases, and which names become URLs: the one definition that `npm run check`,
 * the content collection's loader, the remark plugin and the tests all use.
 */

/**
 * Where case files live, relative to the project root. PRAKTIJKBANK_CASES_DIR points the build at
 * another folder (the benchmark's synthetic catalogue, test fixtures). Written without "./" or a
 * trailing slash, so the check and the build name files the same way in their messages.
 */
export const CASES_DIR = (process.env.PRAKTIJKBANK_CASES_DIR ?? 'content/cases').replace(/^(\.\/)+/, '').replace(/\/+$/, '');

/**
 * The loader pattern: `.mdx` files directly in the cases folder whose name does not start with `_`
 * or `.`. Files in sub-folders are not cases; the check reports them, so the build refuses them too.
 */
export const CASE_FILE_PATTERN = '[!_.]*.mdx';

/** True for a name the check and the loader skip without a word: `_template.mdx`, `_concept/`, `.DS_Store`. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.');
}

/** True for a file the loader reads as a case (see CASE_FILE_PATTERN): `.mdx`, not skipped. */
export function isCaseFile(fileName: string): boolean {
  return fileName.endsWith('.mdx') && !isSkippedName(fileName) && !fileName.includes('/');
}

/** A slug (file name without `.mdx`) that may become a URL: lower-case ASCII letters and digits, joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when a slug may become a URL (see SLUG_PATTERN). */
export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}

/** The slug of a case file: its name without `.mdx` ("content/cases/zic-etz.mdx" → zic-etz). */
export function slugOfCaseFile(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.mdx$/, '');
}

/** The slugs (file names without `.mdx`) of the case files among these names. */
export function caseSlugs(fileNames: readonly string[]): string[] {
  return fileNames.filter(isCaseFile).map(slugOfCaseFile).sort();
}

/** The annotated template for a new case; `npm run new` and /bijdragen/ start from it. */
export const TEMPLATE_FILE = 'content/cases/_template.mdx';
