/**
 * Checks a whole set of case files: each file on its own (see check-case.ts) and what only the
 * set shows, such as duplicate titles and slugs. Pure: takes file names and bytes, returns problems.
 */
import { checkCaseFile, type Problem } from './check-case';
import { caseSlugs, isValidSlug } from './case-files';
import { checkNavolging } from './navolging';
import { titleKey, visibleText } from './text-rules';

/** A file to check: its path (for messages) and raw bytes. */
export interface CaseFileInput {
  path: string;
  bytes: Uint8Array;
  /** True for a symbolic link, which the check does not follow. */
  symlink?: boolean;
}

/** Options for checking a set of cases. */
export interface CheckCasesOptions {
  /** "Today" for the date rules; defaults to now. */
  now?: Date;
  /** The cases folder as given in paths; a file in a sub-folder of it is reported. */
  dir?: string;
  /** Called with the text and the frontmatter data (as written, before the schema) of every readable case file. */
  onRead?: (path: string, source: string, raw: Record<string, unknown>) => void;
}

/** A case file larger than this is refused unread; real cases are a few kilobytes. */
export const MAX_FILE_BYTES = 1_000_000;

/** A kebab-case slug for a file name that is not one ("Ketenstage Oost.mdx" → ketenstage-oost). */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Checks every file and returns all problems, in file order. */
export function checkCases(files: readonly CaseFileInput[], options: CheckCasesOptions | Date = {}): Problem[] {
  const { now, dir, onRead } = options instanceof Date ? { now: options, dir: undefined, onRead: undefined } : options;
  const folder = dir?.replace(/\/$/, '');
  const inSubfolder = (path: string) => Boolean(folder && path.startsWith(`${folder}/`) && path.slice(folder.length + 1).includes('/'));
  // The slugs the build knows: case files directly in the folder, as the loader reads them.
  const knownSlugs = caseSlugs(files.filter((f) => !inSubfolder(f.path)).map((f) => f.path.split('/').pop() ?? f.path));
  const problems: Problem[] = [];
  const titles = new Map<string, { title: string; paths: string[] }>();
  // Every address a case answers to (its slug and its redirectFrom), lower-cased: two files may not share one.
  const addresses = new Map<string, string>();
  const redirects: { path: string; address: string }[] = [];
  // Navolging (basedOn) of every readable case, for the rules that need the whole set.
  const navolging: { path: string; slug: string; basedOn: unknown; lineOf?: (path: readonly PropertyKey[]) => number | undefined }[] = [];

  for (const file of files) {
    const name = file.path.split('/').pop() ?? file.path;
    if (inSubfolder(file.path)) {
      problems.push({ file: file.path, field: 'bestand', message: `Het bestand staat in een submap. Zet elk voorbeeld direct in ${folder}/, zodat de bestandsnaam het webadres wordt.` });
      continue;
    }
    if (file.symlink) {
      problems.push({ file: file.path, field: 'bestand', message: 'Het bestand is een snelkoppeling (symbolische link) naar een ander bestand. Zet de tekst van het voorbeeld zelf in de map.' });
      continue;
    }
    if (!name.endsWith('.mdx')) {
      problems.push({ file: file.path, field: 'bestand', message: `Alleen .mdx-bestanden horen in content/cases/. Geef het bestand de extensie .mdx, bijvoorbeeld ${suggestSlug(name.replace(/\.[^.]*$/, '')) || 'naam-van-voorbeeld'}.mdx.` });
      continue;
    }
    const slug = name.slice(0, -4);
    if (!isValidSlug(slug)) {
      problems.push({
        file: file.path,
        field: 'bestandsnaam',
        message: `De bestandsnaam "${name}" wordt het webadres en mag alleen kleine letters, cijfers en streepjes bevatten, zonder spaties of accenten. Bedoelde u ${suggestSlug(slug) || 'naam-van-voorbeeld'}.mdx?`,
      });
    }
    const earlier = addresses.get(slug.toLowerCase());
    if (earlier) {
      problems.push({
        file: file.path,
        field: 'bestandsnaam',
        message: `De bestandsnaam "${name}" geeft hetzelfde webadres als ${earlier} (/voorbeelden/${slug.toLowerCase()}/). Geef elk voorbeeld een eigen bestandsnaam.`,
      });
    } else {
      addresses.set(slug.toLowerCase(), file.path);
    }
    if (file.bytes.length > MAX_FILE_BYTES) {
      problems.push({
        file: file.path,
        field: 'bestand',
        message: `Het bestand is te groot: ${(file.bytes.length / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB, hoogstens ${MAX_FILE_BYTES / 1_000_000} MB toegestaan. Een voorbeeld is een paar pagina’s tekst; verwijs voor de rest naar de bronnen.`,
      });
      continue;
    }
    let source: string;
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      problems.push({ file: file.path, field: 'bestand', message: 'Het bestand is niet opgeslagen als UTF-8 (tekens zoals ë of â gaan dan mis). Sla het op als UTF-8 (in Kladblok: Opslaan als, codering UTF-8) en probeer opnieuw.' });
      continue;
    }
    let result: ReturnType<typeof checkCaseFile>;
    try {
      result = checkCaseFile(file.path, source, { now, knownSlugs });
    } catch (error) {
      // A reader bug must not stop the check of the other files, nor hide which file caused it.
      const technical = String((error as Error)?.message ?? error).split('\n')[0]?.slice(0, 120);
      problems.push({ file: file.path, field: 'bestand', message: `De controle kon dit bestand niet lezen. Vergelijk het met content/cases/_template.mdx, of vraag de redactie om hulp. (technische melding: ${technical})` });
      continue;
    }
    problems.push(...result.problems);
    if (result.raw) onRead?.(file.path, source, result.raw);
    const data = result.data as { title?: unknown; redirectFrom?: unknown; basedOn?: unknown } | undefined;
    if (data?.basedOn !== undefined) navolging.push({ path: file.path, slug, basedOn: data.basedOn, lineOf: result.lineOf });
    if (Array.isArray(data?.redirectFrom)) {
      for (const address of data.redirectFrom) if (typeof address === 'string') redirects.push({ path: file.path, address });
    }
    if (typeof data?.title === 'string') {
      const key = titleKey(data.title);
      const seen = titles.get(key);
      if (seen) seen.paths.push(file.path);
      else titles.set(key, { title: data.title, paths: [file.path] });
    }
  }

  // A shared title is reported on every file that has it, so each author sees the other.
  for (const { title, paths } of titles.values()) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const others = paths.filter((p) => p !== path).join(', ');
      problems.push({ file: path, field: 'title', message: `De titel "${visibleText(title)}" wordt ook gebruikt door ${others}. Geef elk voorbeeld een eigen titel, zodat lezers ze uit elkaar houden.` });
    }
  }

  // An old address may only lead to one case, and never to a case that still lives there.
  for (const { path, address } of redirects) {
    const owner = addresses.get(address.toLowerCase());
    if (owner && owner !== path) {
      problems.push({
        file: path,
        field: 'redirectFrom',
        message: `Het oude adres "${address}" in redirectFrom is het adres van ${owner}. Een oud adres mag alleen naar één voorbeeld leiden; haal het weg of kies het juiste voorbeeld.`,
      });
    } else {
      addresses.set(address.toLowerCase(), path);
    }
  }

  // A case based on itself, or relations that go round: only the whole set shows it.
  for (const problem of checkNavolging(navolging)) {
    const from = navolging.find((n) => n.slug === problem.slug)!;
    problems.push({ file: from.path, line: from.lineOf?.(['basedOn', problem.index, 'case']), field: `basedOn[${problem.index + 1}].case`, message: problem.message });
  }
  return problems;
}
