/**
 * Reads the case files of a folder for `npm run check` and the tests: every file below it
 * (sub-folders too, because the build's loader reads them), skipping `_template`-style and hidden files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseFileInput } from './check-cases';

/** Every file under `dir` as path and bytes, sorted by path. */
export function readCaseFiles(dir: string): CaseFileInput[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder)
      .filter((name) => !name.startsWith('_') && !name.startsWith('.'))
      .flatMap((name) => (statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : [join(folder, name)]));
  return walk(dir)
    .sort()
    .map((path) => ({ path, bytes: readFileSync(path) }));
}
