/**
 * `npm run check`: validates every case in content/cases/ without building the site and prints
 * every problem (file:line, field, message). Exits 1 when there is any problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCases } from '../src/lib/check-cases';
import { formatProblem } from '../src/lib/check-report';

const dir = process.argv[2] ?? 'content/cases';
const files = readdirSync(dir)
  .filter((name) => !name.startsWith('_') && !name.startsWith('.'))
  .sort()
  .map((name) => ({ path: join(dir, name), bytes: readFileSync(join(dir, name)) }));

const problems = checkCases(files);
for (const problem of problems) console.log(formatProblem(problem, Boolean(process.env.GITHUB_ACTIONS)));
const broken = new Set(problems.map((p) => p.file)).size;
if (problems.length === 0) {
  console.log(`Alle ${files.length} voorbeelden zijn in orde.`);
} else {
  console.log(`\n${problems.length} probleem/problemen in ${broken} van de ${files.length} bestanden. Los ze op en voer npm run check opnieuw uit.`);
  process.exitCode = 1;
}
