/**
 * Checks one case file without building the site: frontmatter (YAML + the case schema) and,
 * through `checkBody`, the MDX body. Returns problems in Dutch for contributors; never throws
 * for content errors.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { createCaseSchema, type CaseSchemaOptions } from '../schemas/case';

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

/** Splits `---` frontmatter from the body; undefined when the file has no frontmatter block. */
export function splitFrontmatter(source: string): SplitCase | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  const bodyLine = match[0].split('\n').length;
  return { frontmatter, body: text.slice(match[0].length), frontmatterLine: 2, bodyLine };
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
  const doc = parseDocument(split.frontmatter, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const offset = split.frontmatterLine - 1;
  if (doc.errors.length > 0) {
    return {
      split,
      problems: doc.errors.map((error) => ({
        file,
        line: (error.linePos?.[0]?.line ?? 1) + offset,
        field: 'frontmatter',
        message: `De gegevens bovenaan zijn geen geldige YAML: ${yamlHint(error.code, error.message)} Let op inspringen met spaties (geen tabs), een dubbele punt na elke veldnaam en aanhalingstekens rond tekst met een dubbele punt.`,
      })),
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      split,
      problems: [{ file, line: split.frontmatterLine, field: 'frontmatter', message: 'De gegevens bovenaan moeten velden zijn in de vorm veldnaam: waarde, zoals title: Naam van het voorbeeld.' }],
    };
  }
  const result = createCaseSchema(options).safeParse(data);
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

function yamlHint(code: string, message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'een veld staat twee keer in de gegevens.';
    case 'TAB_AS_INDENT':
      return 'er staat een tab waar spaties moeten staan.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `het inspringen of een leesteken klopt niet (${firstLine}).`;
    default:
      return `${firstLine}.`;
  }
}
