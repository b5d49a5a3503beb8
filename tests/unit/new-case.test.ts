import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { interventionTypes, provinces } from '../../src/data/vocabularies';
import { TEMPLATE_FILE } from '../../src/lib/case-files';
import { emptyFormValues, type CaseFormValues } from '../../src/lib/case-form';
import { checkCases } from '../../src/lib/check-cases';
import { caseFromTemplate, followUpQuestions, parseChoice } from '../../src/lib/new-case';
import { NOW } from '../fixtures/cases';

const template = readFileSync(TEMPLATE_FILE, 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);

function answers(mode: 'werkt' | 'mislukt'): CaseFormValues {
  return {
    ...emptyFormValues(NOW, mode),
    draft: true,
    slug: 'stagepool-twente',
    title: 'Stagepool Twente',
    summary: 'Een gezamenlijke pool van stageplaatsen werd na een jaar niet meer gebruikt.',
    type: 'matching',
    provinces: ['overijssel'],
    sectors: ['vvt'],
    levels: ['mbo-3'],
    aims: ['capaciteit'],
    factors: ['regionale-samenwerking'],
    status: mode === 'mislukt' ? 'gestopt' : 'lopend',
    stopReason: mode === 'mislukt' ? 'Niemand nam het beheer van de pool over.' : '',
    outcome: mode === 'mislukt' ? 'werkt-niet' : 'onbekend',
    lessons: mode === 'mislukt' ? ['Maak vooraf één partij eigenaar van de planning.'] : [],
    sources: [{ title: 'Evaluatie', publisher: '', authors: [], year: '', url: '', accessed: '', note: '' }],
    contributors: [{ name: 'Jan Jansen', organisation: '', orcid: '' }],
  };
}

describe('the template', () => {
  test('passes npm run check as it is', () => {
    expect(checkCases([{ path: 'content/cases/sjabloon.mdx', bytes: encode(template) }], { now: NOW })).toEqual([]);
  });
});

describe('caseFromTemplate', () => {
  test.each(['werkt', 'mislukt'] as const)('makes a file that passes npm run check (%s)', (mode) => {
    const text = caseFromTemplate(template, answers(mode));
    expect(checkCases([{ path: 'content/cases/stagepool-twente.mdx', bytes: encode(text) }], { now: NOW })).toEqual([]);
  });

  test('keeps the template’s Dutch explanations, also of fields it leaves out', () => {
    const text = caseFromTemplate(template, answers('werkt'));
    expect(text).toContain('# Naam van het voorbeeld zoals lezers ernaar zoeken (5 tot 120 tekens).\ntitle: Stagepool Twente\n');
    expect(text).toContain('# en zet er anonymised: true bij.\n# organisations: …\n');
    expect(text).toContain('provinces: [overijssel]\n');
    expect(text).toContain('draft: true\n');
  });

  test('asks the four questions of a failed experiment in the body', () => {
    const text = caseFromTemplate(template, answers('mislukt'));
    // The fourth question (what others can learn) is answered in `lessons`, with its basis.
    expect(text.match(/^## .*$/gm)).toEqual(['## Bedoeling', '## Aanpak', '## Wat er gebeurde', '## Meer weten']);
    expect(text).toContain('lessons:\n  - text: Maak vooraf één partij eigenaar van de planning.\n    basis: indiener\n');
    expect(text).toContain('## Wat er gebeurde\n\nWat gebeurde er, en hoe week dat af van de bedoeling?');
  });
});

describe('parseChoice', () => {
  // Each row: what someone types → the keys, or the Dutch message.
  test.each<[string, boolean, ReturnType<typeof parseChoice>]>([
    ['3', false, { keys: ['leerafdeling'] }], // a number from the list
    ['matching', false, { keys: ['matching'] }], // the key itself
    ['3, 5', false, { error: 'Kies hier één waarde.' }],
    ['', false, { error: 'Kies één waarde: een nummer uit de lijst of de naam, zoals ketenstage.' }],
    ['99', false, { error: '"99" staat niet in de lijst. Toegestaan: ketenstage, gildeleren, leerafdeling, hybride-docentschap, matching, opleidingsbedrijf, regionaal-netwerk, flexibele-stage, begeleidersondersteuning, kwaliteitsmonitor, crisisaanpak, praktijkleren-op-school, financiering, capaciteitsbeleid, meldroute.' }],
  ])('type: %j', (answer, multiple, expected) => {
    expect(parseChoice(answer, interventionTypes, multiple)).toEqual(expected);
  });

  test.each<[string, ReturnType<typeof parseChoice>]>([
    ['1, 3 overijssel', { keys: ['groningen', 'drenthe', 'overijssel'] }],
    ['overijssel overijssel', { keys: ['overijssel'] }], // said twice, kept once
    ['overijsel', { error: '"overijsel" staat niet in de lijst. Bedoelde u overijssel? Toegestaan: groningen, fryslan, drenthe, overijssel, flevoland, gelderland, utrecht, noord-holland, zuid-holland, zeeland, noord-brabant, limburg, landelijk.' }],
  ])('provinces: %j', (answer, expected) => {
    expect(parseChoice(answer, provinces, true)).toEqual(expected);
  });
});

describe('followUpQuestions', () => {
  test.each([
    ['onbekend', 'lopend', { lessons: false, stopReason: false }],
    ['gemengd', 'lopend', { lessons: true, stopReason: false }],
    ['onbekend', 'gestopt', { lessons: true, stopReason: true }],
  ])('outcome %s, status %s', (outcome, status, expected) => {
    expect(followUpQuestions({ outcome, status })).toEqual(expected);
  });
});

describe('npm run new', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const run = (args: string[], input = '') => {
    dir ??= mkdtempSync(join(tmpdir(), 'praktijkbank-new-'));
    try {
      return { code: 0, out: execFileSync('npx', ['vite-node', 'scripts/new-case.ts', '--', '--dir', dir, ...args], { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] }) };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: `${e.stdout}${e.stderr}` };
    }
  };
  const written = () => readdirSync(dir!).map((name) => ({ path: join(dir!, name), bytes: readFileSync(join(dir!, name)) }));

  test('answers in the terminal (typed one per line) give a file that passes the check; a typo is asked again', () => {
    const typed = ['nee', 'Leerafdeling in Zwolle', 'Tien studenten verzorgen samen de cliënten van één afdeling.', '3', 'overijsel', 'overijssel', 'vvt', '3,5', '2', 'begeleidingstijd', '3', '5', 'Jaarverslag 2024', '', 'Jan Jansen'];
    const { code, out } = run([], `${typed.join('\n')}\n`);
    expect(out).toContain('"overijsel" staat niet in de lijst. Bedoelde u overijssel?');
    expect(out).toContain('leerafdeling-in-zwolle.mdx is aangemaakt.');
    expect(code).toBe(0);
    expect(checkCases(written(), { now: new Date() })).toEqual([]);
  });

  test('flags make it work in a script, without questions', () => {
    const { code } = run(['--title', 'Stagepool Twente', '--summary', 'Een pool van stageplaatsen werd na een jaar niet meer gebruikt.', '--type', 'matching', '--provinces', 'overijssel', '--sectors', 'vvt', '--levels', 'mbo-3', '--aims', 'capaciteit', '--factors', 'regionale-samenwerking', '--status', 'lopend', '--outcome', 'onbekend', '--source-title', 'Evaluatie', '--contributor', 'Jan Jansen']);
    expect(code).toBe(0);
    expect(written().map((f) => f.path.split('/').pop())).toEqual(['stagepool-twente.mdx']);
    expect(checkCases(written(), { now: new Date() })).toEqual([]);
  });

  test('a wrong flag or a missing answer gives a Dutch message, no file and no stack trace', () => {
    const wrong = run(['--title', 'Stagepool Twente', '--summary', 'Een pool van stageplaatsen werd na een jaar niet meer gebruikt.', '--type', 'stagepool']);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('Type aanpak: "stagepool" staat niet in de lijst.');
    const missing = run(['--title', 'Stagepool Twente']);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('Geen antwoord op: Samenvatting');
    for (const out of [wrong.out, missing.out]) expect(out).not.toMatch(/\n\s+at /);
    expect(written()).toEqual([]);
  });
});
