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
