import { describe, expect, test } from 'vitest';
import { createCaseSchema } from '../../src/schemas/case';
import { knownSlugs, NOW, validCase } from '../fixtures/cases';

const schema = createCaseSchema({ now: NOW, knownSlugs });

/** The Dutch messages for frontmatter changed by `change`. */
function messagesFor(change: (data: Record<string, unknown>) => void): string[] {
  const data = validCase();
  change(data);
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('caseSchema', () => {
  test('accepts a complete valid case and normalises it', () => {
    const result = schema.parse(validCase());
    expect(result.published).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(result.contributors).toEqual([{ name: 'Redactie Praktijkbank Zorgstages' }]);
    expect(result.draft).toBe(false);
  });

  test('accepts a minimal case: optional fields may be left out', () => {
    const data = validCase();
    for (const key of ['labourMarketRegions', 'place', 'scenarios', 'started', 'organisations', 'lessons', 'conditions', 'related']) delete data[key];
    const result = schema.parse(data);
    expect(result.lessons).toEqual([]);
    expect(result.organisations).toEqual([]);
  });

  test('accepts a stopped failure with reason and lessons, and an anonymised organisation', () => {
    const result = schema.safeParse({
      ...validCase(),
      status: 'gestopt',
      outcome: 'werkt-niet',
      stopReason: 'Het systeem bleek te ingewikkeld en werd niet gebruikt.',
      organisations: [{ name: 'een VVT-organisatie in Overijssel', role: 'zorg', anonymised: true }],
      contributors: [{ name: 'Jan Jansen', organisation: 'Zorggroep', orcid: '0000-0002-1825-0097' }],
    });
    expect(result.success).toBe(true);
  });

  test('accepts dates given as Date objects, as Astro’s YAML parser delivers them', () => {
    expect(schema.safeParse({ ...validCase(), published: new Date('2026-11-01'), reviewed: new Date('2026-11-02') }).success).toBe(true);
  });

  test('accepts a region in a province it reaches across the border (Deventer: Stedendriehoek in Overijssel)', () => {
    const data = { ...validCase(), provinces: ['overijssel'], labourMarketRegions: ['stedendriehoek-noord-veluwe'] };
    expect(schema.safeParse(data).success).toBe(true);
  });

  test('accepts [landelijk] without provinces', () => {
    expect(schema.safeParse({ ...validCase(), provinces: ['landelijk'], labourMarketRegions: undefined }).success).toBe(true);
  });

  // One row per kind of mistake a contributor makes; each pins the Dutch message they see.
  test.each<[string, (d: Record<string, unknown>) => void, string[]]>([
    ['missing title', (d) => delete d.title, ['title: Het veld "title" ontbreekt, maar is verplicht. Verwacht: tekst (de naam van het voorbeeld). Voorbeeld: Ketenstage "Student volgt Cliënt" in Oost-Groningen']],
    ['title too short', (d) => (d.title = 'Kort'), ['title: Het veld "title" is te kort: 4 tekens, minstens 5 nodig (de naam van het voorbeeld). Voorbeeld: Ketenstage "Student volgt Cliënt" in Oost-Groningen']],
    ['summary too long', (d) => (d.summary = 'x'.repeat(301)), ['summary: Het veld "summary" is te lang: 301 tekens, hoogstens 300 toegestaan (één of twee zinnen).']],
    [
      'unknown province with a near match',
      (d) => (d.provinces = ['noordholland']),
      ['provinces.0: Het veld "provinces[1]" bevat "noordholland"; dat is geen bekende waarde voor provincie. Bedoelde u "noord-holland"? Toegestaan: groningen, fryslan, drenthe, overijssel, flevoland, gelderland, utrecht, noord-holland, zuid-holland, zeeland, noord-brabant, limburg, landelijk.'],
    ],
    [
      'province written as its label',
      (d) => (d.provinces = ['Fryslân']),
      ['provinces.0: Het veld "provinces[1]" bevat "Fryslân"; dat is geen bekende waarde voor provincie. Bedoelde u "fryslan"? Toegestaan: groningen, fryslan, drenthe, overijssel, flevoland, gelderland, utrecht, noord-holland, zuid-holland, zeeland, noord-brabant, limburg, landelijk.'],
    ],
    [
      'misspelt field name',
      (d) => ((d.sectros = d.sectors), delete d.sectors),
      [
        'sectors: Het veld "sectors" ontbreekt, maar is verplicht. Verwacht: een lijst met sectoren. Voorbeeld: [umc]',
        ': Er staat een onbekend veld: "sectros" (bedoelde u "sectors"?). Toegestane velden in een voorbeeld: title, summary, type, provinces, labourMarketRegions, place, sectors, levels, routes, aims, factors, scenarios, status, statusAsOf, statusSource, stopReason, outcome, outcomeBasis, evidence, verification, started, ended, organisations, sources, facetBasis, lessons, conditions, scale, effort, results, contact, contributors, published, reviewed, related, basedOn, redirectFrom, draft.',
      ],
    ],
    [
      'unknown intervention type',
      (d) => (d.type = 'stagepool'),
      ['type: Het veld "type" bevat "stagepool"; dat is geen bekende waarde voor type aanpak. Toegestaan: ketenstage, gildeleren, leerafdeling, hybride-docentschap, matching, opleidingsbedrijf, regionaal-netwerk, flexibele-stage, begeleidersondersteuning, kwaliteitsmonitor, crisisaanpak, praktijkleren-op-school, financiering, capaciteitsbeleid, meldroute.'],
    ],
    ['sectors given as text instead of a list', (d) => (d.sectors = 'vvt'), ['sectors: Het veld "sectors" bevat tekst ("vvt"), maar verwacht wordt een lijst met sectoren. Voorbeeld: [umc]']],
    ['six factors', (d) => (d.factors = ['begeleidingstijd', 'begeleiders', 'bekostiging', 'leerklimaat', 'regelgeving', 'beeldvorming']), ['factors: Kies hoogstens 5 factoren: alleen waar het voorbeeld echt op ingrijpt.']],
    ['no aims', (d) => (d.aims = []), ['aims: Kies minstens één waarde voor doelen. Toegestaan: kwaliteit, capaciteit, uitval, binding.']],
    [
      'failure without lessons',
      (d) => ((d.outcome = 'werkt-niet'), (d.lessons = [])),
      ['lessons: Het veld "lessons" ontbreekt of is leeg. Bij uitkomst "werkt-niet" is minstens één geleerde les verplicht met als basis een bron, niet alleen "redactie": juist wat niet werkte helpt anderen, en een mislukking staat hier alleen als een bron haar meldt.'],
    ],
    [
      'gestopt without reason',
      (d) => (d.status = 'gestopt'),
      ['stopReason: Het veld "stopReason" ontbreekt. Bij status "gestopt" is een reden verplicht, bijvoorbeeld: De subsidie liep af en niemand nam de kosten over.'],
    ],
    ['ended before started', (d) => ((d.started = 2020), (d.ended = 2018)), ['ended: Het veld "ended" (2018) ligt vóór "started" (2020). Het eindjaar moet gelijk aan of later dan het beginjaar zijn.']],
    ['started in the future', (d) => (d.started = 2030), ['started: Het veld "started" bevat 2030; een jaartal moet tussen 1950 en 2026 liggen (niet in de toekomst).']],
    ['reviewed in the future', (d) => (d.reviewed = '2027-01-05'), ['reviewed: Het veld "reviewed" bevat "2027-01-05"; die datum ligt in de toekomst. Vul een datum in van vandaag of eerder.']],
    [
      'reviewed before published',
      (d) => ((d.published = '2026-11-20'), (d.reviewed = '2026-11-01')),
      ['reviewed: Het veld "reviewed" ("2026-11-01") ligt vóór "published" ("2026-11-20"). Een voorbeeld kan pas na publicatie worden herzien.'],
    ],
    ['impossible date', (d) => (d.published = '2026-13-45'), ['published: Het veld "published" bevat "2026-13-45"; dat is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-23.']],
    [
      'javascript: URL in a source',
      (d) => (d.sources = [{ key: 'scenarios-2021', title: 'Bron', url: 'javascript:alert(1)' }]),
      ['sources.0.url: Het veld "sources[1].url" bevat "javascript:alert(1)"; dat is geen geldig webadres. Alleen adressen die beginnen met https:// of http:// zijn toegestaan. Voorbeeld: https://www.voorbeeld.nl/pagina'],
    ],
    [
      'data: URL for an organisation',
      (d) => (d.organisations = [{ name: 'School', role: 'onderwijs', url: 'data:text/html,hoi' }]),
      ['organisations.0.url: Het veld "organisations[1].url" bevat "data:text/html,hoi"; dat is geen geldig webadres. Alleen adressen die beginnen met https:// of http:// zijn toegestaan. Voorbeeld: https://www.voorbeeld.nl/pagina'],
    ],
    ['no sources', (d) => (d.sources = []), ['sources: Noem minstens één bron (sources): elk feit in een voorbeeld moet na te lezen zijn.']],
    ['source without title', (d) => (d.sources = [{ key: 'scenarios-2021', url: 'https://ecbo.nl/' }]), ['sources.0.title: Het veld "sources[1].title" ontbreekt, maar is verplicht. Verwacht: tekst (titel van de bron). Voorbeeld: Drie scenario’s voor stages in de zorg']],
    [
      'related slug that does not exist',
      (d) => (d.related = ['gildeleren-umc']),
      ['related.0: Het veld "related[1]" verwijst naar "gildeleren-umc", maar er is geen voorbeeld met die naam in content/cases/. Bedoelde u "gildeleren-umcg"?'],
    ],
    // Navolging (basedOn): an existing original, a source of this case that says so, each original once.
    [
      'basedOn names a case that does not exist',
      (d) => (d.basedOn = [{ case: 'gildeleren-umc', source: 'scenarios-2021' }]),
      ['basedOn.0.case: Het veld "basedOn[1].case" verwijst naar "gildeleren-umc", maar er is geen voorbeeld met die naam in content/cases/. Bedoelde u "gildeleren-umcg"?'],
    ],
    [
      'basedOn cites a source that is not listed',
      (d) => (d.basedOn = [{ case: 'gildeleren-umcg', source: 'scenarios-2012' }]),
      ['basedOn.0.source: Het veld "basedOn[1].source" verwijst naar de bron "scenarios-2012", maar geen bron in "sources" heeft die sleutel. Bedoelde u "scenarios-2021"? Bekende sleutels: scenarios-2021.'],
    ],
    [
      'basedOn without a source',
      (d) => (d.basedOn = [{ case: 'gildeleren-umcg' }]),
      ['basedOn.0.source: Het veld "basedOn[1].source" ontbreekt, maar is verplicht. Verwacht: de sleutel van een bron (de bron die zegt dat de aanpak van het andere voorbeeld komt). Voorbeeld: scenarios-2021'],
    ],
    [
      'basedOn names the same original twice',
      (d) => (d.basedOn = [{ case: 'gildeleren-umcg', source: 'scenarios-2021' }, { case: 'gildeleren-umcg', source: 'scenarios-2021', note: 'Nog eens genoemd.' }]),
      ['basedOn.1.case: Het voorbeeld "gildeleren-umcg" staat meer dan één keer bij "basedOn". Noem elk voorbeeld waar de aanpak van komt één keer, met de bron die het het duidelijkst zegt.'],
    ],
    [
      'basedOn quote longer than 30 words',
      (d) => (d.basedOn = [{ case: 'gildeleren-umcg', source: 'scenarios-2021', quote: 'woord '.repeat(31).trim() }]),
      ['basedOn.0.quote: Het citaat in "basedOn[1].quote" heeft 31 woorden; hoogstens 30 mag. Citeer een korte zinsnede en vat de rest in eigen woorden samen.'],
    ],
    [
      'basedOn with a misspelled field',
      (d) => (d.basedOn = [{ case: 'gildeleren-umcg', sourc: 'scenarios-2021' }]),
      [
        'basedOn.0.source: Het veld "basedOn[1].source" ontbreekt, maar is verplicht. Verwacht: de sleutel van een bron (de bron die zegt dat de aanpak van het andere voorbeeld komt). Voorbeeld: scenarios-2021',
        'basedOn.0: In "basedOn[1]" staat een onbekend veld: "sourc" (bedoelde u "source"?). Toegestane velden bij basedOn: case, source, quote, note.',
      ],
    ],
    ['basedOn written as a bare slug', (d) => (d.basedOn = ['gildeleren-umcg']), ['basedOn.0: Het veld "basedOn[1]" bevat tekst ("gildeleren-umcg"), maar verwacht wordt een groep velden (bij basedOn). Voorbeeld: { case: gildeleren-umcg, source: verslag-2024 }']],
    [
      'organisation role not allowed',
      (d) => (d.organisations = [{ name: 'Gemeente Assen', role: 'gemeente' }]),
      ['organisations.0.role: Het veld "organisations[1].role" bevat "gemeente"; dat is geen bekende waarde voor rol. Toegestaan: onderwijs, zorg, overheid, netwerk, overig.'],
    ],
    [
      'labour-market region outside the listed provinces',
      (d) => (d.labourMarketRegions = ['twente']),
      ['labourMarketRegions.0: De arbeidsmarktregio "twente" ligt in provincie "overijssel", maar die staat niet bij "provinces". Voeg "overijssel" toe aan provinces of kies een andere regio.'],
    ],
    [
      'border-crossing region outside both of its provinces',
      (d) => (d.labourMarketRegions = ['stedendriehoek-noord-veluwe']),
      ['labourMarketRegions.0: De arbeidsmarktregio "stedendriehoek-noord-veluwe" ligt in provincie "gelderland" of "overijssel", maar die staat niet bij "provinces". Voeg "gelderland" of "overijssel" toe aan provinces of kies een andere regio.'],
    ],
    ['landelijk mixed with a province', (d) => ((d.provinces = ['landelijk', 'utrecht']), (d.labourMarketRegions = undefined)), ['provinces: Het veld "provinces" bevat "landelijk" samen met provincies. Kies óf [landelijk], óf één of meer provincies.']],
    ['no contributors', (d) => (d.contributors = []), ['contributors: Noem minstens één auteur van deze beschrijving (contributors).']],
    ['duplicate sector', (d) => (d.sectors = ['vvt', 'vvt']), ['sectors: Een waarde staat dubbel in de lijst sectoren; noem elke waarde één keer.']],
    // The evidence model: every fact, facet, lesson and outcome rests on a named source.
    [
      'lesson written as a bare sentence (no basis)',
      (d) => (d.lessons = ['Begin klein en leg afspraken vast.']),
      ['lessons.0: Het veld "lessons[1]" is alleen een zin. Schrijf bij elke geleerde les ook waar die op rust: de sleutel van een bron uit sources, of "redactie" als het eigen advies van de redactie is. Voorbeeld: "- text: Begin klein en leg afspraken vast." met op de regel eronder "  basis: scenarios-2021".'],
    ],
    [
      'lesson citing a source that is not listed',
      (d) => (d.lessons = [{ text: 'Begin klein en leg afspraken vast.', basis: 'scenarios-2012' }]),
      ['lessons.0.basis: Het veld "lessons[1].basis" verwijst naar de bron "scenarios-2012", maar geen bron in "sources" heeft die sleutel. Bedoelde u "scenarios-2021"? Bekende sleutels: scenarios-2021, of "redactie" voor eigen advies van de redactie.'],
    ],
    [
      'failure whose lessons are all editorial',
      (d) => ((d.outcome = 'werkt-niet'), (d.lessons = [{ text: 'Begin klein en leg afspraken vast.', basis: 'redactie' }])),
      ['lessons: Elke les in "lessons" heeft als basis alleen "redactie". Bij uitkomst "werkt-niet" is minstens één geleerde les verplicht met als basis een bron, niet alleen "redactie": juist wat niet werkte helpt anderen, en een mislukking staat hier alleen als een bron haar meldt.'],
    ],
    [
      'outcome without a basis',
      (d) => delete d.outcomeBasis,
      ['outcomeBasis: Het veld "outcomeBasis" ontbreekt. Bij uitkomst "veelbelovend" moet erbij staan welke bron dat laat zien en wie het zegt: de initiatiefnemers zelf (by: initiatiefnemer) of onafhankelijk onderzoek (by: onafhankelijk). Voorbeeld: outcomeBasis: { sources: [scenarios-2021], by: initiatiefnemer }. Zegt geen bron iets over het resultaat, kies dan outcome: onbekend.'],
    ],
    [
      'outcome basis with an unknown kind of author',
      (d) => (d.outcomeBasis = { sources: ['scenarios-2021'], by: 'extern' }),
      ['outcomeBasis.by: Het veld "outcomeBasis.by" bevat "extern"; dat is geen bekende waarde voor wie zegt dat. Toegestaan: initiatiefnemer, onafhankelijk.'],
    ],
    [
      'sectors that no source states (an estimate)',
      (d) => (d.facetBasis = { levels: ['scenarios-2021'] }),
      ['facetBasis.sectors: Bij "sectors" staat "ziekenhuizen", "vvt", maar "facetBasis.sectors" noemt geen bron die dat zegt. Noem de sleutel van die bron, bijvoorbeeld facetBasis: { sectors: [scenarios-2021] }. Noemt geen bron de sectoren, schrijf dan sectors: [niet-vermeld]; een schatting is niet toegestaan.'],
    ],
    ['niet-vermeld mixed with a sector', (d) => (d.sectors = ['niet-vermeld', 'vvt']), ['sectors: Het veld "sectors" bevat "niet-vermeld" samen met andere waarden. Kies óf [niet-vermeld], óf de waarden die een bron noemt.']],
    [
      'status without the year of a dated source',
      (d) => delete d.statusAsOf,
      ['statusAsOf: Het veld "statusAsOf" ontbreekt. De bron "scenarios-2021" is van 2021: schrijf statusAsOf: 2021 (of het jaar dat de bron zelf als huidig noemt). Laat het veld alleen weg als de bron geen datum heeft.'],
    ],
    [
      'status said to be newer than its source',
      (d) => (d.statusAsOf = 2024),
      ['statusAsOf: Het veld "statusAsOf" (2024) ligt na het jaar van de bron "scenarios-2021" (2021). Een bron kan alleen de status laten zien van het jaar waarin zij verscheen of eerder.'],
    ],
    [
      'verification geverifieerd that the provenance does not support',
      (d) => (d.verification = 'geverifieerd'),
      ['verification: Het veld "verification" is "geverifieerd", maar dat klopt niet met de bronnen: de provincies hebben geen bron in facetBasis.provinces; de webbron "scenarios-2021" heeft geen datum "accessed" (wanneer de redactie de bron las). Vul dat aan, of kies verification: deels.'],
    ],
    [
      'quote longer than thirty words',
      (d) => (d.lessons = [{ text: 'Begin klein en leg afspraken vast.', basis: 'scenarios-2021', quote: Array.from({ length: 31 }, () => 'woord').join(' ') }]),
      ['lessons.0.quote: Het citaat in "lessons[1].quote" heeft 31 woorden; hoogstens 30 mag. Citeer een korte zinsnede en vat de rest in eigen woorden samen.'],
    ],
    [
      'two sources with the same key',
      (d) => (d.sources = [...(d.sources as object[]), { key: 'scenarios-2021', title: 'Nog een bron' }]),
      ['sources.1.key: De bronsleutel "scenarios-2021" staat bij twee bronnen. Geef elke bron een eigen sleutel, bijvoorbeeld scenarios-2021-2.'],
    ],
    [
      'contact with a personal e-mail address',
      (d) => (d.contact = { organisation: 'j.jansen@voorbeeld.nl', url: 'https://www.voorbeeld.nl/' }),
      ['contact.organisation: Bij "contact" staat alleen de naam van een organisatie en het adres van haar webpagina, geen e-mailadres, telefoonnummer of naam van een persoon.'],
    ],
    [
      'a measured result without saying who measured',
      (d) => (d.results = [{ measure: 'Aantal stageplaatsen', value: '65', source: 'scenarios-2021' }]),
      ['results.0.independent: Het veld "independent" is verplicht: true (onafhankelijk gemeten) of false (door de initiatiefnemers zelf gemeten).'],
    ],
  ])('rejects %s', (_name, change, expected) => {
    expect(messagesFor(change)).toEqual(expected);
  });
});
