/**
 * `npm run citation:bijwerken`: writes the publisher and contact from the settings
 * (PUBLIC_PUBLISHER, PUBLIC_CONTACT, PUBLIC_CONTACT_EMAIL, as the site reads them) into
 * CITATION.cff. The deploy workflow runs it and commits the file when it changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withCffContact } from '../src/lib/citation-cff';
import { site } from '../src/data/site';

const file = 'CITATION.cff';
const before = readFileSync(file, 'utf8');
const after = withCffContact(before, { publisher: site.publisher, contact: site.contact, contactEmail: site.contactEmail });
writeFileSync(file, after);
console.log(after === before ? `${file}: ongewijzigd.` : `${file}: uitgever en contact bijgewerkt.`);
if (!site.publisher && !site.contact) console.log('Uitgever en contact zijn nog niet ingesteld (PUBLIC_PUBLISHER, PUBLIC_CONTACT): CITATION.cff noemt ze niet.');
