/**
 * The one YAML reader of case frontmatter, used by `npm run check`, by the content loader of the
 * build and by the contribution tools: YAML 1.2 core schema plus dates, no tags, no merge keys, no
 * directives and only a few aliases. Anything else is a Dutch problem on the file and field, never
 * an exception, so the check goes on with the other files.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node } from 'yaml';

/**
 * YAML options of every case reader: the core schema plus timestamps, so `published: 2026-11-23`
 * is a date and `title: 2026-11-23` is refused by the schema, in the check and the build alike.
 */
export const yamlOptions: { schema: 'core'; customTags: ['timestamp'] } = { schema: 'core', customTags: ['timestamp'] };

/**
 * How many aliases (`*naam`) a frontmatter block may expand. Real cases need none; a "billion laughs"
 * block of 1 KB would otherwise expand to gigabytes in memory.
 */
export const MAX_YAML_ALIASES = 20;

/** A problem in the YAML of a frontmatter block; `line` is 1-based within the block. */
export interface YamlProblem {
  line?: number;
  field: string;
  message: string;
}

/** A parsed frontmatter block: the plain data plus the document and line counter, for pointing at lines. */
export interface ParsedYaml {
  data: unknown;
  doc: Document.Parsed;
  counter: LineCounter;
}

const yamlAdvice = 'Let op: spring in met spaties (geen tabs), zet een dubbele punt na elke veldnaam, en zet tekst met een dubbele punt erin tussen aanhalingstekens.';

/** The top-level field a YAML line belongs to: the nearest `name:` at the start of a line, at or above it. */
function yamlFieldAt(lines: readonly string[], line: number): string | undefined {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const match = /^([A-Za-z][\w-]*)\s*:/.exec(lines[i] ?? '');
    if (match) return match[1];
  }
  return undefined;
}

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

/** The first 40 characters of a tag or key, for a message. */
const short = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A tag as the contributor wrote it: `!!js/function` rather than `tag:yaml.org,2002:js/function`. */
const writtenTag = (tag: string): string => tag.replace(/^tag:yaml\.org,2002:/, '!!');

/**
 * Parses a frontmatter block (the text between the two `---` lines). Returns the data, or every
 * problem in Dutch with its line and field. Never throws, whatever the input.
 */
export function parseCaseYaml(text: string): ParsedYaml | { problems: YamlProblem[] } {
  const lines = text.split('\n');
  const counter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { ...yamlOptions, lineCounter: counter, uniqueKeys: true });
  } catch (error) {
    return { problems: [{ field: 'frontmatter', message: `De gegevens bovenaan kunnen niet gelezen worden. ${yamlAdvice} (technische melding: ${short((error as Error).message ?? '')})` }] };
  }
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined): number | undefined =>
    node?.range ? counter.linePos(node.range[0]).line : undefined;
  const at = (line: number | undefined, message: (field: string | undefined) => string): YamlProblem => {
    const field = line === undefined ? undefined : yamlFieldAt(lines, line);
    return { line, field: field ?? 'frontmatter', message: message(field) };
  };
  const where = (field: string | undefined) => (field ? ` (bij het veld "${field}")` : '');

  if (doc.errors.length > 0) {
    // One mistake often causes several parser errors on the same line; the first explains it best.
    const firstPerLine = doc.errors.filter((error, i) => doc.errors.findIndex((e) => e.linePos?.[0]?.line === error.linePos?.[0]?.line) === i);
    return {
      problems: firstPerLine.map((error) =>
        at(error.linePos?.[0]?.line ?? 1, (field) => `De gegevens bovenaan zijn geen geldige YAML${where(field)}: ${yamlHint(error.code, error.message, field)}`),
      ),
    };
  }

  const problems: YamlProblem[] = [];
  if (doc.directives?.yaml.explicit || Object.keys(doc.directives?.tags ?? {}).some((handle) => handle !== '!' && handle !== '!!')) {
    problems.push({
      line: 1,
      field: 'frontmatter',
      message: 'De gegevens bovenaan beginnen met een regel die met % begint (een YAML-instructie, zoals %YAML 1.1). Die is niet toegestaan: haal de regel weg. De gegevens staan direct onder de eerste regel ---.',
    });
  }
  let aliases = 0;
  let firstAlias: number | undefined;
  visit(doc, {
    Node(_key, node) {
      if (node.tag) {
        problems.push(
          at(lineOf(node), (field) =>
            `De gegevens bovenaan gebruiken de YAML-tag ${short(writtenTag(node.tag ?? ''))}${where(field)}. Tags (woorden die met ! beginnen) zijn niet toegestaan, want ze laten een lezer iets anders doen dan tekst lezen. Haal de tag weg; zet tekst die met ! begint tussen aanhalingstekens, zoals title: "!Wow".`,
          ),
        );
      }
      if (isAlias(node)) {
        aliases += 1;
        firstAlias ??= lineOf(node);
      }
    },
    Pair(_key, pair) {
      const key = pair.key;
      if (isScalar(key) && key.value === '<<' && (key.type === 'PLAIN' || key.type === undefined)) {
        problems.push({
          line: lineOf(key as Node),
          field: '<<',
          message: 'De gegevens bovenaan gebruiken <<: om velden over te nemen uit een ander deel. Dat is niet toegestaan, want niet elke lezer van YAML doet hetzelfde met <<. Schrijf de velden gewoon uit.',
        });
      }
    },
  });
  for (const warning of doc.warnings) {
    // Unknown tags are reported above, with the line of the tagged value.
    if (warning.code === 'TAG_RESOLVE_FAILED') continue;
    problems.push(at(warning.linePos?.[0]?.line, (field) => `De gegevens bovenaan zijn geen geldige YAML${where(field)}: ${yamlHint(warning.code, warning.message, field)}`));
  }
  if (problems.length > 0) return { problems };

  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    if (aliases > MAX_YAML_ALIASES) throw new Error('aliases');
    return { data, doc, counter };
  } catch {
    return {
      problems: [
        at(firstAlias, (field) =>
          `De gegevens bovenaan${where(field)} verwijzen te vaak naar een ander deel met *naam: hoogstens ${MAX_YAML_ALIASES} keer is toegestaan. Zo’n verwijzing kan een klein bestand enorm groot maken. Schrijf elke waarde gewoon uit en haal de &naam- en *naam-verwijzingen weg.`,
        ),
      ],
    };
  }
}

/** The line of the value at a path (e.g. ['sources', 0, 'url']) in a parsed block, for pointing at the right place. */
export function lineOfPath(parsed: ParsedYaml, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = parsed.doc.contents;
  const lineOf = (n: unknown) => {
    const range = (n as Node | undefined)?.range;
    return range ? parsed.counter.linePos(range[0]).line : undefined;
  };
  let line = lineOf(node);
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
