import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { caseFilePath, changesOf, describeChange, gitLogArgs, parseGitLog, versionAnchor } from '../../src/lib/git-history';
import { getGitHistory, readGitHistory } from '../../src/history';

const root = mkdtempSync(join(tmpdir(), 'praktijkbank-history-'));
const repo = join(root, 'repo');
let day = 0;

/** Runs git in a folder with a fixed author and a fresh, increasing date per commit. */
function git(cwd: string, ...args: string[]): string {
  const date = `2026-01-${String(10 + day).padStart(2, '0')}T10:00:00+01:00`;
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

function writeCase(name: string, outcome: string, lessons: string[], body = 'Tekst.') {
  const lessonLines = lessons.map((l) => `  - ${l}`).join('\n');
  writeFileSync(join(repo, 'content/cases', name), `---\ntitle: Voorbeeld\noutcome: ${outcome}\nlessons:\n${lessonLines}\n---\n\n## Aanleiding\n\n${body}\n`);
}

function commit(message: string) {
  day += 1;
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
}

beforeAll(() => {
  mkdirSync(join(repo, 'content/cases'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  writeCase('oud.mdx', 'veelbelovend', ['Begin klein.']);
  writeFileSync(join(repo, 'README.md'), 'x\n');
  commit('Voorbeeld toegevoegd');
  writeCase('oud.mdx', 'veelbelovend', ['Begin klein.'], 'Tekst met een tikfout verbeterd.');
  commit('Tikfout');
  writeCase('oud.mdx', 'werkt', ['Begin klein.']);
  commit('Uitkomst bijgewerkt na evaluatie\n\nVoor-lezers: De evaluatie van 2025 laat zien dat het werkt.');
  renameSync(join(repo, 'content/cases/oud.mdx'), join(repo, 'content/cases/nieuw.mdx'));
  commit('Bestand hernoemd');
  writeCase('nieuw.mdx', 'werkt', ['Begin klein.', 'Leg afspraken vast.']);
  commit('Les toegevoegd');
  writeFileSync(join(repo, 'README.md'), 'y\n');
  commit('Alleen de README');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readGitHistory and changesOf on a real repository', () => {
  test('lists every change of a renamed case, newest first, and marks outcome and lesson changes', async () => {
    const history = await readGitHistory('content/cases', repo);
    expect(history.available).toBe(true);
    expect(history.shallow).toBe(false);
    const changes = changesOf(history.changes, [caseFilePath('content/cases', 'nieuw'), caseFilePath('./content/cases/', 'oud')]);
    expect(changes.map((c) => [c.subject, c.kind, c.date, c.outcome ?? null, c.lessonsChanged])).toEqual([
      ['Les toegevoegd', 'gewijzigd', '2026-01-15', null, true],
      ['Bestand hernoemd', 'hernoemd', '2026-01-14', null, false],
      ['Uitkomst bijgewerkt na evaluatie', 'gewijzigd', '2026-01-13', { from: 'veelbelovend', to: 'werkt' }, false],
      ['Tikfout', 'gewijzigd', '2026-01-12', null, false],
      ['Voorbeeld toegevoegd', 'toegevoegd', '2026-01-11', null, false],
    ]);
    expect(changes.every((c) => /^[0-9a-f]{40}$/.test(c.hash))).toBe(true);
  });

  test('says for readers what each change touched, why (the Voor-lezers trailer), and keeps the text of that version', async () => {
    const history = await readGitHistory('content/cases', repo);
    const changes = changesOf(history.changes, [caseFilePath('content/cases', 'nieuw'), caseFilePath('content/cases', 'oud')]);
    expect(changes.map((c) => [c.subject, c.changed, c.reason ?? null])).toEqual([
      ['Les toegevoegd', ['lessen'], null],
      ['Bestand hernoemd', [], null],
      ['Uitkomst bijgewerkt na evaluatie', ['uitkomst', 'tekst'], 'De evaluatie van 2025 laat zien dat het werkt.'],
      ['Tikfout', ['tekst'], null],
      ['Voorbeeld toegevoegd', [], null],
    ]);
    expect(changes.at(-1)?.text).toContain('outcome: veelbelovend');
    expect(changes[0]?.text).toContain('Leg afspraken vast.');
  });

  test('shows only what a shallow clone has, and says it is shallow', async () => {
    const clone = join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo}`, clone]);
    const history = await readGitHistory('content/cases', clone);
    expect(history.shallow).toBe(true);
    expect(changesOf(history.changes, ['content/cases/nieuw.mdx']).map((c) => c.subject)).toEqual(['Les toegevoegd']);
  });

  test('builds without a repository: no history, no error', async () => {
    const plain = join(root, 'plain');
    mkdirSync(join(plain, 'content/cases'), { recursive: true });
    await expect(readGitHistory('content/cases', plain)).resolves.toEqual({ available: false, shallow: false, changes: [] });
  });
});

describe('parseGitLog', () => {
  test('reads a deletion and a commit without diff', () => {
    const log = [
      '\x1e' + 'a'.repeat(40) + '\x1f2026-02-01T23:30:00-05:00\x1fVerwijderd',
      '',
      'diff --git a/content/cases/weg.mdx b/content/cases/weg.mdx',
      'deleted file mode 100644',
      '--- a/content/cases/weg.mdx',
      '+++ /dev/null',
      '@@ -1,3 +0,0 @@',
      '----',
      '-outcome: werkt',
      '----',
      '\x1e' + 'b'.repeat(40) + '\x1f2026-01-01T10:00:00+01:00\x1fLeeg',
      '',
    ].join('\n');
    expect(parseGitLog(log)).toEqual([
      { hash: 'a'.repeat(40), date: '2026-02-01', subject: 'Verwijderd', path: 'content/cases/weg.mdx', kind: 'verwijderd', lessonsChanged: false, changed: [] },
    ]);
  });

  test('keeps the date as the author wrote it, not shifted to UTC', () => {
    const log = '\x1e' + 'c'.repeat(40) + '\x1f2026-03-01T00:30:00+01:00\x1fNacht\n\ndiff --git a/x.mdx b/x.mdx\n--- a/x.mdx\n+++ b/x.mdx\n@@ -1 +1 @@\n-a\n+b\n';
    expect(parseGitLog(log)[0]?.date).toBe('2026-03-01');
  });
});

describe('gitLogArgs and getGitHistory', () => {
  test('asks git once for the whole folder with full-file context', () => {
    const args = gitLogArgs('content/cases');
    expect(args).toContain('log');
    expect(args.slice(-2)).toEqual(['--', 'content/cases']);
    expect(args).toContain('--unified=100000');
  });

  afterEach(() => vi.unstubAllEnvs());

  test('reads the history once per build and shares it between pages', () => {
    vi.stubEnv('DEV', false);
    expect(getGitHistory()).toBe(getGitHistory());
  });

  test('reads it fresh on every request in dev, where commits happen while the server runs', () => {
    vi.stubEnv('DEV', true);
    expect(getGitHistory()).not.toBe(getGitHistory());
  });
});

describe('describeChange', () => {
  const label = (key: string | undefined) => ({ werkt: 'Werkt', veelbelovend: 'Veelbelovend' })[key ?? ''] ?? 'geen';
  test.each([
    [{ kind: 'toegevoegd', changed: [] }, true, ['Het voorbeeld is gepubliceerd.']],
    [{ kind: 'hernoemd', changed: [] }, false, ['Het voorbeeld kreeg een nieuw webadres; het oude adres blijft werken.']],
    [{ kind: 'gewijzigd', changed: ['uitkomst', 'bronnen'], outcome: { from: 'veelbelovend', to: 'werkt' } }, false, ['De uitkomst is veranderd van Veelbelovend naar Werkt.', 'De bronnen zijn aangepast.']],
    [{ kind: 'gewijzigd', changed: ['lessen', 'tekst', 'gegevens', 'gecontroleerd'] }, false, ['De geleerde lessen zijn aangepast.', 'De tekst is aangepast.', 'Kenmerken zoals sector, provincie of status zijn aangepast.', 'De redactie heeft het voorbeeld opnieuw gecontroleerd.']],
    [{ kind: 'gewijzigd', changed: [] }, false, ['Het bestand is aangepast zonder dat de inhoud veranderde (bijvoorbeeld de opmaak).']], // whitespace only
    [{ kind: 'verwijderd', changed: [] }, false, ['Het voorbeeld is van de site gehaald.']],
  ] as const)('%j (creation %s) is told as %j', (change, creation, lines) => {
    expect(describeChange({ ...change, changed: [...change.changed] }, label, creation)).toEqual(lines);
  });
  test('anchors a version by its short hash', () => expect(versionAnchor('0123456789abcdef')).toBe('versie-0123456'));
});
