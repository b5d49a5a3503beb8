/**
 * Addresses on GitHub for the no-git route: the "new file" page with a case filled in, the issue
 * form to suggest a case, and the contribution guide. Pure: the repository comes from src/data/site.ts.
 */

/** GitHub refuses very long addresses; above this the content is left out and pasted by hand. */
export const MAX_GITHUB_URL_LENGTH = 8000;

/**
 * GitHub's "new file" page in the repository with the file name and content filled in. When the
 * content makes the address too long, the address has only the file name and `complete` is false.
 */
export function githubNewFileUrl(repository: string, branch: string, path: string, text: string): { url: string; complete: boolean } {
  const base = `${repository.replace(/\/$/, '')}/new/${encodeURIComponent(branch)}?filename=${encodeURIComponent(path)}`;
  const full = `${base}&value=${encodeURIComponent(text)}`;
  return full.length <= MAX_GITHUB_URL_LENGTH ? { url: full, complete: true } : { url: base, complete: false };
}

/** The issue form for suggesting a case without writing it (.github/ISSUE_TEMPLATE/voorbeeld-voorstellen.yml). */
export function githubIssueFormUrl(repository: string, template = 'voorbeeld-voorstellen.yml'): string {
  return `${repository.replace(/\/$/, '')}/issues/new?template=${encodeURIComponent(template)}`;
}

/** CONTRIBUTING.md on GitHub. */
export function githubFileUrl(repository: string, branch: string, path: string): string {
  return `${repository.replace(/\/$/, '')}/blob/${encodeURIComponent(branch)}/${path}`;
}
