/**
 * Typographic quotes, dashes and ellipses in MDX text ("zo" → “zo”, auto's → auto’s, -- → —,
 * ... → …): the same output as remark-smartypants, which Astro runs by default, for a fraction of
 * its cost. remark-smartypants parses the whole text of a file once with retext (for the quotes)
 * and then once more for *every* text node (for dashes and ellipses); at 5,000 cases that second
 * pass was nearly half the time of compiling the MDX. This plugin uses the same libraries
 * (retext, retext-smartypants) in the same way, but skips a pass that cannot change anything:
 * the quote pass when the file has no quote character, and the per-node pass when the node has no
 * dash, dot pair, or backtick or two single quotes. A unit test compares both on every case.
 *
 * After remark-smartypants 3.0.3 (MIT, Christian Murphy and contributors).
 */
import type { Nodes, Root } from 'mdast';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const IGNORED_ELEMENTS = new Set(['style', 'script']);
// Blocks start fresh: a quote at their start opens, so each adds a space to the joined text.
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Quotes only: replacing dashes and ellipses changes lengths and would shift the slices below. */
const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
/** Dashes, ellipses and backticks, per text node. */
const rest = retext().use(smartypants, { quotes: false });

/** Whether a text could hold something the per-node pass replaces (a superset: "--", "..", ". .", "`", "''"). */
const mayHaveDashOrEllipsis = (text: string): boolean => /--|\.\s*\.|`|''/.test(text);
const mayHaveQuote = (text: string): boolean => /["']/.test(text);

type Literal = Extract<Nodes, { value: string }>;
const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

/** Rewrites the text of a tree in place, as remark-smartypants with its default options does. */
export function educateTypography(tree: Root): void {
  let all = '';
  const nodes: Nodes[] = [];
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined || !VISITED.has(node.type)) return;
    if (parent.type === 'mdxJsxTextElement' && (typeof parent.name !== 'string' || IGNORED_ELEMENTS.has(parent.name))) return;
    if (isLiteral(node)) all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
    else if (BLOCKS.has(node.type)) all += ' ';
    else return;
    nodes.push(node);
  });
  if (mayHaveQuote(all)) all = quotes.processSync(all).toString();
  let start = 0;
  for (const node of nodes) {
    if (!isLiteral(node)) {
      start += 1;
      continue;
    }
    const end = start + node.value.length;
    if (node.type === 'text') {
      const text = all.slice(start, end);
      node.value = mayHaveDashOrEllipsis(text) ? rest.processSync(text).toString() : text;
    }
    start = end;
  }
}

/** The remark plugin; register it first in the MDX remark plugins, with Astro's smartypants off. */
export function remarkTypography() {
  return (tree: Root): void => educateTypography(tree);
}
