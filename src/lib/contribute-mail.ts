/**
 * The route without any account: e-mail to the editors. Pure: builds mailto: links for a whole
 * case file (when it fits in the body of a mail) or for a tip, and the credit line of a
 * contributor who does not want her name published.
 */

/**
 * Longest mailto: link we hand to a mail program. Outlook and some webmail clients cut links
 * around 2,000 characters; a longer file goes as an attachment instead.
 */
export const MAILTO_MAX = 1900;

/** A mailto: link with subject and body, encoded as RFC 6068 asks (spaces as %20, line ends as %0D%0A). */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** A mail with a case file: in the body when it fits, otherwise with the instruction to attach it. */
export interface CaseMail {
  url: string;
  /** True when the whole file is in the body; false when the reader must attach the file. */
  inBody: boolean;
}

/** The mail that sends a case file to the editors. */
export function caseMail(to: string, fileName: string, title: string, text: string, max = MAILTO_MAX): CaseMail {
  const subject = `Nieuw praktijkvoorbeeld: ${title}`;
  const withFile = mailtoUrl(
    to,
    subject,
    `Beste redactie,\n\nHieronder staat mijn voorbeeld voor de Praktijkbank Zorgstages, gemaakt met het formulier op de site (bestand ${fileName}).\n\n${text}`,
  );
  if (withFile.length <= max) return { url: withFile, inBody: true };
  return {
    url: mailtoUrl(
      to,
      subject,
      `Beste redactie,\n\nIn de bijlage staat mijn voorbeeld voor de Praktijkbank Zorgstages: het bestand ${fileName}, gemaakt met het formulier op de site.\n\n(Voeg het bestand ${fileName} uit uw map Downloads toe als bijlage.)`,
    ),
    inBody: false,
  };
}

/** The questions of "Alleen een tip", as the body of a mail the reader fills in. */
export const tipQuestions = [
  'Wat is de aanpak, in een paar zinnen?',
  'Waar speelt het (plaats, regio of provincie) en in welke sector?',
  'Werkt het, loopt het nog, of werkte het niet? Alles is welkom.',
  'Waar staat er iets over (een webpagina, rapport of verslag)?',
  'Mag de redactie u benaderen met vragen? (Uw e-mailadres komt nooit op de site.)',
] as const;

/** The mailto: link of a tip to the editors: subject and the questions to answer. */
export function tipMailUrl(to: string): string {
  return mailtoUrl(to, 'Tip voor de Praktijkbank Zorgstages', `Beste redactie,\n\nIk heb een tip voor een praktijkvoorbeeld.\n\n${tipQuestions.map((q) => `${q}\n\n`).join('')}`);
}

/** How a contributor is named on the page: by name, only by sector and region, or as "anoniem". */
export type CreditChoice = 'naam' | 'sector-regio' | 'anoniem';

/**
 * The name that is published for a contributor who does not want hers published: "anoniem", or
 * a description by sector and region ("Een medewerker uit de ouderenzorg in Overijssel"). The
 * labels are the Dutch names of the chosen sectors and provinces.
 */
export function creditName(choice: Exclude<CreditChoice, 'naam'>, sectorLabels: readonly string[], provinceLabels: readonly string[]): string {
  if (choice === 'anoniem' || (sectorLabels.length === 0 && provinceLabels.length === 0)) return 'anoniem';
  const sector = sectorLabels.length ? ` uit de ${sectorLabels.map((s) => s.toLowerCase()).join(' en de ')}` : '';
  const places = provinceLabels.filter((p) => p !== 'Landelijk');
  const region = places.length ? ` in ${places.join(' en ')}` : provinceLabels.length ? ' (landelijk)' : '';
  return `Een medewerker${sector}${region}`;
}

/** The mailto: link to send the editors an addition or correction to one case, without GitHub. */
export function correctionMailUrl(to: string, title: string, pageUrl: string): string {
  return mailtoUrl(to, `Aanvulling op: ${title}`, `Beste redactie,\n\nIk heb een aanvulling of correctie op het voorbeeld “${title}” (${pageUrl}):\n\n`);
}
