/**
 * The rules for the body of a case: MDX is JavaScript, so a case may only hold Markdown and the
 * allowed components with literal attributes. One implementation serves `npm run check`, the
 * contribution form and the site build (remark-case-rules.ts), so they cannot disagree.
 */
import type { Heading, Nodes, Parents, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  allowedElementNames,
  allowedUrlSchemes,
  caseComponents,
  caseElementAlternatives,
  caseHtmlElements,
  dangerousElements,
  urlAttributes,
  type AllowedElement,
} from './mdx-allowlist';
import { nearMatch } from './near-match';
import { EDITORIAL_PREFIX, FRONTMATTER_SECTIONS, isEditorial, isFactSection, normaliseHeading, referencesIn, SOURCE_KEY_PATTERN } from './evidence';

/** A problem in the body of a case, before it is tied to a file. */
export interface BodyIssue {
  /** 1-based line in the file, when known. */
  line?: number;
  /** Always "inhoud": the problem is in the text under the frontmatter. */
  field: string;
  /** What is wrong, what is allowed and how to fix it, in Dutch. */
  message: string;
}

/** What the body rules need to know about the rest of the case. */
export interface BodyContext {
  /** Slugs of all cases, for checking links to /voorbeelden/<slug>/. */
  knownSlugs?: readonly string[];
  /** Keys of the case's sources; when given, the reference rules apply (every claim cites one). */
  sourceKeys?: readonly string[];
}

/** A case body longer than this is refused before parsing (a case is a few pages of text). */
export const MAX_BODY_CHARS = 200_000;

const FIELD = 'inhoud';
const components = Object.keys(caseComponents);
const htmlNames = Object.keys(caseHtmlElements);

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Parses MDX as the site build does (Markdown, GFM, MDX); returns a Dutch issue instead of throwing. */
export function parseMdx(text: string): { tree: Root } | { issue: BodyIssue } {
  try {
    return { tree: parser.parse(text) };
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string; source?: string; ruleId?: string };
    return { issue: { line: e.line ?? undefined, field: FIELD, message: parseErrorMessage(e) } };
  }
}

function parseErrorMessage(e: { reason?: string; message?: string; source?: string; ruleId?: string }): string {
  const reason = e.reason ?? e.message ?? '';
  const technical = ` (technische melding: ${reason.split('\n')[0]})`;
  if (/character `!`/.test(reason)) {
    return 'Hier staat HTML-commentaar (<!-- … -->); dat kan niet in een voorbeeld. Haal het weg, of zet een opmerking voor de redactie in de beschrijving van uw pull request.';
  }
  if (e.source === 'micromark-extension-mdxjs-esm') {
    return `Een regel die begint met "import" of "export" wordt gelezen als programmacode, en code is niet toegestaan in een voorbeeld. Begin de zin anders, bijvoorbeeld "De import van …" of "Het exporteren van …".${technical}`;
  }
  if (e.source === 'micromark-extension-mdx-expression' || /expression|brace/.test(reason)) {
    return `Een accolade { of } wordt gelezen als programmacode, en code is niet toegestaan in een voorbeeld. Bedoelt u het teken zelf, schrijf dan \\{ of \\}.${technical}`;
  }
  if (e.ruleId === 'end-tag-mismatch' || /closing tag/.test(reason)) {
    return `Een onderdeel tussen < > wordt niet goed afgesloten. Elk <Kader …> hoort bij een </Kader>. Bedoelt u het teken < zelf, schrijf dan \\<.${technical}`;
  }
  if (e.source === 'micromark-extension-mdx-jsx' || /tag|name/.test(reason)) {
    return `Het teken < wordt gelezen als begin van een onderdeel, maar er volgt geen geldig onderdeel. Bedoelt u het teken zelf ("minder dan"), schrijf dan \\<.${technical}`;
  }
  return `De tekst kan niet gelezen worden als MDX.${technical}`;
}

/** The plain text of a node (headings, link texts). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'mdxjsEsm' && node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}


/** The scheme of an address as a browser reads it (ignoring case, spaces and control characters). */
export function urlScheme(address: string): string | undefined {
  // Browsers skip tabs, newlines and leading spaces, so "java\tscript:" still runs.
  const cleaned = address.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/** A Dutch message when an address may not appear in a case, or undefined when it is fine. */
export function urlProblem(address: string, what: string): string | undefined {
  const scheme = urlScheme(address);
  if (scheme === undefined || allowedUrlSchemes.includes(scheme)) return undefined;
  const why =
    scheme === 'javascript' || scheme === 'vbscript'
      ? 'zo’n adres voert code uit in de browser van de lezer'
      : scheme === 'data'
        ? 'een data:-adres kan code of een verborgen bestand bevatten'
        : 'dat soort adres werkt niet op een website';
  return `${what} gebruikt een adres dat begint met "${scheme}:"; ${why}. Toegestaan: adressen die beginnen met https:// (of http://, mailto:, tel:) en links binnen deze site die beginnen met /, zoals /voorbeelden/naam-van-voorbeeld/.`;
}

/** Problems with an internal link (to another page of this site). */
function internalLinkProblem(address: string, context: BodyContext): string | undefined {
  if (urlScheme(address) !== undefined || address.startsWith('#') || address.startsWith('//')) return undefined;
  const path = address.split(/[?#]/)[0] ?? '';
  if (!path.startsWith('/')) {
    return `De link "${address}" is geen volledig adres. Een link naar een andere pagina van deze site begint met /, zoals /voorbeelden/naam-van-voorbeeld/; een link naar een andere site begint met https://.`;
  }
  const match = /^\/voorbeelden\/([^/]+)\/?$/.exec(path);
  if (!match) return undefined;
  const slug = (match[1] ?? '').replace(/\.mdx$/, '');
  if (!context.knownSlugs || context.knownSlugs.includes(slug)) {
    return match[1]?.endsWith('.mdx') ? `De link "${address}" wijst naar een bestand. Laat .mdx weg: /voorbeelden/${slug}/.` : undefined;
  }
  const suggestion = nearMatch(slug, context.knownSlugs);
  return (
    `De link "${address}" wijst naar een voorbeeld dat niet bestaat: er is geen content/cases/${slug}.mdx.` +
    (suggestion ? ` Bedoelde u /voorbeelden/${suggestion}/?` : ' Gebruik de bestandsnaam van een bestaand voorbeeld, zonder .mdx, zoals /voorbeelden/ketenstage-student-volgt-client/.')
  );
}

/** Checks one JSX element (component or HTML element) and its attributes. */
function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, report: (message: string) => void): void {
  const name = node.name;
  if (!name) {
    report('Een leeg onderdeel (<> … </>) is niet toegestaan. Haal <> en </> weg.');
    return;
  }
  const lower = name.toLowerCase();
  if (dangerousElements.includes(lower)) {
    const why =
      lower === 'script'
        ? 'kan code uitvoeren in de browser van de lezer'
        : lower === 'iframe' || lower === 'frame' || lower === 'frameset' || lower === 'object' || lower === 'embed'
          ? 'laadt een andere website of een programma in de pagina'
          : lower === 'style' || lower === 'link'
            ? 'verandert de opmaak van de hele site'
            : 'hoort niet in de tekst van een voorbeeld';
    report(`Het element <${name}> ${why} en is niet toegestaan in een voorbeeld. Haal het weg. Wel toegestaan: ${allowedElementNames().map((n) => `<${n}>`).join(', ')}.`);
    return;
  }
  const allowed: AllowedElement | undefined = caseComponents[name] ?? caseHtmlElements[name];
  const example = allowed?.example ?? caseComponents.Kader?.example ?? '';
  const names = allowed ? Object.keys(allowed.attributes) : [];
  // Attributes that run code or load addresses are named even on an element that is refused anyway.
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(`In <${name}> staat code tussen accolades ({${attribute.value}}); dat is niet toegestaan. Schrijf elk kenmerk als naam="tekst", zoals ${example}`);
      continue;
    }
    const attr = attribute.name;
    if (/^on/i.test(attr)) {
      report(`Het kenmerk ${attr}= in <${name}> voert code uit in de browser van de lezer en is niet toegestaan. Haal het weg.`);
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      report(`Het kenmerk ${attr} in <${name}> bevat code tussen accolades ({${attribute.value.value}}); alleen tekst tussen aanhalingstekens is toegestaan, zoals ${attr}="tekst".`);
      continue;
    }
    const value = attribute.value ?? '';
    if (urlAttributes.includes(attr.toLowerCase())) {
      const problem = urlProblem(value, `Het kenmerk ${attr} in <${name}>`);
      if (problem) {
        report(problem);
        continue;
      }
    }
    if (!allowed) continue;
    if (attr.toLowerCase() === 'style') {
      report(`Het kenmerk style= in <${name}> is niet toegestaan: de site regelt de opmaak. Haal het weg.`);
      continue;
    }
    const rule = allowed.attributes[attr];
    if (!rule) {
      const suggestion = nearMatch(attr, names);
      report(`Het kenmerk ${attr} is niet toegestaan bij <${name}>.` + (suggestion ? ` Bedoelde u ${suggestion}?` : '') + ` Toegestaan: ${names.length ? names.join(', ') : 'geen kenmerken'}.`);
      continue;
    }
    if (rule.values && !rule.values.includes(value)) {
      const suggestion = nearMatch(value, rule.values);
      report(`Het kenmerk ${attr}="${value}" bij <${name}> is geen bekende waarde.${suggestion ? ` Bedoelde u "${suggestion}"?` : ''} Toegestaan: ${rule.values.join(', ')}.`);
    }
  }
  if (!allowed) {
    const alternative = caseElementAlternatives[lower];
    const suggestion = nearMatch(name, [...components, ...htmlNames]);
    report(
      `Het element <${name}> is niet toegestaan in een voorbeeld.` +
        (alternative ? ` ${alternative}` : suggestion ? ` Bedoelde u <${suggestion}>?` : '') +
        ` Toegestaan: ${allowedElementNames().map((n) => `<${n}>`).join(', ')}. Bedoelt u het teken < zelf, schrijf dan \\<.`,
    );
    return;
  }
  for (const [attr, rule] of Object.entries(allowed.attributes)) {
    // An attribute written as {code} is already reported above; only a missing one is reported here.
    if (rule.required && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === attr && (typeof a.value !== 'string' || a.value.trim()))) {
      report(`<${name}> heeft het kenmerk ${attr}="…" nodig (${rule.description.toLowerCase().replace(/\.$/, "")}). Voorbeeld: ${allowed.example}`);
    }
  }
}

/** The text of a paragraph or list item for the reference rule: its own words, without nested lists or code. */
function unitText(node: Nodes): string {
  if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'list') return '';
  // A refused element (<script>, <style>, …) is reported as such; its content is not a claim.
  if (node.type === 'mdxJsxTextElement' && dangerousElements.includes((node.name ?? '').toLowerCase())) return '';
  if (node.type === 'text') return node.value;
  // With a (refused) footnote definition, GFM reads [^key] as a footnote call: still a reference.
  if (node.type === 'footnoteReference') return `[^${node.identifier}]`;
  if ('children' in node) return (node.children as Nodes[]).map(unitText).join('');
  return '';
}

/** The paragraphs, list items and tables under a node that each need a reference or an editorial mark. */
function claimUnits(node: Nodes): Nodes[] {
  switch (node.type) {
    case 'paragraph':
    case 'table':
      return [node];
    case 'list':
      return node.children.flatMap((item) => {
        const own = unitText(item).trim() ? [item as Nodes] : [];
        const nested = item.children.filter((child) => child.type === 'list').flatMap((child) => claimUnits(child as Nodes));
        return [...own, ...nested];
      });
    case 'blockquote':
      return (node.children as Nodes[]).flatMap(claimUnits);
    case 'mdxJsxFlowElement':
      // Only the text inside an allowed component is a claim; a refused element is reported as such.
      return node.name && caseComponents[node.name] ? (node.children as Nodes[]).flatMap(claimUnits) : [];
    default:
      return [];
  }
}

/** Every `[^key]` written in the text nodes of a tree, with the node it stands in. */
function referenceNodes(tree: Root): { key: string; node: Nodes }[] {
  const found: { key: string; node: Nodes }[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'inlineCode' || node.type === 'code') return;
    if (node.type === 'text') for (const key of referencesIn(node.value)) found.push({ key, node });
    if (node.type === 'footnoteReference') found.push({ key: node.identifier, node });
    if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes);
  };
  visit(tree);
  return found;
}

/** The source keys a body refers to, in order of first use. */
export function referencedKeys(tree: Root): string[] {
  return [...new Set(referenceNodes(tree).map((r) => r.key))];
}

/**
 * The evidence rules for the body: every paragraph, list item and table in a section that states
 * facts (all but "Meer weten") refers to a source with [^key] or starts with "Redactie:"; every
 * reference names a key from `sources`; lessons and conditions are not repeated as sections.
 */
function checkReferences(tree: Root, sourceKeys: readonly string[], add: (node: Nodes | undefined, message: string) => void): void {
  const keyList = sourceKeys.length ? sourceKeys.join(', ') : '(nog geen: geef elke bron in "sources" een key)';
  for (const { key, node } of referenceNodes(tree)) {
    if (sourceKeys.includes(key)) continue;
    if (!SOURCE_KEY_PATTERN.test(key)) {
      add(node, `De verwijzing [^${key}] is geen geldige bronsleutel. Schrijf [^sleutel] met de key van een bron uit "sources", in kleine letters met streepjes, zonder spaties: bijvoorbeeld [^${sourceKeys[0] ?? 'scenarios-2021'}]. Bekende sleutels: ${keyList}.`);
      continue;
    }
    const suggestion = nearMatch(key, sourceKeys);
    add(node, `De verwijzing [^${key}] noemt een bron die niet bij "sources" staat.${suggestion ? ` Bedoelde u [^${suggestion}]?` : ''} Bekende sleutels: ${keyList}.`);
  }
  let section: string | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (node.depth === 2) {
        section = plainText(node);
        const repeated = FRONTMATTER_SECTIONS.find((name) => normaliseHeading(name) === normaliseHeading(section ?? ''));
        if (repeated) {
          const field = repeated === 'Geleerde lessen' ? 'lessons' : 'conditions';
          add(
            node,
            `De kop "## ${repeated}" hoort niet in de tekst: ${repeated === 'Geleerde lessen' ? 'de lessen' : 'de randvoorwaarden'} staan in het veld "${field}" bovenaan, elk met de bron waar ze op rusten, en de pagina toont ze onder die kop. Zet elke ${repeated === 'Geleerde lessen' ? 'les' : 'voorwaarde'} in "${field}" (text en basis) en haal dit deel uit de tekst.`,
          );
        }
      }
      continue;
    }
    if (section !== undefined && !isFactSection(section)) continue;
    // A repeated lessons or conditions section is reported once, on its heading.
    if (section !== undefined && FRONTMATTER_SECTIONS.some((name) => normaliseHeading(name) === normaliseHeading(section ?? ''))) continue;
    if (node.type === 'footnoteDefinition') continue;
    for (const unit of claimUnits(node)) {
      const text = unitText(unit);
      if (!text.trim() || referencesIn(text).length > 0 || isEditorial(text)) continue;
      const start = text.trim().replace(/\s+/g, ' ');
      const excerpt = start.length > 60 ? `${start.slice(0, 60)}…` : start;
      const what = unit.type === 'listItem' ? 'Het opsommingsteken' : unit.type === 'table' ? 'De tabel' : 'De alinea';
      add(
        unit,
        `${what} "${excerpt}"${section ? ` onder "${section.trim()}"` : ''} verwijst naar geen enkele bron. Zet achter de zin waar het feit staat een verwijzing zoals [^${sourceKeys[0] ?? 'scenarios-2021'}] (de key van een bron uit "sources"). Is het uw eigen conclusie of advies, begin dan met "${EDITORIAL_PREFIX}".`,
      );
    }
  }
}

/**
 * Checks a parsed case body against every rule: no code (import/export, expressions), only allowed
 * elements with literal attributes, safe addresses, images with alt text, headings in order,
 * no empty sections, working links to other cases, and (with `sourceKeys`) a source for every claim.
 */
export function checkMdxTree(tree: Root, context: BodyContext = {}): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const add = (node: Nodes | undefined, message: string) => issues.push({ line: node?.position?.start.line, field: FIELD, message });
  const headings: Heading[] = [];

  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*(import|export)/.exec(node.value)?.[1] ?? 'import/export';
        add(
          node,
          `Een regel die begint met "${keyword}" is programmacode en niet toegestaan in een voorbeeld: die code zou draaien op de bouwmachine en bij elke lezer. Onderdelen zoals <Kader> en <Citaat> zijn al beschikbaar zonder import. Begint een gewone zin met "${keyword}", herschrijf die dan.`,
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          node,
          `Tekst tussen accolades ({${node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value}}) is programmacode en niet toegestaan in een voorbeeld. Bedoelt u de accolades zelf, schrijf dan \\{ en \\}.`,
        );
        return;
      case 'html':
        add(node, 'Losse HTML is niet toegestaan in een voorbeeld. Schrijf de tekst in Markdown.');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, (message) => add(node, message));
        break;
      case 'link':
      case 'definition': {
        const problem = urlProblem(node.url, `De link "${node.type === 'link' ? plainText(node) : node.label ?? node.identifier}"`) ?? internalLinkProblem(node.url, context);
        if (problem) add(node, problem);
        break;
      }
      case 'image': {
        const problem = urlProblem(node.url, 'De afbeelding');
        if (problem) add(node, problem);
        else if (urlScheme(node.url) !== undefined || node.url.startsWith('//')) {
          add(node, `De afbeelding "${node.url}" staat op een andere website. De site laadt niets van andere websites (voor de privacy van lezers). Zet de afbeelding naast het voorbeeld in content/cases/ en schrijf ![beschrijving](./bestand.jpg).`);
        }
        if (!node.alt?.trim()) {
          add(node, 'Een afbeelding heeft geen beschrijving (alt-tekst), dus wie de afbeelding niet kan zien mist de inhoud. Schrijf tussen de rechte haken wat er te zien is: ![Studenten en begeleider bij het bed van een cliënt](./foto.jpg).');
        }
        break;
      }
      case 'footnoteDefinition':
        add(
          node,
          `Een voetnoot met [^${node.identifier}]: is hier niet nodig. Bronnen staan in het veld "sources" bovenaan; in de tekst verwijst u ernaar met [^sleutel]. Haal de regel die begint met [^${node.identifier}]: weg en zet de bron bij "sources".`,
        );
        return;
      case 'imageReference':
        if (!node.alt?.trim()) add(node, 'Een afbeelding heeft geen beschrijving (alt-tekst). Schrijf tussen de rechte haken wat er te zien is.');
        break;
      case 'heading':
        headings.push(node);
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes);
  };
  for (const child of tree.children) visit(child);

  // Headings: the page title is the h1, so the body starts at ## and never skips a level.
  let previous = 1;
  for (const heading of headings) {
    const text = plainText(heading).trim();
    if (!text) add(heading, `Hier staat een kop (${'#'.repeat(heading.depth)}) zonder tekst. Schrijf de kop achter de hekjes, zoals ## Aanpak, of haal de regel weg.`);
    if (heading.depth === 1) {
      add(heading, `De kop "${text}" heeft niveau 1 (#). De titel van de pagina komt al uit het veld title; begin koppen in de tekst met ##, zoals ## ${text || 'Aanleiding'}.`);
    } else if (heading.depth > previous + 1) {
      add(
        heading,
        `De kop "${text}" (niveau ${heading.depth}, ${'#'.repeat(heading.depth)}) volgt op een kop van niveau ${previous}: er wordt een niveau overgeslagen, en dan raken lezers met een schermlezer de weg kwijt. Gebruik ${'#'.repeat(previous + 1)} ${text}.`,
      );
    }
    previous = Math.max(heading.depth, 1);
  }

  // Empty sections: a heading with nothing under it before the next heading of its level or higher.
  const top = tree.children;
  top.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const next = top.slice(index + 1).find((n) => n.type !== 'definition');
    if (!next || (next.type === 'heading' && next.depth <= node.depth)) {
      add(node, `Onder de kop "${plainText(node).trim()}" staat geen tekst. Schrijf iets onder de kop, of haal de kop weg.`);
    }
  });

  if (context.sourceKeys) checkReferences(tree, context.sourceKeys, add);
  if (tree.children.every((n) => n.type === 'definition')) {
    issues.push({ line: undefined, field: FIELD, message: 'Onder de gegevens staat geen tekst. Beschrijf het voorbeeld met koppen zoals ## Aanleiding, ## Aanpak en ## Resultaten (zie content/cases/_template.mdx).' });
  }
  return issues.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
}

/** Checks the text of a case body: its size, whether it parses as MDX, then every rule. */
export function checkMdxText(text: string, context: BodyContext = {}): BodyIssue[] {
  return checkMdxBody(text, context).issues;
}

/** Like checkMdxText, and also returns the source keys the body refers to (for the unused-source warning). */
export function checkMdxBody(text: string, context: BodyContext = {}): { issues: BodyIssue[]; referencedKeys: string[] } {
  if (text.length > MAX_BODY_CHARS) return { issues: checkMdxSize(text), referencedKeys: [] };
  const parsed = parseMdx(text);
  if ('issue' in parsed) return { issues: [parsed.issue], referencedKeys: [] };
  return { issues: checkMdxTree(parsed.tree, context), referencedKeys: referencedKeys(parsed.tree) };
}

function checkMdxSize(text: string): BodyIssue[] {
  return [
      {
        field: FIELD,
        message: `De tekst is te lang: ${Math.round(text.length / 1000).toLocaleString('nl-NL')} duizend tekens, hoogstens ${MAX_BODY_CHARS / 1000} duizend toegestaan. Een voorbeeld is een paar pagina’s; verwijs voor de rest naar de bronnen.`,
      },
  ];
}
