/**
 * The check and the build agree on every file of the two corpora: what `npm run check` refuses, the
 * build refuses with the same Dutch lines and no stack trace; what the check accepts or skips, the
 * build publishes or skips. One build per corpus, not one per file: the build checks the whole set first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { caseSlugs, slugOfCaseFile } from '../../src/lib/case-files';
import { checkCases } from '../../src/lib/check-cases';
import { formatProblem } from '../../src/lib/check-report';
import { readCaseFiles } from '../../src/lib/read-case-files';
import { navolgingProblems, publishedCases } from './navolging-pages';
import { buildEnv, run } from './run';

const BROKEN = 'tests/fixtures/broken';
const ACCEPTED = 'tests/fixtures/odd-but-valid';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function build(casesDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'praktijkbank-agree-'));
  outDirs.push(outDir);
  const result = await run(process.execPath, ['node_modules/astro/astro.js', 'build', '--outDir', outDir], { env: buildEnv({ PRAKTIJKBANK_CASES_DIR: casesDir }) });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** `npm run check` on a folder, as a contributor runs it: exit code and output. */
function check(dir: string): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync('npx', ['vite-node', 'scripts/check-cases.ts', dir], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } }) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

/** The case pages in a build: the folders under voorbeelden/ with a page of their own. */
const casePages = (outDir: string) =>
  existsSync(join(outDir, 'voorbeelden'))
    ? readdirSync(join(outDir, 'voorbeelden')).filter((name) => existsSync(join(outDir, 'voorbeelden', name, 'index.html'))).sort()
    : [];

describe('the check and the build on the corpus of broken cases', { timeout: 300_000 }, () => {
  test('both refuse every file, with the same Dutch lines, and the build publishes nothing and shows no stack trace', async () => {
    const files = readCaseFiles(BROKEN);
    const problems = checkCases(files, { dir: BROKEN });
    const lines = problems.map((problem) => formatProblem(problem));
    const cli = check(BROKEN);
    const built = await build(BROKEN);

    // Every file of the corpus is refused by the check …
    expect(files.filter((file) => !problems.some((p) => p.file === file.path)).map((f) => f.path)).toEqual([]);
    expect(cli.status).toBe(1);
    for (const line of lines) expect(cli.out).toContain(line);
    // … and by the build, with the very same lines.
    expect(built.status).not.toBe(0);
    expect(built.output).toContain(`De site wordt niet gebouwd: npm run check vindt problemen in de voorbeelden in ${BROKEN}/.`);
    expect(lines.filter((line) => !built.output.includes(line))).toEqual([]);
    // A warning (a source nothing cites) is reported by both but is not counted as a problem.
    const errors = problems.filter((problem) => problem.severity !== 'waarschuwing');
    expect(built.output).toContain(`${errors.length} problemen in ${new Set(errors.map((p) => p.file)).size} van de ${files.length} bestanden.`);
    expect(built.output).not.toMatch(/Stack trace|\n\s+at |Invalid string length|Missing parameter|:0:0/);
    expect(casePages(built.outDir)).toEqual([]);
  });
});

describe('the check and the build on the corpus of odd but valid cases', { timeout: 300_000 }, () => {
  // Started by the first test that needs it, never while another suite's build runs (they share .astro/).
  let started: ReturnType<typeof build> | undefined;
  const built = () => (started ??= build(ACCEPTED));

  test('the check accepts what the build publishes, and both skip _ files, _ folders, hidden files and drafts', async () => {
    const cli = check(ACCEPTED);
    expect(cli.status, cli.out).toBe(0);
    const { status, output, outDir } = await built();
    expect(status, output).toBe(0);
    const accepted = readCaseFiles(ACCEPTED)
      .filter((file) => !readFileSync(file.path, 'utf8').includes('\ndraft: true\n'))
      .map((file) => slugOfCaseFile(file.path));
    expect(casePages(outDir)).toEqual(accepted.sort());
    expect(casePages(outDir)).toEqual(['gewoon-voorbeeld', 'tekens-in-de-tekst']);
    expect(caseSlugs(readdirSync(ACCEPTED))).toEqual(['concept-met-draft', 'gewoon-voorbeeld', 'tekens-in-de-tekst']);
  });

  test('a summary with < and > reaches the feed as text in valid RSS, never as markup', async () => {
    const { outDir } = await built();
    const xml = readFileSync(join(outDir, 'feed.xml'), 'utf8');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml) as { rss: { channel: { item: { title: string; description: string }[] } } };
    const item = feed.rss.channel.item.find((i) => i.description.includes('onerror'))!;
    // A reader renders the description as HTML: it must show the summary, with no element in it.
    const shown = parse(`<div>${item.description}</div>`);
    expect(shown.querySelectorAll('*').map((e) => e.tagName)).toEqual(['DIV']);
    expect(shown.text).toBe('Samenvatting met <img src=x onerror=alert(1)> en <script>alert(1)</script> als gewone tekst.');
    expect(parse(`<div>${item.title}</div>`).querySelectorAll('b')).toEqual([]);
  });

  test('the case pages with < > & and braces in title, summary and authors are valid HTML and show that text', async () => {
    const { outDir } = await built();
    // This build lives outside the project, so the rules are passed in rather than found next to the files.
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);
    for (const slug of casePages(outDir)) {
      const report = await validator.validateFile(join(outDir, 'voorbeelden', slug, 'index.html'));
      expect(report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${slug} ${m.ruleId} ${m.message}`))).toEqual([]);
    }
    const root = parse(readFileSync(join(outDir, 'voorbeelden/tekens-in-de-tekst/index.html'), 'utf8'));
    expect(root.querySelector('h1')?.text.trim()).toBe('Stage <b>vet</b> & 100% {regio}');
    expect(root.querySelectorAll('h1 *').length).toBe(0);
    // Quoted attribute values may hold < and > as text; what counts is that no element came of it.
    expect(root.querySelectorAll('img, b').map((e) => e.outerHTML)).toEqual([]);
    expect(root.querySelectorAll('script:not([type="application/ld+json"])').filter((e) => e.text.includes('alert(1)')).map((e) => e.outerHTML)).toEqual([]);
  });

  test('a synthetic navolging pair is shown both ways: source reference, quote as text, place, map and CSV', async () => {
    const { outDir } = await built();
    const cases = publishedCases(outDir);
    expect(cases.flatMap((c) => (c.basedOn ?? []).map((b) => `${c.slug} → ${b.case} [${b.source}]`))).toEqual(['tekens-in-de-tekst → gewoon-voorbeeld [verslag]']);
    const pageOf = (slug: string) => parse(readFileSync(join(outDir, 'voorbeelden', slug, 'index.html'), 'utf8'));
    expect(navolgingProblems(cases, pageOf)).toEqual([]);
    const follower = pageOf('tekens-in-de-tekst').querySelector('section[data-navolging="gebaseerd-op"]')!;
    expect(follower.querySelector('q')?.text).toBe('naar het voorbeeld van <b>Twente</b> & co');
    expect(follower.querySelectorAll('b')).toEqual([]);
    expect(follower.text).toContain('De lijst met stageplaatsen is overgenomen.');
    const original = pageOf('gewoon-voorbeeld').querySelector('section[data-navolging="nagevolgd-in"]')!;
    expect(original.querySelector('li')?.text.replace(/\s+/g, ' ')).toContain('Almelo & <omstreken> · Overijssel · arbeidsmarktregio Twente');
    // The map: the follower's province filled, the original's own outlined, with a text alternative.
    expect(original.querySelector('.navolging-map svg')?.getAttribute('role')).toBe('img');
    expect(original.querySelector('.navolging-map desc')?.text).toBe('Nagevolgd in de provincie Overijssel. Dit voorbeeld zelf: Overijssel.');
    expect(original.querySelector('[data-origin="overijssel"]')).not.toBeNull();
    expect(original.querySelector('figcaption')?.text).toContain('Arbeidsmarktregio van de navolgers: Twente.');
    expect(pageOf('gewoon-voorbeeld').querySelector('section[data-navolging="gebaseerd-op"]')).toBeNull();
    const csv = readFileSync(join(outDir, 'data/cases.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain(',basedOn');
    expect(csv).toContain('gewoon-voorbeeld [verslag]');
  });

  test('cases.json of this build validates against its schema.json, and the BibTeX escapes braces and <', async () => {
    const { outDir } = await built();
    const schema = JSON.parse(readFileSync(join(outDir, 'data/schema.json'), 'utf8')) as object;
    const data = JSON.parse(readFileSync(join(outDir, 'data/cases.json'), 'utf8')) as object;
    const validate = addFormats(new Ajv({ allErrors: true, strict: true })).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const bibtex = readFileSync(join(outDir, 'voorbeelden/tekens-in-de-tekst/citeer.bib'), 'utf8');
    expect(bibtex).toContain('title = {Stage \\textless{}b\\textgreater{}vet\\textless{}/b\\textgreater{} \\& 100\\% \\{regio\\}},');
    expect(bibtex).toContain('month = nov,');
    expect(bibtex).not.toMatch(/[^\\]</);
  });
});
