/**
 * The live preview of the contribution form: the case as a reader will see it, built as a HTML
 * syntax tree and serialised with escaping, so nothing a contributor types can become markup.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Nodes as MdastNodes, Parent as MdastParent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import {
  aims,
  evidenceLevels,
  factors,
  interventionTypes,
  levels,
  organisationRoles,
  outcomes,
  provinces,
  sectors,
  statuses,
  verificationLevels,
} from '../data/vocabularies';
import { labelOf, type Vocabulary } from '../data/vocabulary';
import { caseSections, escapeSectionText, normaliseFormValues, type CaseFormValues } from './case-form';
import { parseMdx, urlProblem, urlScheme } from './mdx-rules';
import { isExternalHref } from './rehype-case-links';

type Child = ElementContent | string | false | undefined;

/** A HTML element with text children escaped by the serialiser. */
export function h(tagName: string, properties: Element['properties'], ...children: Child[]): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children.filter((c): c is ElementContent | string => Boolean(c)).map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
  };
}

/**
 * Links and images the check refuses (javascript:, data:, an image from another site) become their
 * text, with the same URL rules as `npm run check`: the preview never shows a link that submitting
 * would refuse. A refused link definition is dropped, so a reference to it stays text.
 */
function withoutRefusedAddresses(node: MdastNodes): MdastNodes[] {
  if (node.type === 'link' && urlProblem(node.url, 'link')) return node.children.flatMap(withoutRefusedAddresses);
  if (node.type === 'definition' && urlProblem(node.url, 'link')) return [];
  if (node.type === 'image' && (urlProblem(node.url, 'afbeelding') || urlScheme(node.url) !== undefined || node.url.startsWith('//'))) {
    return node.alt ? [{ type: 'text', value: node.alt }] : [];
  }
  if ('children' in node) (node as MdastParent).children = (node as MdastParent).children.flatMap((child) => withoutRefusedAddresses(child as MdastNodes)) as MdastParent['children'];
  return [node];
}

/** One section's text rendered as the site renders Markdown, one heading level below `level`. */
function renderSection(text: string): ElementContent[] {
  return renderMarkdown(escapeSectionText(text)) ?? [h('p', {}, text)];
}

/**
 * Markdown (and the MDX the case rules allow) as HTML nodes, the way the site renders a case body;
 * components such as <Kader> keep their content, and addresses the check refuses become plain text.
 * Undefined when the text does not parse.
 */
export function renderMarkdown(markdown: string): ElementContent[] | undefined {
  const parsed = parseMdx(markdown);
  if ('issue' in parsed) return undefined;
  withoutRefusedAddresses(parsed.tree);
  const tree = toHast(parsed.tree) as Root;
  const fix = (node: Root | ElementContent) => {
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string' && isExternalHref(node.properties.href)) {
      node.properties.rel = ['noopener', 'noreferrer'];
    }
    if ('children' in node) node.children.forEach((child) => fix(child as ElementContent));
  };
  fix(tree);
  return tree.children as ElementContent[];
}

const labels = (vocabulary: Vocabulary, keys: readonly string[]) => keys.map((key) => labelOf(vocabulary, key)).join(', ');

/**
 * The preview as HTML. `level` is the heading level of the case title inside the preview region
 * (the page already has its own h1 and h2); sections get the next level.
 */
export function casePreviewHtml(values: CaseFormValues, options: { level?: number; anonymisedNote: string }): string {
  const v = normaliseFormValues(values);
  const level = options.level ?? 3;
  const facts: [string, string][] = [
    ['Type aanpak', v.type ? labelOf(interventionTypes, v.type) : ''],
    ['Provincies', labels(provinces, v.provinces)],
    ['Plaats', v.place],
    ['Sectoren', labels(sectors, v.sectors)],
    ['Onderwijsniveaus', labels(levels, v.levels)],
    ['Doelen', labels(aims, v.aims)],
    ['Factoren', labels(factors, v.factors)],
    ['Status', v.status ? labelOf(statuses, v.status) : ''],
    ['Uitkomst', v.outcome ? labelOf(outcomes, v.outcome) : ''],
    ['Bewijskracht', v.evidence ? labelOf(evidenceLevels, v.evidence) : ''],
    ['Verificatie', v.verification ? labelOf(verificationLevels, v.verification) : ''],
    ['Periode', v.started ? `${v.started}${v.ended ? `–${v.ended}` : ''}` : ''],
  ];
  const sectionHeading = `h${Math.min(level + 1, 6)}`;
  const article = h(
    'article',
    { className: ['preview-case'] },
    h(`h${level}`, {}, v.title || '(nog geen titel)'),
    h('p', { className: ['lead'] }, v.summary || '(nog geen samenvatting)'),
    h('dl', { className: ['preview-case__facts'] }, ...facts.filter(([, value]) => value).flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    v.stopReason && h('p', {}, h('strong', {}, 'Waarom gestopt: '), v.stopReason),
    ...caseSections[v.mode].flatMap((section) => {
      const text = v.sections[section.id];
      return text ? [h(sectionHeading, {}, section.heading), ...renderSection(text)] : [];
    }),
    // As on the case page: the lessons after the text, each said once.
    v.lessons.length > 0 && h(sectionHeading, {}, 'Geleerde lessen'),
    v.lessons.length > 0 && h('ul', {}, ...v.lessons.map((lesson) => h('li', {}, lesson))),
    v.organisations.length > 0 && h(sectionHeading, {}, 'Betrokken organisaties'),
    v.organisations.length > 0 &&
      h(
        'ul',
        {},
        ...v.organisations.map((o) => h('li', {}, o.name, o.role ? ` (${labelOf(organisationRoles, o.role).toLowerCase()})` : '', o.anonymised && ` — ${options.anonymisedNote}`)),
      ),
    v.sources.length > 0 && h(sectionHeading, {}, 'Bronnen'),
    v.sources.length > 0 && h('ol', {}, ...v.sources.map((s) => h('li', {}, [s.authors.join(', '), s.title, s.publisher, s.year].filter(Boolean).join('. ')))),
  );
  return toHtml(article);
}
