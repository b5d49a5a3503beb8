// Indexes the built site with Pagefind (Dutch). Runs after `astro build`; writes dist/pagefind/.
// Only elements marked data-pagefind-body (case content, facet descriptions) are indexed, and
// only pages two folders deep are read at all: the case pages (/voorbeelden/<slug>/) and the
// facet explanations (/<facet>/<key>/). Listings (/voorbeelden/, /lessen/, …/pagina/<n>/) repeat
// every case and are never parsed. tests/build/finding.test.ts checks that no page with
// data-pagefind-body falls outside this pattern.
export const INDEXED_PAGES = '*/*/index.html';
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Zoekindex: ${added.page_count} pagina's geïndexeerd in ${Math.round(performance.now() - started)} ms (${site}/pagefind).`);
