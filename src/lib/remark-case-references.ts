/**
 * Remark plugin for the site build: turns each `[^key]` in a case body into a numbered link to
 * that source in the source list (and gives it an id the list links back to), and marks a
 * paragraph or list item that starts with "Redactie:" as the editors' own text. The numbers are
 * the sources' positions in `sources`, so the text and the list always agree. Runs after the
 * body rules (remark-case-rules.ts), which have already refused unknown keys.
 */
import { resolve, sep } from 'node:path';
import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { EDITORIAL_PREFIX, isEditorial, sourceKeysOf, splitReferences } from './evidence';

/** Options: the folder that holds the cases. */
export interface RemarkCaseReferencesOptions {
  casesDir: string;
  /** Other folders whose MDX cites sources the same way, such as the explanations in content/uitleg/. */
  extraDirs?: readonly string[];
}

/** The id of the n-th (1-based) reference to a source in the text, for links back from the list. */
export const referenceId = (key: string, n: number): string => `verwijzing-${key}-${n}`;

/** The id of a source in the source list. */
export const sourceId = (key: string): string => `bron-${key}`;

/** How often the text refers to each source, in order of the source list; set on the frontmatter. */
export type ReferenceCounts = Record<string, number>;

/** The inline node that renders one reference: <sup class="bronverwijzing"><a …>[n]</a></sup>. */
function referenceNode(key: string, number: number, n: number): PhrasingContent {
  return {
    type: 'text',
    value: `[${number}]`,
    data: {
      hName: 'sup',
      hProperties: { className: ['bronverwijzing'] },
      hChildren: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#${sourceId(key)}`, id: referenceId(key, n) },
          children: [
            { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: 'bron ' }] },
            { type: 'text', value: `[${number}]` },
          ],
        },
      ],
    },
  };
}

/** Rewrites the references in a tree in place; returns how often each key was cited. */
export function renderReferences(tree: Root, keys: readonly string[]): ReferenceCounts {
  const counts: ReferenceCounts = {};
  const visit = (node: Nodes, inListItem = false) => {
    if (!('children' in node)) return;
    const parent = node as Parents;
    // A paragraph inside a list item is marked through its item, once.
    if ((node.type === 'listItem' || (node.type === 'paragraph' && !inListItem)) && isEditorial(textOf(node))) markEditorial(node);
    const children: Nodes[] = [];
    for (const child of parent.children as Nodes[]) {
      if (child.type !== 'text' || !child.value.includes('[^')) {
        visit(child, node.type === 'listItem');
        children.push(child);
        continue;
      }
      for (const part of splitReferences(child.value)) {
        if ('text' in part) {
          children.push({ type: 'text', value: part.text });
          continue;
        }
        const index = keys.indexOf(part.key);
        if (index < 0) {
          children.push({ type: 'text', value: `[^${part.key}]` });
          continue;
        }
        counts[part.key] = (counts[part.key] ?? 0) + 1;
        children.push(referenceNode(part.key, index + 1, counts[part.key]));
      }
    }
    parent.children = children as typeof parent.children;
  };
  visit(tree);
  return counts;
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'list') return '';
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** Adds the class "redactie" and sets the "Redactie:" prefix in bold. */
function markEditorial(node: Nodes & Parents): void {
  node.data = { ...node.data, hProperties: { ...(node.data as { hProperties?: object } | undefined)?.hProperties, className: ['redactie'] } };
  const first = node.type === 'listItem' ? (node.children[0] as Nodes | undefined) : node;
  if (!first || !('children' in first)) return;
  const lead = first.children[0] as Nodes | undefined;
  if (lead?.type !== 'text') return;
  const match = new RegExp(`^(\\s*)${EDITORIAL_PREFIX}`, 'i').exec(lead.value);
  if (!match) return;
  const rest = lead.value.slice(match[0].length);
  (first as Parents).children.splice(0, 1, { type: 'strong', children: [{ type: 'text', value: EDITORIAL_PREFIX }] }, { type: 'text', value: rest } as never);
}

/** Builds the remark plugin. Register it for MDX in astro.config.mjs, after remarkCaseRules. */
export function remarkCaseReferences(options: RemarkCaseReferencesOptions) {
  const dirs = [options.casesDir, ...(options.extraDirs ?? [])].map((dir) => resolve(dir));
  return () =>
    (tree: Root, file: { path?: string; data: Record<string, unknown> }): void => {
      const path = file.path ? resolve(file.path.split('?')[0] ?? file.path) : '';
      if (!dirs.some((dir) => path.startsWith(dir + sep))) return;
      const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
      const referenceCounts = renderReferences(tree, sourceKeysOf(astro.frontmatter ?? {}));
      // The compiled module exports only what the pages read from it (the reference counts): the
      // pages take a case's data from the collection, and a copy of the whole frontmatter in each of
      // 5,000 modules made the server bundle a third larger (and ran the build out of memory).
      astro.frontmatter = { referenceCounts };
    };
}
