/** Prefixes a site path with the configured base, so the site also works under a sub-path. */
export function withBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const cleanPath = path.startsWith('/') ? path : `/${path}`;
  return `${cleanBase}${cleanPath}`;
}

/** A site path under this build's base (import.meta.env.BASE_URL). */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL ?? '/', path);
}

/** The absolute, permanent address of a site path: the configured site, the base, the path. */
export function absoluteUrl(path: string, site: string | URL | undefined = import.meta.env.SITE, base: string = import.meta.env.BASE_URL ?? '/'): string {
  if (!site) throw new Error('Geen site-adres bekend: zet SITE_URL (astro.config.mjs leest die) om volledige webadressen te maken.');
  return new URL(withBase(base, path), site).href;
}

/** The site path of a case page; it never changes once published (see content/published-urls.json). */
export function casePath(slug: string): string {
  return `/voorbeelden/${slug}/`;
}
