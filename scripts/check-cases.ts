/**
 * `npm run check`: validates every case in content/cases/ without building the site and prints
 * every problem (file:line, field, message). Exits 1 when there is any problem. In GitHub Actions
 * the problems also become annotations on the changed lines of a pull request.
 */
import { checkCases } from '../src/lib/check-cases';
import { formatProblem, reportSummary } from '../src/lib/check-report';
import { readCaseFiles } from '../src/lib/read-case-files';

const dir = (process.argv[2] ?? 'content/cases').replace(/^(\.\/)+/, '').replace(/\/+$/, '');

try {
  const files = readCaseFiles(dir);
  const problems = checkCases(files, { dir });
  const annotate = Boolean(process.env.GITHUB_ACTIONS);
  for (const problem of problems) {
    console.log(formatProblem(problem));
    if (annotate) console.log(formatProblem(problem, true));
  }
  console.log(problems.length === 0 ? reportSummary(problems, files.length) : `\n${reportSummary(problems, files.length)}`);
  if (problems.length > 0) process.exitCode = 1;
} catch (error) {
  // Only a missing folder or an unreadable disk gets here; content errors are problems above.
  console.error(`De controle kon de map ${dir} niet lezen: ${(error as Error).message}`);
  process.exitCode = 2;
}
