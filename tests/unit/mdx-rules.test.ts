import { describe, expect, test } from 'vitest';
import { checkMdxText, urlProblem, urlScheme } from '../../src/lib/mdx-rules';

const messages = (text: string, context = {}) => checkMdxText(text, context).map((issue) => `${issue.line ?? '-'}: ${issue.message}`);

describe('checkMdxText', () => {
  // Everything a case may hold passes without a message.
  test.each([
    ['paragraphs, lists, emphasis and links', '## Aanpak\n\nTekst met **vet** en [een link](https://www.voorbeeld.nl).\n\n- punt\n- punt\n'],
    ['a GFM table', '## Cijfers\n\n| jaar | plaatsen |\n| --- | --- |\n| 2024 | 10 |\n'],
    ['the allowed components with literal attributes', '## Aanpak\n\n<Kader titel="Tip" soort="tip">Tekst.</Kader>\n\n<Citaat wie="praktijkopleider">Mooi.</Citaat>\n'],
    ['allowed HTML elements', '## Aanpak\n\nEen <abbr title="Verpleging, verzorging en thuiszorg">VVT</abbr>-organisatie, CO<sub>2</sub>, <span lang="en">skills lab</span>.\n'],
    ['mail, phone, anchors and links to existing cases', '## Meer\n\n[Mail](mailto:redactie@voorbeeld.nl), [bel](tel:+31201234567), [boven](#aanpak), [ander](/voorbeelden/bestaand/).\n'],
    ['escaped special characters', '## Aanpak\n\nDe formule \\{a\\} en 3 \\< 4.\n'],
    ['subsections in order', '## Resultaten\n\n### Cijfers\n\nTien.\n\n### Verhalen\n\nMooi.\n'],
  ])('accepts %s', (_, text) => {
    expect(messages(text, { knownSlugs: ['bestaand'] })).toEqual([]);
  });

  // The evidence rules: with the case's source keys, every claim refers to a source or is marked as editorial.
  const keys = { sourceKeys: ['rapport-2021', 'nieuws'] };
  test.each([
    ['a reference after the sentence', '## Aanpak\n\nDe school plaatste tien studenten.[^rapport-2021]\n'],
    ['two references, and one per list item', '## Aanpak\n\n- Eerste stap.[^rapport-2021][^nieuws]\n- Tweede stap.[^nieuws]\n'],
    ['an editorial paragraph and list item', '## Resultaten\n\nRedactie: de bronnen noemen geen cijfers.\n\n- Redactie: onbekend.\n'],
    ['a section "Meer weten" without references', '## Aanpak\n\nTien.[^nieuws]\n\n## Meer weten\n\nZie de website van de school.\n'],
    ['a table with a reference in a cell', '## Cijfers\n\n| jaar | plaatsen |\n| --- | --- |\n| 2024 | 10[^nieuws] |\n'],
  ])('accepts %s', (_, text) => {
    expect(messages(text, keys)).toEqual([]);
  });

  test.each([
    [
      'a paragraph without a source',
      '## Aanpak\n\nDe school plaatste tien studenten.\n',
      ['3: De alinea "De school plaatste tien studenten." onder "Aanpak" verwijst naar geen enkele bron. Zet achter de zin waar het feit staat een verwijzing zoals [^rapport-2021] (de key van een bron uit "sources"). Is het uw eigen conclusie of advies, begin dan met "Redactie:".'],
    ],
    [
      'a list item without a source, the other with one',
      '## Aanpak\n\n- Eerste stap.[^nieuws]\n- Tweede stap.\n',
      ['4: Het opsommingsteken "Tweede stap." onder "Aanpak" verwijst naar geen enkele bron. Zet achter de zin waar het feit staat een verwijzing zoals [^rapport-2021] (de key van een bron uit "sources"). Is het uw eigen conclusie of advies, begin dan met "Redactie:".'],
    ],
    [
      'a reference to a key that is not in sources',
      '## Aanpak\n\nTien.[^rapport-2012]\n',
      ['3: De verwijzing [^rapport-2012] noemt een bron die niet bij "sources" staat. Bedoelde u [^rapport-2021]? Bekende sleutels: rapport-2021, nieuws.'],
    ],
    [
      'a reference that is not a key',
      '## Aanpak\n\nTien.[^Rapport 2021]\n',
      ['3: De verwijzing [^Rapport 2021] is geen geldige bronsleutel. Schrijf [^sleutel] met de key van een bron uit "sources", in kleine letters met streepjes, zonder spaties: bijvoorbeeld [^rapport-2021]. Bekende sleutels: rapport-2021, nieuws.'],
    ],
    [
      'lessons written again as a section of the text',
      '## Geleerde lessen\n\n- Begin klein.\n',
      ['1: De kop "## Geleerde lessen" hoort niet in de tekst: de lessen staan in het veld "lessons" bovenaan, elk met de bron waar ze op rusten, en de pagina toont ze onder die kop. Zet elke les in "lessons" (text en basis) en haal dit deel uit de tekst.'],
    ],
    [
      'a footnote definition',
      '## Aanpak\n\nTien.[^nieuws]\n\n[^nieuws]: Het nieuwsbericht.\n',
      ['5: Een voetnoot met [^nieuws]: is hier niet nodig. Bronnen staan in het veld "sources" bovenaan; in de tekst verwijst u ernaar met [^sleutel]. Haal de regel die begint met [^nieuws]: weg en zet de bron bij "sources".'],
    ],
  ])('refuses %s', (_, text, expected) => {
    expect(messages(text, keys)).toEqual(expected);
  });

  test('reports every problem in one text, in line order', () => {
    const text = ['## Aanpak', '', '<Citaat wie={naam}>x</Citaat>', '', '[x](JaVaScRiPt:alert(1)) en ![foto](https://elders.nl/foto.jpg)', '', '<span style="color:red">rood</span>'].join('\n');
    expect(messages(text)).toEqual([
      '3: Het kenmerk wie in <Citaat> bevat code tussen accolades ({naam}); alleen tekst tussen aanhalingstekens is toegestaan, zoals wie="tekst".',
      '5: De link "x" gebruikt een adres dat begint met "javascript:"; zo’n adres voert code uit in de browser van de lezer. Toegestaan: adressen die beginnen met https:// (of http://, mailto:, tel:) en links binnen deze site die beginnen met /, zoals /voorbeelden/naam-van-voorbeeld/.',
      '5: De afbeelding "https://elders.nl/foto.jpg" staat op een andere website. De site laadt niets van andere websites (voor de privacy van lezers). Zet de afbeelding naast het voorbeeld in content/cases/ en schrijf ![beschrijving](./bestand.jpg).',
      '7: Het kenmerk style= in <span> is niet toegestaan: de site regelt de opmaak. Haal het weg.',
    ]);
  });

  test('refuses a link that is not a full address', () => {
    expect(messages('## Meer\n\n[ander](andere-case/)\n')).toEqual([
      '3: De link "andere-case/" is geen volledig adres. Een link naar een andere pagina van deze site begint met /, zoals /voorbeelden/naam-van-voorbeeld/; een link naar een andere site begint met https://.',
    ]);
  });

  test('refuses a text without any section', () => {
    expect(messages('\n\n')).toEqual(['-: Onder de gegevens staat geen tekst. Beschrijf het voorbeeld met koppen zoals ## Aanleiding, ## Aanpak en ## Resultaten (zie content/cases/_template.mdx).']);
  });

  test('accepts the lessons heading with other capitals or a colon when lessons are required', () => {
    expect(messages('## Geleerde Lessen:\n\nKlein beginnen.\n', { lessonsReason: 'Verplicht.' })).toEqual([]);
  });
});

describe('urlScheme and urlProblem', () => {
  // A browser ignores case, spaces and control characters in a scheme; so must the check.
  test.each<[string, string | undefined]>([
    ['https://x.nl', 'https'],
    ['JAVASCRIPT:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['\u0000data:text/html,x', 'data'],
    ['/voorbeelden/x/', undefined],
    ['#aanpak', undefined],
  ])('%j → %j', (address, scheme) => {
    expect(urlScheme(address)).toBe(scheme);
  });

  test('allows https, http, mailto and tel only', () => {
    expect(['https://a.nl', 'http://a.nl', 'mailto:a@b.nl', 'tel:123'].map((a) => urlProblem(a, 'De link'))).toEqual([undefined, undefined, undefined, undefined]);
    expect(urlProblem('file:///etc/passwd', 'De link')).toBe(
      'De link gebruikt een adres dat begint met "file:"; dat soort adres werkt niet op een website. Toegestaan: adressen die beginnen met https:// (of http://, mailto:, tel:) en links binnen deze site die beginnen met /, zoals /voorbeelden/naam-van-voorbeeld/.',
    );
  });
});
