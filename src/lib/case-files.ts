/**
 * Where case files live, relative to the project root. PRAKTIJKBANK_CASES_DIR points the build at
 * another folder (the benchmark's synthetic catalogue, test fixtures).
 */
export const CASES_DIR = process.env.PRAKTIJKBANK_CASES_DIR ?? './content/cases';

/** True for a file the loader reads as a case: `.mdx`, not starting with `_`. */
export function isCaseFile(fileName: string): boolean {
  return fileName.endsWith('.mdx') && !fileName.startsWith('_');
}

/** The slugs (file names without `.mdx`) of the case files among these names. */
export function caseSlugs(fileNames: readonly string[]): string[] {
  return fileNames.filter(isCaseFile).map((name) => name.slice(0, -'.mdx'.length)).sort();
}

/** The annotated template for a new case; `npm run new` and /bijdragen/ start from it. */
export const TEMPLATE_FILE = 'content/cases/_template.mdx';
