/**
 * Reads the case files of a folder for `npm run check`, the build's pre-check and the tests: every
 * file below it (sub-folders too, so the check can say that a case in a sub-folder is not read),
 * skipping the names case-files.ts skips (`_template.mdx`, `_concept/`, hidden files).
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSkippedName } from './case-files';
import type { CaseFileInput } from './check-cases';

/** Every file under `dir` as path and bytes, sorted by path. Symbolic links are listed, not followed. */
export function readCaseFiles(dir: string): CaseFileInput[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder)
      .filter((name) => !isSkippedName(name))
      .flatMap((name) => {
        const path = join(folder, name);
        return lstatSync(path).isDirectory() ? walk(path) : [path];
      });
  return walk(dir)
    .sort()
    .map((path) => (lstatSync(path).isSymbolicLink() ? { path, bytes: new Uint8Array(), symlink: true } : { path, bytes: readFileSync(path) }));
}
