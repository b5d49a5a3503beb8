/**
 * Rehype plugin for MDX: links to other sites get rel="noopener noreferrer" (the other site learns
 * nothing about the reader and cannot reach back into this page), and links that start with / get
 * the site's base path, so a case written as /voorbeelden/x/ also works when the site lives under a sub-path.
 */
import type { Element, Root, RootContent } from 'hast';
import { withBase } from './url';

/** Options: the base path of the site, as in astro.config.mjs. */
export interface RehypeCaseLinksOptions {
  base: string;
}

/** True for an address on another site (with a scheme or protocol-relative). */
export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href.trim());
}

/** Builds the rehype plugin. Register it for MDX in astro.config.mjs. */
export function rehypeCaseLinks(options: RehypeCaseLinksOptions) {
  const base = options.base || '/';
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element' && node.tagName === 'a') fixLink(node, base);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  return () => (tree: Root) => visit(tree);
}

function fixLink(node: Element, base: string): void {
  const href = node.properties.href;
  if (typeof href !== 'string') return;
  if (isExternalHref(href)) {
    const current: unknown = node.properties.rel;
    const rel = new Set<string>(Array.isArray(current) ? current.map(String) : typeof current === 'string' ? current.split(/\s+/) : []);
    rel.add('noopener');
    rel.add('noreferrer');
    node.properties.rel = [...rel].filter(Boolean);
  } else if (href.startsWith('/') && base !== '/' && !href.startsWith(base.replace(/\/?$/, '/'))) {
    node.properties.href = withBase(base, href);
  }
}
