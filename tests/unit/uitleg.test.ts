import { describe, expect, test } from 'vitest';
import { checkUitleg, checkUitlegFile } from '../../src/lib/check-uitleg';
import { readCaseFiles } from '../../src/lib/read-case-files';
import { createUitlegSchema } from '../../src/schemas/uitleg';

const NOW = new Date('2026-12-01T12:00:00Z');
const DIR = 'content/uitleg';
const FILE = `${DIR}/factor/begeleidingstijd.mdx`;

const SOURCES = `sources:
  - key: scenarios-2021
    title: Drie scenario’s voor stages in de zorg
    year: 2021`;

const file = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}\n`;
const valid = file(`segment: factor\nkey: begeleidingstijd\n${SOURCES}`, '## Waarom deze factor ertoe doet\n\nBegeleiders hebben te weinig tijd.[^scenarios-2021]\n\n- Redactie: dit is onze eigen afweging.');
const check = (source: string, path = FILE) => checkUitlegFile(path, source, { dir: DIR, now: NOW, knownSlugs: ['zic-etz'] });

describe('the uitleg schema', () => {
  test('accepts a valid explanation', () => {
    expect(check(valid)).toEqual([]);
  });

  test.each([
    {
      name: 'an unknown segment, with a near match',
      frontmatter: `segment: factr\nkey: begeleidingstijd\n${SOURCES}`,
      field: 'segment',
      line: 2,
      message: 'Het veld "segment" bevat "factr"; dat is geen kenmerk met eigen pagina’s. Bedoelde u "factor"? Toegestaan: regio, arbeidsmarktregio, sector, factor, type, doel, scenario.',
    },
    {
      name: 'a key that is not a value of the segment',
      frontmatter: `segment: factor\nkey: begeleidingstyd\n${SOURCES}`,
      field: 'key',
      line: 3,
      message: expect.stringMatching(/^Het veld "key" bevat "begeleidingstyd"; dat is geen waarde van factor\. Bedoelde u "begeleidingstijd"\? Toegestaan: .*begeleidingstijd, begeleiders,/),
    },
    {
      name: 'no sources',
      frontmatter: 'segment: factor\nkey: begeleidingstijd\nsources: []',
      field: 'sources',
      line: 4,
      message: 'Noem minstens één bron (sources): elke zin van een uitleg moet na te lezen zijn.',
    },
    {
      name: 'a source without a title, in the case’s words',
      frontmatter: 'segment: factor\nkey: begeleidingstijd\nsources:\n  - key: scenarios-2021',
      field: 'sources[1].title',
      line: 5,
      message: expect.stringMatching(/^Het veld "sources\[1\]\.title" ontbreekt, maar is verplicht\./),
    },
    {
      name: 'two sources with the same key',
      frontmatter: 'segment: factor\nkey: begeleidingstijd\nsources:\n  - key: rapport\n    title: Een rapport\n  - key: rapport\n    title: Nog een rapport',
      field: 'sources[2].key',
      line: 7,
      message: 'De bronsleutel "rapport" staat bij twee bronnen. Geef elke bron een eigen sleutel, bijvoorbeeld rapport-2.',
    },
    {
      name: 'an unknown field',
      frontmatter: `segment: factor\nkey: begeleidingstijd\ntitel: Begeleidingstijd\n${SOURCES}`,
      field: 'titel',
      line: 4,
      message: 'Er staat een onbekend veld: "titel" (bedoelde u "title"?). Toegestane velden in een uitleg: segment, key, title, sources.',
    },
  ])('refuses $name with file, line, field and a Dutch message', ({ frontmatter, field, line, message }) => {
    const problems = check(file(frontmatter, '## Kop\n\nEen zin.[^scenarios-2021]'));
    expect(problems).toContainEqual({ file: FILE, line, field, message });
  });

  test('the schema itself gives the same message as the check', () => {
    const result = createUitlegSchema({ now: NOW }).safeParse({ segment: 'factor', key: 'onbekend', sources: [{ key: 'a', title: 'Een bron' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message.split('.')[0]])).toEqual([['key', 'Het veld "key" bevat "onbekend"; dat is geen waarde van factor']]);
  });
});

describe('the uitleg body and file rules', () => {
  test.each([
    {
      name: 'a paragraph without a reference or editorial mark',
      body: '## Kop\n\nBegeleiders hebben te weinig tijd.',
      problem: {
        file: FILE,
        line: 12,
        field: 'inhoud',
        message:
          'De alinea "Begeleiders hebben te weinig tijd." onder "Kop" verwijst naar geen enkele bron. Zet achter de zin waar het feit staat een verwijzing zoals [^scenarios-2021] (de key van een bron uit "sources"). Is het uw eigen conclusie of advies, begin dan met "Redactie:".',
      },
    },
    {
      name: 'a reference to a key that is not in sources',
      body: '## Kop\n\n- Begeleiders hebben te weinig tijd.[^scenarios-2012]',
      problem: {
        file: FILE,
        line: 12,
        field: 'inhoud',
        message: 'De verwijzing [^scenarios-2012] noemt een bron die niet bij "sources" staat. Bedoelde u [^scenarios-2021]? Bekende sleutels: scenarios-2021.',
      },
    },
  ])('refuses $name', ({ body, problem }) => {
    expect(check(file(`segment: factor\nkey: begeleidingstijd\n${SOURCES}`, body))).toContainEqual(problem);
  });

  test('warns about a source that no sentence cites', () => {
    const source = file(`segment: factor\nkey: begeleidingstijd\n${SOURCES}\n  - key: ongebruikt\n    title: Een bron die niemand noemt`, '## Kop\n\nEen zin.[^scenarios-2021]');
    expect(check(source)).toEqual([
      {
        file: FILE,
        field: 'sources',
        severity: 'waarschuwing',
        message: 'De bron "ongebruikt" staat bij "sources", maar geen zin verwijst ernaar. Verwijs ernaar met [^ongebruikt] achter de zin die erop rust, of haal de bron weg.',
      },
    ]);
  });

  test('refuses a file whose folder and name do not match segment and key', () => {
    expect(check(valid, `${DIR}/scenario/begeleidingstijd.mdx`)).toEqual([
      {
        file: `${DIR}/scenario/begeleidingstijd.mdx`,
        line: 2,
        field: 'segment',
        message:
          'Het bestand staat in content/uitleg/scenario/begeleidingstijd.mdx, maar de gegevens noemen segment: factor en key: begeleidingstijd. De map is het kenmerk en de bestandsnaam de waarde: zet het bestand in content/uitleg/factor/begeleidingstijd.mdx, of pas segment en key aan.',
      },
    ]);
  });

  test('refuses a file outside a segment folder and a file without frontmatter', () => {
    expect(check(valid, `${DIR}/begeleidingstijd.mdx`).map((p) => [p.field, p.message.split(':')[0]])).toEqual([['bestand', 'Een uitleg staat in content/uitleg/<kenmerk>/<waarde>.mdx, zoals content/uitleg/factor/begeleidingstijd.mdx']]);
    expect(check('## Kop\n\nTekst.').map((p) => [p.line, p.field])).toEqual([[1, 'frontmatter']]);
  });

  test('every explanation in content/uitleg passes, without warnings', () => {
    const files = readCaseFiles(DIR);
    expect(files.length).toBeGreaterThanOrEqual(14);
    expect(checkUitleg(files, { dir: DIR })).toEqual([]);
  });
});
