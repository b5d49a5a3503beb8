/**
 * The content loader of the cases: Astro's glob loader with the project's own definition of the
 * case set (case-files.ts), the project's YAML reader (case-yaml.ts), and `npm run check` run over
 * the whole set first. A bad case stops the build with the check's Dutch report, no stack trace.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { CASE_FILE_PATTERN, CASES_DIR, slugOfCaseFile } from './lib/case-files';
import { readCaseSource } from './lib/check-case';
import { checkCases } from './lib/check-cases';
import { formatProblem, reportSummary } from './lib/check-report';
import { readCaseFiles } from './lib/read-case-files';
import { caseJsonSchema } from './lib/json-schema';

type EntryType = { getEntryInfo: (params: { contents: string; fileUrl: URL }) => unknown };
/** The loader context as Astro passes it: with the entry types of the integrations (MDX), which the public type leaves out. */
type FullContext = LoaderContext & { entryTypes: Map<string, EntryType> };

/** The check's report as the build prints it: a heading, the same lines as `npm run check`, the same summary. */
function buildReport(dir: string, problems: Parameters<typeof reportSummary>[0], fileCount: number): string {
  return [
    problems.some((p) => p.severity !== 'waarschuwing') ? `De site wordt niet gebouwd: npm run check vindt problemen in de voorbeelden in ${dir}/.` : `npm run check geeft waarschuwingen bij de voorbeelden in ${dir}/:`,
    ...problems.map((problem) => formatProblem(problem)),
    '',
    reportSummary(problems, fileCount),
  ].join('\n');
}

/** The loader for the `cases` collection. `dir` defaults to CASES_DIR. */
export function caseLoader(dir: string = CASES_DIR): Loader {
  // The id is the file name without .mdx, never a `slug` from the frontmatter (the check refuses that field).
  const inner = glob({ base: dir, pattern: CASE_FILE_PATTERN, generateId: ({ entry }) => slugOfCaseFile(entry) });
  return {
    name: 'praktijkbank-cases',
    async load(context) {
      const files = readCaseFiles(dir);
      // The frontmatter the check read, by file: Astro's glob loader below reads the same files
      // again, and parsing the YAML of 5,000 cases twice cost seconds. Used only for the same text.
      const read = new Map<string, { source: string; raw: Record<string, unknown> }>();
      const problems = checkCases(files, { dir, onRead: (path, source, raw) => read.set(resolve(path), { source, raw }) });
      const errors = problems.filter((problem) => problem.severity !== 'waarschuwing');
      // Warnings (a source nothing cites) are shown; only errors stop the build.
      if (errors.length === 0 && problems.length > 0) context.logger.warn(buildReport(dir, problems, files.length));
      if (errors.length > 0) {
        const report = buildReport(dir, problems, files.length);
        // The dev server keeps running, so an author sees the report and fixes the file.
        if (context.watcher) {
          context.logger.error(report);
        } else {
          console.error(`\n${report}\n`);
          process.exit(1);
        }
      }
      // Astro validates a cached entry again only when its file changes, and clears its cache only
      // when content.config.ts itself changes: after a new field in the schema, cached entries
      // would lack it (or its default). A new schema clears the cache once.
      const schemaDigest = JSON.stringify(caseJsonSchema());
      if (context.meta.get('case-schema') !== schemaDigest) {
        context.store.clear();
        context.meta.set('case-schema', schemaDigest);
      }
      const { entryTypes } = context as FullContext;
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('De MDX-integratie ontbreekt in astro.config.mjs; zonder die integratie kan de site geen voorbeelden lezen.');
      const caseMdx: EntryType = {
        ...mdx,
        getEntryInfo: ({ contents, fileUrl }) => {
          const checked = read.get(fileURLToPath(fileUrl));
          const entry = readCaseSource(contents, checked?.source === contents ? checked.raw : undefined);
          return { data: entry.data ?? {}, rawData: entry.frontmatter, body: entry.body.trim(), slug: '' };
        },
      };
      await inner.load({ ...context, entryTypes: new Map([...entryTypes, ['.mdx', caseMdx]]) } as LoaderContext);
      read.clear();
    },
  };
}
