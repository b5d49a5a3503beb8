/**
 * Checks one case file without building the site: frontmatter (YAML + the case schema) and the
 * MDX body (mdx-rules.ts, the same rules the build applies). Returns problems in Dutch for
 * contributors; never throws for content errors.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { z } from 'astro/zod';
import { createCaseSchema, type CaseSchemaOptions } from '../schemas/case';
import { checkMdxBody } from './mdx-rules';
import { sourceKeysOf, unusedSourceKeys } from './evidence';

/**
 * YAML options that read frontmatter as the site build does (js-yaml: YAML 1.2 core schema plus
 * timestamps), so `title: 2026-11-23` is a date in both and the check cannot pass what the build refuses.
 */
export const yamlOptions: { schema: 'core'; customTags: ['timestamp'] } = { schema: 'core', customTags: ['timestamp'] };

/** One problem found in a case file. */
export interface Problem {
  /** File name relative to the project, e.g. content/cases/foo.mdx. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Frontmatter field (dotted path), or "inhoud" for the body, or "bestand" for the file itself. */
  field: string;
  /** What is wrong, what is allowed and a near match, in Dutch. */
  message: string;
  /** "waarschuwing" for something to look at that does not stop the check or the build; otherwise an error. */
  severity?: 'waarschuwing';
}

/** Result of splitting a case file into frontmatter and body. */
export interface SplitCase {
  frontmatter: string;
  body: string;
  /** 1-based line where the frontmatter text starts (after the opening ---). */
  frontmatterLine: number;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/**
 * Splits `---` frontmatter from the body the way Astro does: the block ends at the first line that
 * starts with ---. Undefined when the file has no frontmatter block.
 */
export function splitFrontmatter(source: string): SplitCase | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = /(^|\n)---[^\n]*(?:\n|$)/.exec(rest);
  if (!close) return undefined;
  const frontmatter = rest.slice(0, close.index).replace(/\r$/, '');
  const head = open[0] + rest.slice(0, close.index + close[0].length);
  const bodyLine = head.split('\n').length + (head.endsWith('\n') ? 0 : 1);
  return { frontmatter, body: text.slice(head.length), frontmatterLine: 2, bodyLine };
}

/** The file with its frontmatter replaced by blank lines, as the build hands it to MDX: lines stay put. */
export function blankFrontmatter(source: string, split: SplitCase): string {
  const text = source.replace(/^\uFEFF/, '');
  const head = text.slice(0, text.length - split.body.length);
  return head.replace(/[^\n]/g, ' ') + split.body;
}

/** The value of a YAML path, and its line, for pointing at the right place. */
function lineOfPath(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined;
  const lineOf = (n: unknown) => {
    const range = (n as Node | undefined)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };
  line = lineOf(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(key));
      if (!pair) break;
      line = lineOf(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      line = lineOf(node) ?? line;
    } else {
      break;
    }
  }
  return line;
}

const dottedPath = (path: readonly PropertyKey[]): string =>
  path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p))).join('.').replace(/\.\[/g, '[') || 'frontmatter';

/** Options for checking frontmatter: those of the schema. */
export type CheckOptions = CaseSchemaOptions;

/**
 * Checks the frontmatter of one case file against the schema. `file` is only used in the
 * problems it returns. Returns the parsed data too, for checks that need it.
 */
export function checkFrontmatter(
  file: string,
  source: string,
  options: CheckOptions = {},
  /** The schema to check against; other content (content/uitleg/) passes its own. */
  schema: z.ZodTypeAny = createCaseSchema(options),
): { problems: Problem[]; data?: unknown; split?: SplitCase } {
  if (source.trim().length === 0) {
    return { problems: [{ file, field: 'bestand', message: 'Het bestand is leeg. Begin met een kopie van content/cases/_template.mdx.' }] };
  }
  const split = splitFrontmatter(source);
  if (!split) {
    return {
      problems: [
        {
          file,
          line: 1,
          field: 'frontmatter',
          message:
            'Het bestand begint niet met gegevens tussen twee regels met ---. Zet bovenaan een regel ---, daaronder de velden (title:, summary:, …) en daarna weer een regel ---. Zie content/cases/_template.mdx.',
        },
      ],
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(split.frontmatter, { ...yamlOptions, lineCounter: counter, uniqueKeys: true });
  const offset = split.frontmatterLine - 1;
  if (doc.errors.length > 0) {
    // One mistake often causes several parser errors on the same line; the first explains it best.
    const firstPerLine = doc.errors.filter((error, i) => doc.errors.findIndex((e) => e.linePos?.[0]?.line === error.linePos?.[0]?.line) === i);
    const lines = split.frontmatter.split('\n');
    return {
      split,
      problems: firstPerLine.map((error) => {
        const line = error.linePos?.[0]?.line ?? 1;
        const field = yamlFieldAt(lines, line);
        return {
          file,
          line: line + offset,
          field: field ?? 'frontmatter',
          message: `De gegevens bovenaan zijn geen geldige YAML${field ? ` (bij het veld "${field}")` : ''}: ${yamlHint(error.code, error.message, field)}`,
        };
      }),
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      split,
      problems: [{ file, line: split.frontmatterLine, field: 'frontmatter', message: 'De gegevens bovenaan moeten velden zijn in de vorm veldnaam: waarde, zoals title: Naam van het voorbeeld.' }],
    };
  }
  const result = schema.safeParse(data);
  if (result.success) return { problems: [], data: result.data, split };
  const problems = result.error.issues.map((issue) => {
    // An unknown field is reported on the object; point at the first unknown key instead.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const line = lineOfPath(doc, counter, path);
    return {
      file,
      line: line === undefined ? undefined : line + offset,
      field: issue.code === 'unrecognized_keys' ? dottedPath(path) : dottedPath(issue.path),
      message: issue.message,
    };
  });
  return { problems, data, split };
}

/** The top-level field a YAML line belongs to: the nearest `name:` at the start of a line, at or above it. */
function yamlFieldAt(lines: readonly string[], line: number): string | undefined {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const match = /^([A-Za-z][\w-]*)\s*:/.exec(lines[i] ?? '');
    if (match) return match[1];
  }
  return undefined;
}

const yamlAdvice = 'Let op: spring in met spaties (geen tabs), zet een dubbele punt na elke veldnaam, en zet tekst met een dubbele punt erin tussen aanhalingstekens.';

function yamlHint(code: string, message: string, field: string | undefined): string {
  const technical = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return `het veld${field ? ` "${field}"` : ''} staat twee keer in de gegevens. Haal één van de twee weg.`;
    case 'TAB_AS_INDENT':
      return 'er staat een tab aan het begin van de regel. Gebruik spaties om in te springen (twee per niveau).';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return `er staat een dubbele punt (:) midden in de tekst, of de regel springt verder in dan hoort. Staat er een dubbele punt in de tekst, zet de hele tekst dan tussen aanhalingstekens, zoals summary: "Let op: …".`;
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `het inspringen of een leesteken klopt niet. Velden van een lijst staan precies onder elkaar. ${yamlAdvice}`;
    default:
      return `${yamlAdvice} (technische melding: ${technical})`;
  }
}

/** Options for checking a whole case file. */
export interface CaseFileOptions extends CheckOptions {
  /** Slugs of all cases, for `related` and for links in the body. */
  knownSlugs?: readonly string[];
}

/**
 * Checks one case file completely: frontmatter and body. Returns every problem found, each with
 * the file, a line where known, the field and a Dutch message; never throws for content errors.
 */
export function checkCaseFile(file: string, source: string, options: CaseFileOptions = {}): { problems: Problem[]; data?: unknown } {
  const front = checkFrontmatter(file, source, options);
  if (!front.split) return front;
  // The reference rules use the source keys as written, even when another field is wrong.
  // Unreadable frontmatter has no sources to compare with; its YAML error is reported instead.
  const sourceKeys = front.data === undefined ? undefined : sourceKeysOf(front.data);
  const checked = checkMdxBody(blankFrontmatter(source, front.split), { knownSlugs: options.knownSlugs, sourceKeys });
  const body: Problem[] = checked.issues.map((issue) => ({ file, line: issue.line ?? front.split?.bodyLine, field: issue.field, message: issue.message }));
  if (front.problems.length === 0 && body.length === 0) {
    for (const key of unusedSourceKeys(front.data, checked.referencedKeys)) {
      const index = source.split('\n').findIndex((text) => new RegExp(`^\\s*(?:-\\s+)?key:\\s*["']?${key}["']?\\s*$`).test(text));
      body.push({
        file,
        line: index >= 0 ? index + 1 : undefined,
        field: 'sources',
        severity: 'waarschuwing',
        message: `De bron "${key}" staat bij "sources", maar geen zin, les of veld verwijst ernaar. Verwijs ernaar met [^${key}] achter de zin die erop rust, of haal de bron weg.`,
      });
    }
  }
  return { problems: [...front.problems, ...body], data: front.data };
}
