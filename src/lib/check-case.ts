/**
 * Checks one case file without building the site: frontmatter (YAML + the case schema) and the
 * MDX body (mdx-rules.ts, the same rules the build applies). Returns problems in Dutch for
 * contributors; never throws for content errors.
 */
import type { z } from 'astro/zod';
import { createCaseSchema, type CaseSchemaOptions } from '../schemas/case';
import { lineOfPath, parseCaseYaml, yamlOptions } from './case-yaml';
import { checkMdxBody } from './mdx-rules';
import { sourceKeysOf, unusedSourceKeys } from './evidence';

/** The YAML options of every case reader (see case-yaml.ts); re-exported for the contribution tools. */
export { yamlOptions };

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

/**
 * Reads a case file as the build's loader does: the frontmatter data through the one YAML reader
 * (case-yaml.ts) and the body. Undefined data when the frontmatter cannot be read; the check
 * reports why (checkFrontmatter), and the build runs the check first.
 */
export function readCaseSource(
  source: string,
  /** The data the check already read from this very text (checkCases' onRead), so it is not parsed twice. */
  known?: Record<string, unknown>,
): { data?: Record<string, unknown>; frontmatter: string; body: string } {
  const split = splitFrontmatter(source);
  if (!split) return { frontmatter: '', body: source.replace(/^\uFEFF/, '') };
  if (known) return { data: known, frontmatter: split.frontmatter, body: split.body };
  const parsed = parseCaseYaml(split.frontmatter);
  const data = 'data' in parsed && parsed.data !== null && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? (parsed.data as Record<string, unknown>) : undefined;
  return { data, frontmatter: split.frontmatter, body: split.body };
}

/**
 * The file with its YAML frontmatter replaced by the same data as one line of JSON (ASCII only,
 * dates as YYYY-MM-DD), padded with blank lines so the body keeps its line numbers. MDX reads
 * frontmatter with a YAML library of its own; JSON reads the same in every YAML reader, so only
 * case-yaml.ts ever interprets what a contributor wrote. Undefined when the frontmatter cannot be read.
 */
export function withJsonFrontmatter(source: string, pick: (data: Record<string, unknown>) => unknown = (data) => data): string | undefined {
  const split = splitFrontmatter(source);
  const { data } = readCaseSource(source);
  if (!split || !data) return undefined;
  const json = JSON.stringify(pick(data), (_key, value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value)).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const head = source.replace(/^\uFEFF/, '').slice(0, -split.body.length || undefined);
  const newlines = head.split('\n').length - 1;
  if (newlines < 3) return undefined;
  return `---\n${json}${'\n'.repeat(newlines - 2)}---\n${split.body}`;
}

const dottedPath = (path: readonly PropertyKey[]): string =>
  path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p))).join('.').replace(/\.\[/g, '[') || 'frontmatter';

/** Options for checking frontmatter: those of the schema. */
export type CheckOptions = CaseSchemaOptions;

// Building the schema takes milliseconds; a check of 5,000 files asks for the same one each time.
let lastSchema: { options: CheckOptions; schema: ReturnType<typeof createCaseSchema> } | undefined;
function schemaFor(options: CheckOptions): ReturnType<typeof createCaseSchema> {
  const keys = [...new Set([...Object.keys(options), ...Object.keys(lastSchema?.options ?? {})])] as (keyof CheckOptions)[];
  if (!lastSchema || keys.some((key) => lastSchema?.options[key] !== options[key])) lastSchema = { options: { ...options }, schema: createCaseSchema(options) };
  return lastSchema.schema;
}

/**
 * Checks the frontmatter of one case file against the schema. `file` is only used in the
 * problems it returns. Returns the parsed data too, for checks that need it.
 */
export function checkFrontmatter(
  file: string,
  source: string,
  options: CheckOptions = {},
  /** The schema to check against; other content (content/uitleg/) passes its own. */
  schema?: z.ZodTypeAny,
): { problems: Problem[]; data?: unknown; raw?: Record<string, unknown>; split?: SplitCase; lineOf?: (path: readonly PropertyKey[]) => number | undefined } {
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
  const parsed = parseCaseYaml(split.frontmatter);
  const offset = split.frontmatterLine - 1;
  if ('problems' in parsed) {
    return { split, problems: parsed.problems.map((p) => ({ file, line: p.line === undefined ? undefined : p.line + offset, field: p.field, message: p.message })) };
  }
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      split,
      problems: [{ file, line: split.frontmatterLine, field: 'frontmatter', message: 'De gegevens bovenaan moeten velden zijn in de vorm veldnaam: waarde, zoals title: Naam van het voorbeeld.' }],
    };
  }
  // The line of a field in the file, for checks that need the other cases (check-cases.ts).
  const lineOf = (path: readonly PropertyKey[]) => {
    const line = lineOfPath(parsed, path);
    return line === undefined ? undefined : line + offset;
  };
  const raw = data as Record<string, unknown>;
  const result = (schema ?? schemaFor(options)).safeParse(data);
  if (result.success) return { problems: [], data: result.data, raw, split, lineOf };
  const problems = result.error.issues.map((issue) => {
    // An unknown field is reported on the object; point at the first unknown key instead.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    return {
      file,
      line: lineOf(path),
      field: issue.code === 'unrecognized_keys' ? dottedPath(path) : dottedPath(issue.path),
      message: issue.message,
    };
  });
  return { problems, data, raw, split, lineOf };
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
export function checkCaseFile(
  file: string,
  source: string,
  options: CaseFileOptions = {},
): { problems: Problem[]; data?: unknown; raw?: Record<string, unknown>; lineOf?: (path: readonly PropertyKey[]) => number | undefined } {
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
  return { problems: [...front.problems, ...body], data: front.data, raw: front.raw, lineOf: front.lineOf };
}
