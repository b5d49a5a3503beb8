import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkCases, type CaseFileInput } from '../../src/lib/check-cases';
import { formatProblem } from '../../src/lib/check-report';
import { readCaseFiles } from '../../src/lib/read-case-files';
import { caseFile, NOW } from '../fixtures/cases';

const BROKEN = 'tests/fixtures/broken';

/** A valid case with a body of about five megabytes, made here rather than committed. */
function hugeCase(): CaseFileInput {
  const frontmatter = `title: Heel groot voorbeeld
summary: Een voorbeeld met een tekst van vijf megabyte, om te zien dat de controle niet vastloopt.
type: matching
provinces: [overijssel]
sectors: [vvt]
levels: [mbo-3]
aims: [capaciteit]
factors: [regionale-samenwerking]
status: lopend
outcome: onbekend
evidence: beschreven
verification: te-verifieren
sources: [{ title: Een bron }]
contributors: [Redactie]
published: 2026-11-01
reviewed: 2026-11-01`;
  const body = `## Aanpak\n\n${'Een zin over stages die steeds herhaald wordt. '.repeat(110_000)}\n`;
  return { path: `${BROKEN}/vijf-megabyte.mdx`, bytes: new TextEncoder().encode(caseFile(frontmatter, body)) };
}

const corpus = () => [...readCaseFiles(BROKEN), hugeCase()].sort((a, b) => a.path.localeCompare(b.path));

describe('checkCases on the corpus of broken cases', () => {
  test('the corpus has at least 25 broken cases', () => {
    expect(corpus().length).toBeGreaterThanOrEqual(25);
    expect(corpus().find((f) => f.path.endsWith('vijf-megabyte.mdx'))!.bytes.length).toBeGreaterThan(5_000_000);
  });

  test('reports a problem in every file, each with file, field and a Dutch message, and no stack trace', () => {
    const files = corpus();
    const problems = checkCases(files, { now: NOW, dir: BROKEN });
    const withProblems = new Set(problems.map((p) => p.file));
    expect(files.map((f) => f.path).filter((path) => !withProblems.has(path))).toEqual([]);
    for (const problem of problems) {
      expect(problem.file).toMatch(/^tests\/fixtures\/broken\//);
      expect(problem.field.length).toBeGreaterThan(0);
      expect(problem.message).toMatch(/^[A-Z<"]/);
      expect(problem.message).not.toMatch(/\n\s+at |Error:|undefined|\[object /);
    }
  });

  test('points to the line for problems inside the file', () => {
    const problems = checkCases(corpus(), { now: NOW, dir: BROKEN });
    const withoutLine = problems.filter((p) => p.line === undefined).map((p) => `${p.file.split('/').pop()} [${p.field}]`);
    // Only problems with the file as a whole, or with the set of files, have no line.
    expect(withoutLine).toEqual([
      'filters.json.mdx [bestandsnaam]',
      'Hoofdletters_Naam.mdx [bestandsnaam]',
      'leeg.mdx [bestand]',
      'niet-utf8.mdx [bestand]',
      'in-een-submap.mdx [bestand]',
      'verkeerde-extensie.md [bestand]',
      'vijf-megabyte.mdx [bestand]',
      'Ziekenhuis Één.mdx [bestandsnaam]',
      'afbeelding-zonder-alt.mdx [title]',
      'titel-onzichtbare-spatie.mdx [title]',
      'dubbele-titel.mdx [title]',
      'lege-sectie.mdx [title]',
      'dubbel-adres.mdx [redirectFrom]',
    ]);
  });

  test('pins every message a contributor sees', () => {
    const lines = checkCases(corpus(), { now: NOW, dir: BROKEN }).map((p) => formatProblem(p).replace(`${BROKEN}/`, ''));
    expect(lines).toMatchInlineSnapshot(`
      [
        "afbeelding-zonder-alt.mdx:35  [inhoud]  Een afbeelding heeft geen beschrijving (alt-tekst), dus wie de afbeelding niet kan zien mist de inhoud. Schrijf tussen de rechte haken wat er te zien is: ![Studenten en begeleider bij het bed van een cliënt](./foto.jpg).",
        "bron-ontbreekt.mdx:33  [inhoud]  De alinea "Vijf scholen deelden één planning." onder "Aanpak" verwijst naar geen enkele bron. Zet achter de zin waar het feit staat een verwijzing zoals [^verslag] (de key van een bron uit "sources"). Is het uw eigen conclusie of advies, begin dan met "Redactie:".",
        "bron-ontbreekt.mdx:36  [inhoud]  Het opsommingsteken "Een gezamenlijke lijst." onder "Aanpak" verwijst naar geen enkele bron. Zet achter de zin waar het feit staat een verwijzing zoals [^verslag] (de key van een bron uit "sources"). Is het uw eigen conclusie of advies, begin dan met "Redactie:".",
        "component-met-expressie.mdx:35  [inhoud]  Het kenmerk titel in <Kader> bevat code tussen accolades ({geheim}); alleen tekst tussen aanhalingstekens is toegestaan, zoals titel="tekst".",
        "component-onbekend-kenmerk.mdx:35  [inhoud]  Het kenmerk titl is niet toegestaan bij <Kader>. Bedoelde u titel? Toegestaan: titel, soort.",
        "component-onbekend-kenmerk.mdx:35  [inhoud]  Het kenmerk soort="waarschuwing" bij <Kader> is geen bekende waarde. Toegestaan: info, tip, let-op.",
        "component-onbekend-kenmerk.mdx:35  [inhoud]  <Kader> heeft het kenmerk titel="…" nodig (korte kop boven het kader). Voorbeeld: <Kader titel="Let op de planning" soort="let-op">Plan de wissels ruim van tevoren.</Kader>",
        "data-url.mdx:35  [inhoud]  De link "het verslag" gebruikt een adres dat begint met "data:"; een data:-adres kan code of een verborgen bestand bevatten. Toegestaan: adressen die beginnen met https:// (of http://, mailto:, tel:) en links binnen deze site die beginnen met /, zoals /voorbeelden/naam-van-voorbeeld/.",
        "datum-in-de-toekomst.mdx:26  [reviewed]  Het veld "reviewed" bevat "2031-01-01"; die datum ligt in de toekomst. Vul een datum in van vandaag of eerder.",
        "export-in-tekst.mdx:35  [inhoud]  Een regel die begint met "export" is programmacode en niet toegestaan in een voorbeeld: die code zou draaien op de bouwmachine en bij elke lezer. Onderdelen zoals <Kader> en <Citaat> zijn al beschikbaar zonder import. Begint een gewone zin met "export", herschrijf die dan.",
        "expressie-in-tekst.mdx:35  [inhoud]  Tekst tussen accolades ({aantal * 2}) is programmacode en niet toegestaan in een voorbeeld. Bedoelt u de accolades zelf, schrijf dan \\{ en \\}.",
        "filters.json.mdx  [bestandsnaam]  De bestandsnaam "filters.json.mdx" wordt het webadres en mag alleen kleine letters, cijfers en streepjes bevatten, zonder spaties of accenten. Bedoelde u filters-json.mdx?",
        "frontmatter-na-lege-regel.mdx:1  [frontmatter]  Het bestand begint niet met gegevens tussen twee regels met ---. Zet bovenaan een regel ---, daaronder de velden (title:, summary:, …) en daarna weer een regel ---. Zie content/cases/_template.mdx.",
        "geen-frontmatter.mdx:1  [frontmatter]  Het bestand begint niet met gegevens tussen twee regels met ---. Zet bovenaan een regel ---, daaronder de velden (title:, summary:, …) en daarna weer een regel ---. Zie content/cases/_template.mdx.",
        "geschatte-sector.mdx:8  [facetBasis.sectors]  Bij "sectors" staat "vvt", maar "facetBasis.sectors" noemt geen bron die dat zegt. Noem de sleutel van die bron, bijvoorbeeld facetBasis: { sectors: [verslag] }. Noemt geen bron de sectoren, schrijf dan sectors: [niet-vermeld]; een schatting is niet toegestaan.",
        "geverifieerd-zonder-onderbouwing.mdx:16  [verification]  Het veld "verification" is "geverifieerd", maar dat klopt niet met de bronnen: de provincies hebben geen bron in facetBasis.provinces; de webbron "verslag" heeft geen datum "accessed" (wanneer de redactie de bron las). Vul dat aan, of kies verification: deels.",
        "Hoofdletters_Naam.mdx  [bestandsnaam]  De bestandsnaam "Hoofdletters_Naam.mdx" wordt het webadres en mag alleen kleine letters, cijfers en streepjes bevatten, zonder spaties of accenten. Bedoelde u hoofdletters-naam.mdx?",
        "html-commentaar.mdx:35  [inhoud]  Hier staat HTML-commentaar (<!-- … -->); dat kan niet in een voorbeeld. Haal het weg, of zet een opmerking voor de redactie in de beschrijving van uw pull request.",
        "html-element.mdx:35  [inhoud]  Het element <div> is niet toegestaan in een voorbeeld. Gebruik gewone alinea’s, of <Kader titel="…">…</Kader> om iets te laten opvallen. Toegestaan: <Kader>, <Citaat>, <abbr>, <br>, <sub>, <sup>, <small>, <mark>, <span>. Bedoelt u het teken < zelf, schrijf dan \\<.",
        "iframe-element.mdx:35  [inhoud]  Het element <iframe> laadt een andere website of een programma in de pagina en is niet toegestaan in een voorbeeld. Haal het weg. Wel toegestaan: <Kader>, <Citaat>, <abbr>, <br>, <sub>, <sup>, <small>, <mark>, <span>.",
        "import-in-tekst.mdx:35  [inhoud]  Een regel die begint met "import" is programmacode en niet toegestaan in een voorbeeld: die code zou draaien op de bouwmachine en bij elke lezer. Onderdelen zoals <Kader> en <Citaat> zijn al beschikbaar zonder import. Begint een gewone zin met "import", herschrijf die dan.",
        "javascript-link.mdx:35  [inhoud]  De link "het verslag" gebruikt een adres dat begint met "javascript:"; zo’n adres voert code uit in de browser van de lezer. Toegestaan: adressen die beginnen met https:// (of http://, mailto:, tel:) en links binnen deze site die beginnen met /, zoals /voorbeelden/naam-van-voorbeeld/.",
        "kapotte-link.mdx:35  [inhoud]  De link "/voorbeelden/lege-sekties/" wijst naar een voorbeeld dat niet bestaat: er is geen content/cases/lege-sekties.mdx. Bedoelde u /voorbeelden/lege-sectie/?",
        "kop-niveau-een.mdx:29  [inhoud]  De kop "Aanleiding" heeft niveau 1 (#). De titel van de pagina komt al uit het veld title; begin koppen in de tekst met ##, zoals ## Aanleiding.",
        "kopniveau-overgeslagen.mdx:37  [inhoud]  De kop "Cijfers" (niveau 4, ####) volgt op een kop van niveau 2: er wordt een niveau overgeslagen, en dan raken lezers met een schermlezer de weg kwijt. Gebruik ### Cijfers.",
        "leeg.mdx  [bestand]  Het bestand is leeg. Begin met een kopie van content/cases/_template.mdx.",
        "lege-sectie.mdx:29  [inhoud]  Onder de kop "Aanleiding" staat geen tekst. Schrijf iets onder de kop, of haal de kop weg.",
        "les-zonder-basis.mdx:23  [lessons[1]]  Het veld "lessons[1]" is alleen een zin. Schrijf bij elke geleerde les ook waar die op rust: de sleutel van een bron uit sources, of "redactie" als het eigen advies van de redactie is. Voorbeeld: "- text: Begin klein en leg afspraken vast." met op de regel eronder "  basis: scenarios-2021".",
        "lessen-in-de-tekst.mdx:38  [inhoud]  De kop "## Geleerde lessen" hoort niet in de tekst: de lessen staan in het veld "lessons" bovenaan, elk met de bron waar ze op rusten, en de pagina toont ze onder die kop. Zet elke les in "lessons" (text en basis) en haal dit deel uit de tekst.",
        "lessen-ontbreken.mdx:2  [lessons]  Het veld "lessons" ontbreekt of is leeg. Bij uitkomst "werkt-niet" en status "gestopt" is minstens één geleerde les verplicht met als basis een bron, niet alleen "redactie": juist wat niet werkte helpt anderen, en een mislukking staat hier alleen als een bron haar meldt.",
        "losse-accolade.mdx:35  [inhoud]  Een accolade { of } wordt gelezen als programmacode, en code is niet toegestaan in een voorbeeld. Bedoelt u het teken zelf, schrijf dan \\{ of \\}. (technische melding: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`)",
        "mislukking-zonder-bron.mdx:23  [lessons]  Elke les in "lessons" heeft als basis alleen "redactie". Bij uitkomst "werkt-niet" is minstens één geleerde les verplicht met als basis een bron, niet alleen "redactie": juist wat niet werkte helpt anderen, en een mislukking staat hier alleen als een bron haar meldt.",
        "navolging-dubbel-origineel.mdx:26  [basedOn[2].case]  Het voorbeeld "lege-sectie" staat meer dan één keer bij "basedOn". Noem elk voorbeeld waar de aanpak van komt één keer, met de bron die het het duidelijkst zegt.",
        "navolging-onbekend-voorbeeld.mdx:24  [basedOn[1].case]  Het veld "basedOn[1].case" verwijst naar "lege-sectei", maar er is geen voorbeeld met die naam in content/cases/. Bedoelde u "lege-sectie"?",
        "navolging-onbekende-bron.mdx:25  [basedOn[1].source]  Het veld "basedOn[1].source" verwijst naar de bron "verslg", maar geen bron in "sources" heeft die sleutel. Bedoelde u "verslag"? Bekende sleutels: verslag.",
        "niet-utf8.mdx  [bestand]  Het bestand is niet opgeslagen als UTF-8 (tekens zoals ë of â gaan dan mis). Sla het op als UTF-8 (in Kladblok: Opslaan als, codering UTF-8) en probeer opnieuw.",
        "on-attribuut.mdx:35  [inhoud]  Het kenmerk onmouseover= in <abbr> voert code uit in de browser van de lezer en is niet toegestaan. Haal het weg.",
        "onbekende-bronsleutel.mdx:29  [inhoud]  De verwijzing [^verslagen] noemt een bron die niet bij "sources" staat. Bedoelde u [^verslag]? Bekende sleutels: verslag.",
        "onbekende-provincie.mdx:5  [provinces[1]]  Het veld "provinces[1]" bevat "noordholland"; dat is geen bekende waarde voor provincie. Bedoelde u "noord-holland"? Toegestaan: groningen, fryslan, drenthe, overijssel, flevoland, gelderland, utrecht, noord-holland, zuid-holland, zeeland, noord-brabant, limburg, landelijk.",
        "ongebruikte-bron.mdx:22  [sources]  Waarschuwing: De bron "krant" staat bij "sources", maar geen zin, les of veld verwijst ernaar. Verwijs ernaar met [^krant] achter de zin die erop rust, of haal de bron weg.",
        "script-element.mdx:35  [inhoud]  Het element <script> kan code uitvoeren in de browser van de lezer en is niet toegestaan in een voorbeeld. Haal het weg. Wel toegestaan: <Kader>, <Citaat>, <abbr>, <br>, <sub>, <sup>, <small>, <mark>, <span>.",
        "slug-veld.mdx:4  [slug]  Er staat een onbekend veld: "slug". Toegestane velden in een voorbeeld: title, summary, type, provinces, labourMarketRegions, place, sectors, levels, routes, aims, factors, scenarios, status, statusAsOf, statusSource, stopReason, outcome, outcomeBasis, evidence, verification, started, ended, organisations, sources, facetBasis, lessons, conditions, scale, effort, results, contact, contributors, published, reviewed, related, basedOn, redirectFrom, draft.",
        "status-nieuwer-dan-bron.mdx:12  [statusAsOf]  Het veld "statusAsOf" (2026) ligt na het jaar van de bron "verslag" (2024). Een bron kan alleen de status laten zien van het jaar waarin zij verscheen of eerder.",
        "style-element.mdx:35  [inhoud]  Het element <style> verandert de opmaak van de hele site en is niet toegestaan in een voorbeeld. Haal het weg. Wel toegestaan: <Kader>, <Citaat>, <abbr>, <br>, <sub>, <sup>, <small>, <mark>, <span>.",
        "style-element.mdx:35  [inhoud]  Tekst tussen accolades ({\`body { display: none }\`}) is programmacode en niet toegestaan in een voorbeeld. Bedoelt u de accolades zelf, schrijf dan \\{ en \\}.",
        "submap/in-een-submap.mdx  [bestand]  Het bestand staat in een submap. Zet elk voorbeeld direct in tests/fixtures/broken/, zodat de bestandsnaam het webadres wordt.",
        "titel-leesrichting.mdx:2  [title]  Het veld "title" bevat een onzichtbaar teken (U+202E, een teken dat de leesrichting van de tekst verandert) op plaats 14. Zulke tekens laten tekst anders lijken dan hij is, bijvoorbeeld een woord achterstevoren. Haal het teken weg: typ de tekst opnieuw, of plak hem als platte tekst (Ctrl+Shift+V).",
        "titel-onzichtbare-spatie.mdx:2  [title]  Het veld "title" bevat een onzichtbaar teken (U+200B, een onzichtbare spatie) op plaats 27. Zulke tekens laten tekst anders lijken dan hij is, bijvoorbeeld een woord achterstevoren. Haal het teken weg: typ de tekst opnieuw, of plak hem als platte tekst (Ctrl+Shift+V).",
        "uitkomst-zonder-basis.mdx:2  [outcomeBasis]  Het veld "outcomeBasis" ontbreekt. Bij uitkomst "werkt" moet erbij staan welke bron dat laat zien en wie het zegt: de initiatiefnemers zelf (by: initiatiefnemer) of onafhankelijk onderzoek (by: onafhankelijk). Voorbeeld: outcomeBasis: { sources: [scenarios-2021], by: initiatiefnemer }. Zegt geen bron iets over het resultaat, kies dan outcome: onbekend.",
        "veldnaam-verkeerd.mdx:2  [sectors]  Het veld "sectors" ontbreekt, maar is verplicht. Verwacht: een lijst met sectoren. Voorbeeld: [umc]",
        "veldnaam-verkeerd.mdx:6  [sectros]  Er staat een onbekend veld: "sectros" (bedoelde u "sectors"?). Toegestane velden in een voorbeeld: title, summary, type, provinces, labourMarketRegions, place, sectors, levels, routes, aims, factors, scenarios, status, statusAsOf, statusSource, stopReason, outcome, outcomeBasis, evidence, verification, started, ended, organisations, sources, facetBasis, lessons, conditions, scale, effort, results, contact, contributors, published, reviewed, related, basedOn, redirectFrom, draft.",
        "verkeerde-extensie.md  [bestand]  Alleen .mdx-bestanden horen in content/cases/. Geef het bestand de extensie .mdx, bijvoorbeeld verkeerde-extensie.mdx.",
        "vijf-megabyte.mdx  [bestand]  Het bestand is te groot: 5,2 MB, hoogstens 1 MB toegestaan. Een voorbeeld is een paar pagina’s tekst; verwijs voor de rest naar de bronnen.",
        "yaml-aliasbom.mdx:6  [b]  De gegevens bovenaan (bij het veld "b") verwijzen te vaak naar een ander deel met *naam: hoogstens 20 keer is toegestaan. Zo’n verwijzing kan een klein bestand enorm groot maken. Schrijf elke waarde gewoon uit en haal de &naam- en *naam-verwijzingen weg.",
        "yaml-dubbel-veld.mdx:20  [type]  De gegevens bovenaan zijn geen geldige YAML (bij het veld "type"): het veld "type" staat twee keer in de gegevens. Haal één van de twee weg.",
        "yaml-dubbele-punt.mdx:3  [summary]  De gegevens bovenaan zijn geen geldige YAML (bij het veld "summary"): er staat een dubbele punt (:) midden in de tekst, of de regel springt verder in dan hoort. Staat er een dubbele punt in de tekst, zet de hele tekst dan tussen aanhalingstekens, zoals summary: "Let op: …".",
        "yaml-inspringen.mdx:15  [sources]  De gegevens bovenaan zijn geen geldige YAML (bij het veld "sources"): er staat een dubbele punt (:) midden in de tekst, of de regel springt verder in dan hoort. Staat er een dubbele punt in de tekst, zet de hele tekst dan tussen aanhalingstekens, zoals summary: "Let op: …".",
        "yaml-js-functie.mdx:3  [summary]  De gegevens bovenaan gebruiken de YAML-tag !!js/function (bij het veld "summary"). Tags (woorden die met ! beginnen) zijn niet toegestaan, want ze laten een lezer iets anders doen dan tekst lezen. Haal de tag weg; zet tekst die met ! begint tussen aanhalingstekens, zoals title: "!Wow".",
        "yaml-merge-sleutel.mdx:8  [<<]  De gegevens bovenaan gebruiken <<: om velden over te nemen uit een ander deel. Dat is niet toegestaan, want niet elke lezer van YAML doet hetzelfde met <<. Schrijf de velden gewoon uit.",
        "yaml-tab.mdx:15  [sources]  De gegevens bovenaan zijn geen geldige YAML (bij het veld "sources"): er staat een tab aan het begin van de regel. Gebruik spaties om in te springen (twee per niveau).",
        "Ziekenhuis Één.mdx  [bestandsnaam]  De bestandsnaam "Ziekenhuis Één.mdx" wordt het webadres en mag alleen kleine letters, cijfers en streepjes bevatten, zonder spaties of accenten. Bedoelde u ziekenhuis-een.mdx?",
        "afbeelding-zonder-alt.mdx  [title]  De titel "Kapot voorbeeld afbeelding-zonder-alt" wordt ook gebruikt door tests/fixtures/broken/titel-onzichtbare-spatie.mdx. Geef elk voorbeeld een eigen titel, zodat lezers ze uit elkaar houden.",
        "titel-onzichtbare-spatie.mdx  [title]  De titel "Kapot voorbeeld afbeelding-zonder-alt" wordt ook gebruikt door tests/fixtures/broken/afbeelding-zonder-alt.mdx. Geef elk voorbeeld een eigen titel, zodat lezers ze uit elkaar houden.",
        "dubbele-titel.mdx  [title]  De titel "Kapot voorbeeld lege-sectie" wordt ook gebruikt door tests/fixtures/broken/lege-sectie.mdx. Geef elk voorbeeld een eigen titel, zodat lezers ze uit elkaar houden.",
        "lege-sectie.mdx  [title]  De titel "Kapot voorbeeld lege-sectie" wordt ook gebruikt door tests/fixtures/broken/dubbele-titel.mdx. Geef elk voorbeeld een eigen titel, zodat lezers ze uit elkaar houden.",
        "dubbel-adres.mdx  [redirectFrom]  Het oude adres "lege-sectie" in redirectFrom is het adres van tests/fixtures/broken/lege-sectie.mdx. Een oud adres mag alleen naar één voorbeeld leiden; haal het weg of kies het juiste voorbeeld.",
        "navolging-kring-a.mdx:24  [basedOn[1].case]  Het veld "basedOn[1].case" zegt dat dit voorbeeld is gebaseerd op "navolging-kring-b", maar "navolging-kring-b" is zelf gebaseerd op dit voorbeeld: navolging-kring-a → navolging-kring-b → navolging-kring-a. Een aanpak kan niet over en weer zijn overgenomen. Kies volgens de bronnen welk voorbeeld het origineel is en haal basedOn weg bij dat origineel.",
        "navolging-kring-b.mdx:24  [basedOn[1].case]  Het veld "basedOn[1].case" zegt dat dit voorbeeld is gebaseerd op "navolging-kring-a", maar "navolging-kring-a" is zelf gebaseerd op dit voorbeeld: navolging-kring-b → navolging-kring-a → navolging-kring-b. Een aanpak kan niet over en weer zijn overgenomen. Kies volgens de bronnen welk voorbeeld het origineel is en haal basedOn weg bij dat origineel.",
        "navolging-zichzelf.mdx:24  [basedOn[1].case]  Het veld "basedOn[1].case" verwijst naar dit voorbeeld zelf ("navolging-zichzelf"). Bij basedOn staat een ander voorbeeld: het voorbeeld waar deze aanpak van is overgenomen.",
      ]
    `);
  });

  test('each kind of broken case has its own fixture', () => {
    const names = readdirSync(BROKEN);
    const evidence = ['bron-ontbreekt', 'onbekende-bronsleutel', 'les-zonder-basis', 'mislukking-zonder-bron', 'uitkomst-zonder-basis', 'geschatte-sector', 'geverifieerd-zonder-onderbouwing', 'lessen-in-de-tekst', 'ongebruikte-bron', 'status-nieuwer-dan-bron', 'navolging-onbekend-voorbeeld', 'navolging-zichzelf', 'navolging-onbekende-bron', 'navolging-dubbel', 'navolging-kring-a', 'navolging-kring-b'];
    for (const kind of ['Één', 'filters.json', 'js-functie', 'merge-sleutel', 'aliasbom', 'leesrichting', 'onzichtbare-spatie', 'slug-veld', 'import', 'export', 'expressie', 'script', 'iframe', 'style', 'on-attribuut', 'javascript', 'data-url', 'html-element', 'afbeelding-zonder-alt', 'kopniveau', 'lessen-ontbreken', 'kapotte-link', 'lege-sectie', 'yaml', 'leeg', 'niet-utf8', 'dubbel', 'Hoofdletters', ...evidence]) {
      expect(names.some((name) => name.includes(kind)), kind).toBe(true);
    }
  });
});

describe('npm run check', () => {
  const run = (args: string[], env: Record<string, string> = {}) => {
    try {
      return { code: 0, out: execFileSync('npx', ['vite-node', 'scripts/check-cases.ts', ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } }) };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: `${e.stdout}${e.stderr}` };
    }
  };

  test('passes the real cases', () => {
    const { code, out } = run([]);
    expect(out).toMatch(/in orde\.\n$/);
    expect(code).toBe(0);
  });

  test('fails on the broken corpus with one line per problem, annotations in GitHub Actions, and no stack trace', () => {
    const { code, out } = run([BROKEN], { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(1);
    expect(out).toContain('tests/fixtures/broken/script-element.mdx:35  [inhoud]  Het element <script> kan code uitvoeren');
    expect(out).toContain('::error file=tests/fixtures/broken/script-element.mdx,line=35,title=inhoud::Het element <script> kan code uitvoeren');
    expect(out).toMatch(/\d+ problemen in 5\d van de 60 bestanden\./);
    // A warning (a source nothing cites) is annotated as a warning, not an error.
    expect(out).toContain('::warning file=tests/fixtures/broken/ongebruikte-bron.mdx,line=22,title=sources::');
    expect(out).not.toMatch(/\n\s+at /);
  });
});

describe('checkCases onRead (the build reuses what the check read)', () => {
  test('hands over the text and the frontmatter as written of every readable case, and of no other file', () => {
    const read: { path: string; source: string; raw: Record<string, unknown> }[] = [];
    const files = readCaseFiles('content/cases');
    checkCases(files, { dir: 'content/cases', onRead: (path, source, raw) => read.push({ path, source, raw }) });
    expect(read.map((r) => r.path)).toEqual(files.map((f) => f.path));
    for (const { path, source, raw } of read.slice(0, 5)) {
      expect(source).toBe(new TextDecoder().decode(files.find((f) => f.path === path)!.bytes));
      expect(typeof raw.title).toBe('string');
    }
    const broken: string[] = [];
    checkCases(corpus(), { dir: BROKEN, onRead: (path) => broken.push(path) });
    // Files that cannot be read (not UTF-8, no frontmatter, YAML errors, too big) are not handed over.
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.length).toBeLessThan(corpus().length);
  });
});
