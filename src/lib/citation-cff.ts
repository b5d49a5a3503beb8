/**
 * CITATION.cff takes the publisher and the contact from the same settings as the site
 * (src/data/site.ts): the deploy workflow runs `npm run citation:bijwerken` with them. Pure: the
 * file's text in, the updated text out, comments kept. Nothing is invented: without a setting the
 * `contact` list is left out.
 */
import { parseDocument } from 'yaml';

/** The operator's settings the file needs. */
export interface CffSettings {
  publisher?: string;
  contact?: string;
  contactEmail?: string;
}

/** CITATION.cff with `contact` set from the settings (publisher and contact as entities), or without it. */
export function withCffContact(text: string, settings: CffSettings): string {
  const doc = parseDocument(text);
  const contact: { name: string; email?: string }[] = [];
  if (settings.publisher) contact.push({ name: settings.publisher });
  if (settings.contact) contact.push({ name: settings.contact, ...(settings.contactEmail ? { email: settings.contactEmail } : {}) });
  else if (settings.contactEmail && contact[0]) contact[0].email = settings.contactEmail;
  // Nothing to set and nothing to take out: the file stays exactly as written.
  if (!contact.length && !doc.has('contact')) return text;
  if (contact.length) doc.set('contact', contact);
  else doc.delete('contact');
  return doc.toString({ lineWidth: 100 });
}
