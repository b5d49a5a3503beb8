/**
 * Checks a whole set of case files: each file on its own (see check-case.ts) and what only the
 * set shows, such as duplicate titles. Pure: takes file names and bytes, returns problems.
 */
import { checkFrontmatter, type Problem } from './check-case';
import { caseSlugs } from './case-files';

/** A file to check: its path (for messages) and raw bytes. */
export interface CaseFileInput {
  path: string;
  bytes: Uint8Array;
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks every file and returns all problems, in file order. */
export function checkCases(files: readonly CaseFileInput[], now?: Date): Problem[] {
  const names = files.map((f) => f.path.split('/').pop() ?? f.path);
  const knownSlugs = caseSlugs(names);
  const problems: Problem[] = [];
  const titles = new Map<string, string>();
  for (const file of files) {
    const name = file.path.split('/').pop() ?? file.path;
    if (!name.endsWith('.mdx')) {
      problems.push({ file: file.path, field: 'bestand', message: `Alleen .mdx-bestanden horen in content/cases/. Geef het bestand de extensie .mdx, bijvoorbeeld ${name.replace(/\.[^.]*$/, '')}.mdx.` });
      continue;
    }
    const slug = name.slice(0, -4);
    if (!kebab.test(slug)) {
      problems.push({
        file: file.path,
        field: 'bestandsnaam',
        message: `De bestandsnaam "${name}" wordt het webadres en mag alleen kleine letters, cijfers en streepjes bevatten, zoals ketenstage-oost-groningen.mdx.`,
      });
    }
    let source: string;
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      problems.push({ file: file.path, field: 'bestand', message: 'Het bestand is niet opgeslagen als UTF-8 (tekens zoals ë of â gaan dan mis). Sla het op als UTF-8 en probeer opnieuw.' });
      continue;
    }
    const result = checkFrontmatter(file.path, source, { now, knownSlugs });
    problems.push(...result.problems);
    const title = (result.data as { title?: unknown } | undefined)?.title;
    if (typeof title === 'string') {
      const key = title.trim().toLowerCase();
      const earlier = titles.get(key);
      if (earlier) {
        problems.push({ file: file.path, field: 'title', message: `De titel "${title}" wordt al gebruikt door ${earlier}. Geef elk voorbeeld een eigen titel.` });
      } else {
        titles.set(key, file.path);
      }
    }
  }
  return problems;
}
