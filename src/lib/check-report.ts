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
    return `::${problem.severity === 'waarschuwing' ? 'warning' : 'error'} file=${problem.file}${line},title=${escape(problem.field)}::${escape(problem.message)}`;
  }
  return `${where}  [${problem.field}]  ${problem.severity === 'waarschuwing' ? 'Waarschuwing: ' : ''}${problem.message}`;
}

/**
 * The closing line of a check: all is well, or how many problems in how many files. The same words
 * for `npm run check` and for a build that stops on a bad case.
 */
export function reportSummary(problems: readonly Problem[], fileCount: number): string {
  // A warning (a source nothing cites) is shown but never stops the check or the build.
  const errors = problems.filter((p) => p.severity !== 'waarschuwing');
  const warnings = problems.length - errors.length;
  const note = warnings > 0 ? ` ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}: bekijk ze, maar ze houden het voorbeeld niet tegen.` : '';
  if (errors.length === 0) return `${fileCount === 1 ? 'Het voorbeeld is in orde.' : `Alle ${fileCount} voorbeelden zijn in orde.`}${note}`;
  const broken = new Set(errors.map((p) => p.file)).size;
  return `${errors.length} ${errors.length === 1 ? 'probleem' : 'problemen'} in ${broken} van de ${fileCount} bestanden. Los ze op en voer npm run check opnieuw uit.${note}`;
}
