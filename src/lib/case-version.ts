/**
 * An earlier version of a case as a reader can read it, from the file as git kept it: title,
 * summary, outcome, lessons, the text and the sources, rendered the way the site renders Markdown
 * and escaped like the form preview. Pure; the versions page calls it once per version.
 */
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from './check-case';
import { h, renderMarkdown } from './case-preview';

/** Labels the page passes in, so this module needs no vocabularies. */
export interface VersionLabels {
  outcome: (key: string) => string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : typeof v === 'object' && v && 'text' in v ? text((v as { text: unknown }).text) : '')).filter(Boolean) : [];

/** Moves every heading down by `by` levels (at most h6), so an old text fits under the page's own headings. */
function shiftHeadings(nodes: ElementContent[], by: number): ElementContent[] {
  const visit = (node: Root | ElementContent) => {
    if (node.type === 'element') {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(6, Number(level) + by)}`;
    }
    if ('children' in node) node.children.forEach((child) => visit(child as ElementContent));
  };
  nodes.forEach(visit);
  return nodes;
}

/**
 * The HTML of one version of a case file. `level` is the heading level for the parts of the
 * version (Samenvatting, Tekst, Bronnen); headings in the text itself go below it.
 */
export function versionHtml(file: string, labels: VersionLabels, level = 3): string {
  const split = splitFrontmatter(file);
  let data: Record<string, unknown> = {};
  try {
    data = (split ? parseYaml(split.frontmatter) : {}) ?? {};
  } catch {
    data = {};
  }
  const body = split ? split.body : file;
  const heading = `h${level}`;
  const lessons = list(data.lessons);
  const sources = Array.isArray(data.sources) ? data.sources.map((s) => text((s as { title?: unknown })?.title)).filter(Boolean) : [];
  const rendered = renderMarkdown(body) ?? [h('pre', {}, body)];
  const parts: (ElementContent | false)[] = [
    h('p', {}, h('strong', {}, 'Titel: '), text(data.title)),
    h('p', {}, h('strong', {}, 'Samenvatting: '), text(data.summary)),
    typeof data.outcome === 'string' && h('p', {}, h('strong', {}, 'Uitkomst: '), labels.outcome(data.outcome)),
    lessons.length > 0 && h(heading, {}, 'Geleerde lessen'),
    lessons.length > 0 && h('ul', {}, ...lessons.map((lesson) => h('li', {}, lesson))),
    h(heading, {}, 'Tekst'),
    ...shiftHeadings(rendered, level - 1),
    sources.length > 0 && h(heading, {}, 'Bronnen'),
    sources.length > 0 && h('ol', {}, ...sources.map((title) => h('li', {}, title))),
  ];
  return toHtml({ type: 'root', children: parts.filter((p): p is ElementContent => Boolean(p)) });
}
