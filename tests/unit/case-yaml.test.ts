import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { MAX_YAML_ALIASES, parseCaseYaml } from '../../src/lib/case-yaml';
import { splitFrontmatter, withJsonFrontmatter } from '../../src/lib/check-case';
import { sourceKeysOf } from '../../src/lib/evidence';

const problemsOf = (text: string) => {
  const parsed = parseCaseYaml(text);
  return 'problems' in parsed ? parsed.problems.map((p) => `${p.line ?? '-'} [${p.field}] ${p.message}`) : [];
};
const dataOf = (text: string) => {
  const parsed = parseCaseYaml(text);
  if ('problems' in parsed) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.data;
};

describe('parseCaseYaml', () => {
  test.each([
    // a custom tag that js-yaml refuses and the yaml library would read as text
    ['title: Stage\nsummary: !!js/function "function () {}"', '2 [summary] De gegevens bovenaan gebruiken de YAML-tag !!js/function (bij het veld "summary"). Tags (woorden die met ! beginnen) zijn niet toegestaan, want ze laten een lezer iets anders doen dan tekst lezen. Haal de tag weg; zet tekst die met ! begint tussen aanhalingstekens, zoals title: "!Wow".'],
    // a local tag
    ['title: !mijn Stage', '1 [title] De gegevens bovenaan gebruiken de YAML-tag !mijn (bij het veld "title"). Tags (woorden die met ! beginnen) zijn niet toegestaan, want ze laten een lezer iets anders doen dan tekst lezen. Haal de tag weg; zet tekst die met ! begint tussen aanhalingstekens, zoals title: "!Wow".'],
    // even a core tag: one rule, nothing to explain
    ['started: !!str 2019', '1 [started] De gegevens bovenaan gebruiken de YAML-tag !!str (bij het veld "started"). Tags (woorden die met ! beginnen) zijn niet toegestaan, want ze laten een lezer iets anders doen dan tekst lezen. Haal de tag weg; zet tekst die met ! begint tussen aanhalingstekens, zoals title: "!Wow".'],
    // a merge key, which js-yaml merges and the YAML 1.2 core schema does not
    ['basis: &b { type: matching }\n<<: *b', '2 [<<] De gegevens bovenaan gebruiken <<: om velden over te nemen uit een ander deel. Dat is niet toegestaan, want niet elke lezer van YAML doet hetzelfde met <<. Schrijf de velden gewoon uit.'],
    // a directive that would switch the reader to YAML 1.1 (yes/no as true/false)
    ['%YAML 1.1\n---\ndraft: yes', '1 [frontmatter] De gegevens bovenaan beginnen met een regel die met % begint (een YAML-instructie, zoals %YAML 1.1). Die is niet toegestaan: haal de regel weg. De gegevens staan direct onder de eerste regel ---.'],
  ])('refuses %j', (text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  test('reads dates, numbers and text as the YAML 1.2 core schema does, like js-yaml', () => {
    const text = 'title: "2026-11-23"\npublished: 2026-11-23\nstarted: 2019\ndraft: false\nplace: yes\nrelated: [a, b]';
    expect(dataOf(text)).toEqual({ title: '2026-11-23', published: new Date('2026-11-23T00:00:00Z'), started: 2019, draft: false, place: 'yes', related: ['a', 'b'] });
    expect(jsYaml.load(text)).toEqual(dataOf(text));
  });

  test(`allows an anchor with a few aliases (at most ${MAX_YAML_ALIASES})`, () => {
    expect(dataOf('a: &x [zorg]\nb: *x\nc: *x')).toEqual({ a: ['zorg'], b: ['zorg'], c: ['zorg'] });
  });

  test('refuses a billion-laughs block without expanding it', () => {
    const bomb = readFileSync('tests/fixtures/broken/yaml-aliasbom.mdx', 'utf8').split('\n---\n')[0]!.slice(4);
    expect(problemsOf(bomb)).toEqual([
      '5 [b] De gegevens bovenaan (bij het veld "b") verwijzen te vaak naar een ander deel met *naam: hoogstens 20 keer is toegestaan. Zo’n verwijzing kan een klein bestand enorm groot maken. Schrijf elke waarde gewoon uit en haal de &naam- en *naam-verwijzingen weg.',
    ]);
  });
});

describe('npm run check on an alias bomb', () => {
  test('returns, names the file and goes on with the other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'praktijkbank-bom-'));
    try {
      copyFileSync('tests/fixtures/broken/yaml-aliasbom.mdx', join(dir, 'yaml-aliasbom.mdx'));
      copyFileSync('tests/fixtures/broken/yaml-tab.mdx', join(dir, 'yaml-tab.mdx'));
      let out = '';
      let status = 0;
      try {
        execFileSync('npx', ['vite-node', 'scripts/check-cases.ts', dir], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
      } catch (error) {
        const e = error as { status: number; stdout: string; stderr: string };
        status = e.status;
        out = `${e.stdout}${e.stderr}`;
      }
      expect(status).toBe(1);
      expect(out).toContain(`${dir}/yaml-aliasbom.mdx:6  [b]  De gegevens bovenaan (bij het veld "b") verwijzen te vaak`);
      expect(out).toContain(`${dir}/yaml-tab.mdx:15  [sources]`);
      expect(out).toContain('2 problemen in 2 van de 2 bestanden.');
      expect(out).not.toMatch(/\n\s+at |Excessive|Error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('withJsonFrontmatter', () => {
  const source = '---\ntitle: "Één 🙂 <b>"\npublished: 2026-11-01\nrelated:\n  - zic-etz\n---\n\n## Kop\n\nTekst.\n';

  test('gives MDX the data the project read, as JSON every YAML reader reads the same, with the body on the same lines', () => {
    const out = withJsonFrontmatter(source)!;
    expect(out).toBe('---\n{"title":"\\u00c9\\u00e9n \\ud83d\\ude42 <b>","published":"2026-11-01","related":["zic-etz"]}\n\n\n\n---\n\n## Kop\n\nTekst.\n');
    expect(jsYaml.load(splitFrontmatter(out)!.frontmatter)).toEqual({ title: 'Één 🙂 <b>', published: '2026-11-01', related: ['zic-etz'] });
    expect(out.split('\n').indexOf('## Kop')).toBe(source.split('\n').indexOf('## Kop'));
  });

  test('gives MDX only what a pick keeps (the build passes just the source keys), on the same lines', () => {
    const withSources = '---\ntitle: Titel\nsources:\n  - key: bron-a\n    title: A\n  - key: " bron-b "\n---\n\n## Kop\n';
    const out = withJsonFrontmatter(withSources, (data) => ({ sources: sourceKeysOf(data).map((key) => ({ key })) }))!;
    expect(out).toBe('---\n{"sources":[{"key":"bron-a"},{"key":"bron-b"}]}\n\n\n\n\n---\n\n## Kop\n');
    expect(out.split('\n').indexOf('## Kop')).toBe(withSources.split('\n').indexOf('## Kop'));
  });

  test('leaves a file alone whose frontmatter the project cannot read (the check refuses it first)', () => {
    expect(withJsonFrontmatter('---\ntitle: !!js/function x\nsummary: s\n---\n\nTekst.\n')).toBeUndefined();
    expect(withJsonFrontmatter('Tekst zonder gegevens.\n')).toBeUndefined();
  });
});
