/**
 * Facts about the site itself. The repository address feeds "Bewerk deze pagina" and the
 * no-git contribution route; the deploy workflow can override it with PUBLIC_REPO_URL.
 */
export const site = {
  name: 'Praktijkbank Zorgstages',
  /** GitHub repository that holds the content (no trailing slash). */
  repository: (import.meta.env.PUBLIC_REPO_URL as string | undefined) ?? 'https://github.com/praktijkbank-zorgstages/praktijkbank-zorgstages',
  /** Branch that is published. */
  branch: 'main',
  /** Licence of texts and data (SPDX id for CITATION.cff and the data files). */
  licence: { name: 'CC BY 4.0', spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' },
  /** Who answers for the catalogue as a whole: author of the catalogue citation and the data set. */
  editor: 'Redactie Praktijkbank Zorgstages',
} as const;

/** Link to GitHub's editor for a case file. */
export function editUrl(slug: string): string {
  return `${site.repository}/edit/${site.branch}/content/cases/${slug}.mdx`;
}

/** Link to one commit in the repository. */
export function commitUrl(hash: string): string {
  return `${site.repository}/commit/${hash}`;
}

/** Link to a file as it was in one commit: the version a reader cited. */
export function fileAtCommitUrl(hash: string, path: string): string {
  return `${site.repository}/blob/${hash}/${path}`;
}

/** Link to the full history of a file on the published branch. */
export function fileHistoryUrl(path: string): string {
  return `${site.repository}/commits/${site.branch}/${path}`;
}

/** The two source texts the catalogue started from; /bronnen/ lists them first. */
export const primarySourceUrls = [
  'https://ecbo.nl/onderzoekspublicatie/drie-scenarios-voor-stages-in-de-zorg/',
  'https://hbomedezeggenschap.nl/wie-bewaakt-de-kwaliteit-van-stages-in-zorgopleidingen',
] as const;
