/**
 * The Content-Security-Policy of the site, for Astro's experimental CSP support: Astro adds a
 * <meta http-equiv="content-security-policy"> to every page with hashes of its own scripts and
 * styles, so an inline script that slipped into a page (for instance from a case) does not run.
 */

/** Directives besides script-src and style-src (Astro fills those in with hashes). */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Script sources: the site's own files, plus 'wasm-unsafe-eval' because Pagefind (the search on
 * /zoeken/) compiles its WebAssembly index. This allows WebAssembly only, not eval() of JavaScript.
 */
export const cspScriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** The value for `experimental.csp` in astro.config.mjs. */
export const contentSecurityPolicy = {
  algorithm: 'SHA-256' as const,
  directives: [...cspDirectives],
  scriptDirective: { resources: [...cspScriptResources] },
};
