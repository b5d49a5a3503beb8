/**
 * Version history of cases from one `git log` over the cases folder. Pure: builds the command
 * line, parses its output and says per case what changed, including whether a change altered the
 * outcome or the lessons. Running git is src/history.ts's job.
 */
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from './check-case';

/** One change to one case file in one commit. */
export interface FileChange {
  /** Full commit hash. */
  hash: string;
  /** Date of the change as the author wrote it (YYYY-MM-DD, the author's own time zone). */
  date: string;
  /** First line of the commit message. */
  subject: string;
  /** Path of the file after the commit (before it, for a deletion). */
  path: string;
  /** Path before a rename, when there was one. */
  oldPath?: string;
  kind: 'toegevoegd' | 'gewijzigd' | 'hernoemd' | 'verwijderd';
  /** Outcome before and after, when the commit changed it. */
  outcome?: { from?: string; to?: string };
  /** True when the commit changed the list of lessons. */
  lessonsChanged: boolean;
  /** What the commit changed, for readers: outcome, lessons, sources, text, other facts, check date. */
  changed: ChangeKind[];
  /** Why, for readers: the commit's `Voor-lezers:` trailer (Dutch), when the editor wrote one. */
  reason?: string;
  /** The whole file after the commit (none for a deletion), for the readable earlier version. */
  text?: string;
}

/** The parts of a case a change can touch, in the order a reader is told them. */
export type ChangeKind = 'uitkomst' | 'lessen' | 'bronnen' | 'tekst' | 'gegevens' | 'gecontroleerd';

/** Trailer in a commit message that tells readers why a case changed: `Voor-lezers: De gemeente stopte de subsidie.` */
export const READER_TRAILER = 'Voor-lezers';

const RECORD = '\x1e';
const FIELD = '\x1f';

/**
 * Arguments for the single `git log` of a build: every commit touching the folder, with the whole
 * file as context (-U), so the version before and after each change can be read from the diff.
 */
export function gitLogArgs(folder: string): string[] {
  return [
    '-c',
    'core.quotePath=off',
    'log',
    `--format=${RECORD}%H${FIELD}%aI${FIELD}%s${FIELD}%(trailers:key=${READER_TRAILER},valueonly,separator=%x20)`,
    '--patch',
    '--unified=100000',
    '--find-renames',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--relative',
    '--',
    folder,
  ];
}

interface FrontmatterFacts {
  outcome?: string;
  lessons?: string;
  sources?: string;
  reviewed?: string;
  /** Every other field, as JSON. */
  rest: string;
  body: string;
}

/** The facts of a version of a case file that readers are told about, or undefined when it cannot be read. */
function factsOf(text: string | undefined): FrontmatterFacts | undefined {
  if (text === undefined) return undefined;
  const split = splitFrontmatter(text);
  if (!split) return undefined;
  try {
    const data = (parseYaml(split.frontmatter) ?? {}) as Record<string, unknown>;
    const { outcome, lessons, sources, reviewed, ...rest } = data;
    const json = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));
    return {
      outcome: typeof outcome === 'string' ? outcome : undefined,
      lessons: json(lessons),
      sources: json(sources),
      reviewed: json(reviewed),
      rest: JSON.stringify(rest),
      body: split.body.trim(),
    };
  } catch {
    return undefined;
  }
}

/** What changed between two readable versions, in reader order. */
function changedKinds(before: FrontmatterFacts, after: FrontmatterFacts): ChangeKind[] {
  const kinds: ChangeKind[] = [];
  if (before.outcome !== after.outcome) kinds.push('uitkomst');
  if (before.lessons !== after.lessons) kinds.push('lessen');
  if (before.sources !== after.sources) kinds.push('bronnen');
  if (before.body !== after.body) kinds.push('tekst');
  if (before.rest !== after.rest) kinds.push('gegevens');
  if (before.reviewed !== after.reviewed) kinds.push('gecontroleerd');
  return kinds;
}

/** One `diff --git` section: the paths, the kind, and the file before and after. */
function parseFileDiff(section: string): { path: string; oldPath?: string; kind: FileChange['kind']; before?: string; after?: string } | undefined {
  const lines = section.split('\n');
  const header = /^diff --git a\/(.+?) b\/(.+)$/.exec(lines[0] ?? '');
  if (!header) return undefined;
  let from = header[1]!;
  let to = header[2]!;
  let kind: FileChange['kind'] = 'gewijzigd';
  const before: string[] = [];
  const after: string[] = [];
  let inHunk = false;
  for (const line of lines.slice(1)) {
    if (!inHunk) {
      if (line.startsWith('new file mode')) kind = 'toegevoegd';
      else if (line.startsWith('deleted file mode')) kind = 'verwijderd';
      else if (line.startsWith('rename from ')) from = line.slice('rename from '.length);
      else if (line.startsWith('rename to ')) to = line.slice('rename to '.length);
      else if (line.startsWith('@@')) inHunk = true;
      continue;
    }
    if (line.startsWith('@@')) continue;
    const mark = line[0];
    const rest = line.slice(1);
    if (mark === ' ' || mark === '-') before.push(rest);
    if (mark === ' ' || mark === '+') after.push(rest);
  }
  if (kind === 'gewijzigd' && from !== to) kind = 'hernoemd';
  const hasText = inHunk;
  return {
    path: kind === 'verwijderd' ? from : to,
    oldPath: kind === 'hernoemd' ? from : undefined,
    kind,
    before: hasText && kind !== 'toegevoegd' ? before.join('\n') : undefined,
    after: hasText && kind !== 'verwijderd' ? after.join('\n') : undefined,
  };
}

/** Parses the output of `git log` with gitLogArgs into file changes, newest commit first. */
export function parseGitLog(output: string): FileChange[] {
  const changes: FileChange[] = [];
  for (const record of output.split(RECORD)) {
    if (!record.trim()) continue;
    const newline = record.indexOf('\n');
    const head = newline === -1 ? record : record.slice(0, newline);
    const [hash, isoDate, subject = '', reason = ''] = head.split(FIELD);
    if (!hash || !isoDate) continue;
    const body = newline === -1 ? '' : record.slice(newline + 1);
    for (const section of body.split(/^(?=diff --git )/m)) {
      const diff = parseFileDiff(section);
      if (!diff) continue;
      const before = factsOf(diff.before);
      const after = factsOf(diff.after);
      const compared = before !== undefined && after !== undefined;
      changes.push({
        hash,
        date: isoDate.slice(0, 10),
        subject: subject.trim(),
        path: diff.path,
        ...(diff.oldPath ? { oldPath: diff.oldPath } : {}),
        kind: diff.kind,
        ...(compared && before.outcome !== after.outcome ? { outcome: { from: before.outcome, to: after.outcome } } : {}),
        lessonsChanged: compared && before.lessons !== after.lessons,
        changed: compared ? changedKinds(before, after) : [],
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(diff.after !== undefined ? { text: diff.after } : {}),
      });
    }
  }
  return changes;
}

/**
 * The changes of one case, newest first: commits that touched its file or, before a rename, one
 * of its earlier files (`redirectFrom`). One entry per commit.
 */
export function changesOf(changes: readonly FileChange[], paths: readonly string[]): FileChange[] {
  const wanted = new Set(paths);
  const seen = new Set<string>();
  const out: FileChange[] = [];
  for (const change of changes) {
    if (!wanted.has(change.path) && !(change.oldPath && wanted.has(change.oldPath))) continue;
    if (seen.has(change.hash)) continue;
    seen.add(change.hash);
    out.push(change);
  }
  return out;
}

/**
 * The change told in Dutch for readers: what changed, in plain words. Labels of the outcome keys
 * come from the caller (`outcomeLabel`), so this stays free of vocabularies.
 */
export function describeChange(change: Pick<FileChange, 'kind' | 'changed' | 'outcome'>, outcomeLabel: (key: string | undefined) => string, isCreation: boolean): string[] {
  if (isCreation) return ['Het voorbeeld is gepubliceerd.'];
  if (change.kind === 'verwijderd') return ['Het voorbeeld is van de site gehaald.'];
  const lines: string[] = [];
  if (change.kind === 'hernoemd') lines.push('Het voorbeeld kreeg een nieuw webadres; het oude adres blijft werken.');
  for (const kind of change.changed) {
    if (kind === 'uitkomst') lines.push(`De uitkomst is veranderd van ${outcomeLabel(change.outcome?.from)} naar ${outcomeLabel(change.outcome?.to)}.`);
    if (kind === 'lessen') lines.push('De geleerde lessen zijn aangepast.');
    if (kind === 'bronnen') lines.push('De bronnen zijn aangepast.');
    if (kind === 'tekst') lines.push('De tekst is aangepast.');
    if (kind === 'gegevens') lines.push('Kenmerken zoals sector, provincie of status zijn aangepast.');
    if (kind === 'gecontroleerd') lines.push('De redactie heeft het voorbeeld opnieuw gecontroleerd.');
  }
  if (lines.length === 0) lines.push('Het bestand is aangepast zonder dat de inhoud veranderde (bijvoorbeeld de opmaak).');
  return lines;
}

/** The anchor of a version on the versions page: `versie-<first 7 characters of the commit>`. */
export function versionAnchor(hash: string): string {
  return `versie-${hash.slice(0, 7)}`;
}

/** The repository path of a case file: the cases folder (as git sees it) plus the slug. */
export function caseFilePath(folder: string, slug: string): string {
  return `${folder.replace(/^\.\//, '').replace(/\/$/, '')}/${slug}.mdx`;
}
