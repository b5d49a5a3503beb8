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
