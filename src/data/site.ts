/**
 * An operator's setting from the environment: the deploy workflow passes the repository's
 * variables (Settings › Secrets and variables › Actions › Variables). Empty means "not set".
 */
function setting(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** An e-mail address as operators write it; anything else counts as not set (never guessed). */
function emailSetting(value: unknown): string | undefined {
  const email = setting(value);
  return email && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email) ? email : undefined;
}

/**
 * Facts about the site itself, in one place. The repository address feeds "Bewerk deze pagina"
 * and the git route; the deploy workflow can override it with PUBLIC_REPO_URL. Who publishes the
 * catalogue, who answers questions and where contributions go by e-mail are the operator's to
 * set (PUBLIC_PUBLISHER, PUBLIC_CONTACT, PUBLIC_EDITORS_EMAIL): nothing is invented, and until they
 * are set the pages say so plainly (see `notSet`).
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
  /** The editors' e-mail address for contributions without GitHub, e.g. redactie@example.org. */
  editorsEmail: emailSetting(import.meta.env.PUBLIC_EDITORS_EMAIL),
  /** The organisation that publishes the catalogue (publisher in citations and CITATION.cff). */
  publisher: setting(import.meta.env.PUBLIC_PUBLISHER),
  /** Who answers questions about the catalogue and the data: a name or role, as the operator writes it. */
  contact: setting(import.meta.env.PUBLIC_CONTACT),
  /** The contact's e-mail address; without it the editors' address is used. */
  contactEmail: emailSetting(import.meta.env.PUBLIC_CONTACT_EMAIL),
} as const;

/** What the pages say while a setting is missing: plainly that it is not set yet. */
export const notSet = {
  editorsEmail: 'Het e-mailadres van de redactie is nog niet ingesteld.',
  publisher: 'De uitgever is nog niet ingesteld.',
  contact: 'Een contactpersoon is nog niet ingesteld.',
} as const;

/** The e-mail address for questions: the contact's, else the editors'. */
export function contactAddress(): string | undefined {
  return site.contactEmail ?? site.editorsEmail;
}

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
