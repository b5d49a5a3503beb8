/** Helpers for tests that read the built site in dist/ (built once by `npm test` before vitest). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(process.cwd(), 'dist');

/** Throws a clear error when there is no build to test. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('Geen build gevonden in dist/. Voer eerst npm run build uit (npm test doet dat zelf).');
}

/** Every HTML file in dist/, as site paths ("/voorbeelden/x/"). */
export function htmlPages(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'pagefind') out.push(...htmlPages(full));
    } else if (name.endsWith('.html')) {
      const path = `/${relative(DIST, full).replace(/\\/g, '/')}`;
      out.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
    }
  }
  return out.sort();
}

/** The file in dist/ that serves a site path, or undefined. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html'), join(DIST, `${clean}.html`)];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const cache = new Map<string, HTMLElement>();

/** The parsed HTML of a built page. */
export function page(path: string): HTMLElement {
  let root = cache.get(path);
  if (!root) {
    const file = fileFor(path);
    if (!file) throw new Error(`Pagina ${path} bestaat niet in dist/`);
    root = parse(readFileSync(file, 'utf8'));
    cache.set(path, root);
  }
  return root;
}
