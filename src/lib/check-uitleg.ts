/**
 * Checks the explanations in content/uitleg/<segment>/<key>.mdx for `npm run check`, with the same
 * file/line/field messages as the case check: the frontmatter against the uitleg schema (parsed
 * as check-case.ts does) and the body against the case body rules, with every paragraph and list
 * item citing one of the explanation's sources or starting with "Redactie:". Pure: takes file
 * names and bytes, returns problems.
 */
import { blankFrontmatter, checkFrontmatter, splitFrontmatter, type Problem } from './check-case';
import type { CaseFileInput } from './check-cases';
import { sourceKeysOf, unusedSourceKeys } from './evidence';
import { checkMdxBody } from './mdx-rules';
import { createUitlegSchema, type UitlegSchemaOptions } from '../schemas/uitleg';

/** Options for checking the explanations. */
export interface CheckUitlegOptions extends UitlegSchemaOptions {
  /** The folder as given in paths (content/uitleg); the path below it must be <segment>/<key>.mdx. */
  dir: string;
  /** Slugs of all cases, for links in the text to /voorbeelden/<slug>/. */
  knownSlugs?: readonly string[];
}

const example = 'content/uitleg/factor/begeleidingstijd.mdx';

/** Checks one explanation file: where it lives, its frontmatter and its body. */
export function checkUitlegFile(file: string, source: string, options: CheckUitlegOptions): Problem[] {
  const dir = options.dir.replace(/\/$/, '');
  const relative = file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file;
  const place = /^([a-z0-9-]+)\/([a-z0-9-]+)\.mdx$/.exec(relative);
  if (!place) {
    return [{ file, field: 'bestand', message: `Een uitleg staat in ${dir}/<kenmerk>/<waarde>.mdx, zoals ${example}: een map per kenmerk, een bestand per waarde, in kleine letters met streepjes.` }];
  }
  if (source.trim().length === 0) return [{ file, field: 'bestand', message: `Het bestand is leeg. Begin met een kopie van een bestaande uitleg, zoals ${example}.` }];
  if (!splitFrontmatter(source)) {
    return [{ file, line: 1, field: 'frontmatter', message: `Het bestand begint niet met gegevens tussen twee regels met ---. Zet bovenaan een regel ---, daaronder de velden (segment:, key:, sources:) en daarna weer een regel ---. Zie ${example}.` }];
  }
  const front = checkFrontmatter(file, source, {}, createUitlegSchema(options));
  const problems = [...front.problems];
  const data = front.data as { segment?: unknown; key?: unknown } | undefined;
  const [, segment, key] = place;
  if (front.problems.length === 0 && (data?.segment !== segment || data?.key !== key)) {
    problems.push({
      file,
      line: front.split?.frontmatterLine,
      field: data?.segment !== segment ? 'segment' : 'key',
      message: `Het bestand staat in ${dir}/${segment}/${key}.mdx, maar de gegevens noemen segment: ${String(data?.segment)} en key: ${String(data?.key)}. De map is het kenmerk en de bestandsnaam de waarde: zet het bestand in ${dir}/${String(data?.segment)}/${String(data?.key)}.mdx, of pas segment en key aan.`,
    });
  }
  if (!front.split) return problems;
  const sourceKeys = front.data === undefined ? undefined : sourceKeysOf(front.data);
  const body = checkMdxBody(blankFrontmatter(source, front.split), { knownSlugs: options.knownSlugs, sourceKeys });
  problems.push(...body.issues.map((issue) => ({ file, line: issue.line ?? front.split?.bodyLine, field: issue.field, message: issue.message })));
  if (problems.length === 0) {
    for (const unused of unusedSourceKeys(front.data, body.referencedKeys)) {
      problems.push({
        file,
        field: 'sources',
        severity: 'waarschuwing',
        message: `De bron "${unused}" staat bij "sources", maar geen zin verwijst ernaar. Verwijs ernaar met [^${unused}] achter de zin die erop rust, of haal de bron weg.`,
      });
    }
  }
  return problems;
}

/** Checks every explanation file and returns all problems, in file order. */
export function checkUitleg(files: readonly CaseFileInput[], options: CheckUitlegOptions): Problem[] {
  return files.flatMap((file) => {
    let source: string;
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      return [{ file: file.path, field: 'bestand', message: 'Het bestand is niet opgeslagen als UTF-8 (tekens zoals ë of â gaan dan mis). Sla het op als UTF-8 en probeer opnieuw.' }];
    }
    return checkUitlegFile(file.path, source, options);
  });
}
