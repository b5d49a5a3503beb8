/**
 * Reads the version history of all cases once per build: one `git log` over the cases folder,
 * cached for every page. Without git, outside a repository or in a shallow clone the site still
 * builds and shows the history it has.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CASES_DIR } from './lib/case-files';
import { caseFilePath, changesOf, gitLogArgs, parseGitLog, type FileChange } from './lib/git-history';

const run = promisify(execFile);

/** What git could tell this build. */
export interface GitHistory {
  /** False when git or the repository is missing; the pages then say so. */
  available: boolean;
  /** True in a shallow clone: older changes may be missing. */
  shallow: boolean;
  changes: FileChange[];
}

/** Runs git; resolves to undefined when git is missing or fails (no repository, folder outside it). */
async function git(args: string[], cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch {
    return undefined;
  }
}

/** Reads the history of a cases folder with one `git log` (and one check for a shallow clone). */
export async function readGitHistory(folder: string, cwd: string = process.cwd()): Promise<GitHistory> {
  const [log, shallow] = await Promise.all([git(gitLogArgs(folder), cwd), git(['rev-parse', '--is-shallow-repository'], cwd)]);
  if (log === undefined) return { available: false, shallow: false, changes: [] };
  return { available: true, shallow: shallow?.trim() === 'true', changes: parseGitLog(log) };
}

let cached: Promise<GitHistory> | undefined;

/** The history of the site's cases folder, read on first use and shared by every page of the build (fresh per request in dev). */
export function getGitHistory(): Promise<GitHistory> {
  if (import.meta.env.DEV) return readGitHistory(CASES_DIR);
  cached ??= readGitHistory(CASES_DIR);
  return cached;
}

/** The changes of one case (its file and its earlier names), newest first. */
export async function getCaseHistory(slug: string, redirectFrom: readonly string[]): Promise<GitHistory> {
  const history = await getGitHistory();
  const paths = [slug, ...redirectFrom].map((s) => caseFilePath(CASES_DIR, s));
  return { ...history, changes: changesOf(history.changes, paths) };
}
