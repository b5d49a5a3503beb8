import type { Problem } from './check-case';

/**
 * One problem as a line for the terminal, or as a GitHub workflow annotation so that it shows on
 * the changed line of a pull request.
 */
export function formatProblem(problem: Problem, asAnnotation = false): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  if (asAnnotation) {
    const escape = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const line = problem.line ? `,line=${problem.line}` : '';
    return `::error file=${problem.file}${line},title=${escape(problem.field)}::${escape(problem.message)}`;
  }
  return `${where}  [${problem.field}]  ${problem.message}`;
}

/**
 * The closing line of a check: all is well, or how many problems in how many files. The same words
 * for `npm run check` and for a build that stops on a bad case.
 */
export function reportSummary(problems: readonly Problem[], fileCount: number): string {
  if (problems.length === 0) return fileCount === 1 ? 'Het voorbeeld is in orde.' : `Alle ${fileCount} voorbeelden zijn in orde.`;
  const broken = new Set(problems.map((p) => p.file)).size;
  return `${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} in ${broken} van de ${fileCount} bestanden. Los ze op en voer npm run check opnieuw uit.`;
}
