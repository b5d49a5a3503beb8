/**
 * `npm run check`: validates every case in content/cases/ without building the site and prints
 * every problem (file:line, field, message). Exits 1 when there is any problem. In GitHub Actions
 * the problems also become annotations on the changed lines of a pull request.
 */
import { existsSync } from 'node:fs';
import { checkCases } from '../src/lib/check-cases';
import { formatProblem, reportSummary } from '../src/lib/check-report';
import { readCaseFiles } from '../src/lib/read-case-files';
import { caseSlugs } from '../src/lib/case-files';
import { checkUitleg } from '../src/lib/check-uitleg';
import { UITLEG_DIR } from '../src/schemas/uitleg';

const dir = (process.argv[2] ?? 'content/cases').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
// The explanations on the facet pages follow the same rules; they are checked with the real cases.
const uitlegDir = process.argv[2] === undefined && existsSync(UITLEG_DIR) ? UITLEG_DIR.replace(/^\.\//, '') : undefined;

try {
  const cases = readCaseFiles(dir);
  const explanations = uitlegDir ? readCaseFiles(uitlegDir) : [];
  const knownSlugs = caseSlugs(cases.map((file) => file.path.split('/').pop() ?? file.path));
  const files = [...cases, ...explanations];
  const problems = [...checkCases(cases, { dir }), ...(uitlegDir ? checkUitleg(explanations, { dir: uitlegDir, knownSlugs }) : [])];
  const annotate = Boolean(process.env.GITHUB_ACTIONS);
  for (const problem of problems) {
    console.log(formatProblem(problem));
    if (annotate) console.log(formatProblem(problem, true));
  }
  const errors = problems.filter((p) => p.severity !== 'waarschuwing');
  if (errors.length === 0) {
    console.log(reportSummary(problems, cases.length));
    if (explanations.length > 0) console.log(`Alle ${explanations.length} uitlegteksten bij de kenmerken (${uitlegDir}) zijn in orde.`);
  } else {
    console.log(`\n${reportSummary(problems, files.length)}`);
    process.exitCode = 1;
  }
} catch (error) {
  // Only a missing folder or an unreadable disk gets here; content errors are problems above.
  console.error(`De controle kon de map ${dir} niet lezen: ${(error as Error).message}`);
  process.exitCode = 2;
}
