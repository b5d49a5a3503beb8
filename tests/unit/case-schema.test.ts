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
        ': Er staat een onbekend veld: "sectros" (bedoelde u "sectors"?). Toegestane velden in een voorbeeld: title, summary, type, provinces, labourMarketRegions, place, sectors, levels, routes, aims, factors, scenarios, status, stopReason, outcome, evidence, verification, started, ended, organisations, sources, lessons, conditions, contributors, published, reviewed, related, redirectFrom, draft.',
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
      ['lessons: Het veld "lessons" ontbreekt of is leeg. Bij uitkomst "werkt-niet" is minstens één geleerde les verplicht: juist wat niet werkte helpt anderen.'],
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
      (d) => (d.sources = [{ title: 'Bron', url: 'javascript:alert(1)' }]),
      ['sources.0.url: Het veld "sources[1].url" bevat "javascript:alert(1)"; dat is geen geldig webadres. Alleen adressen die beginnen met https:// of http:// zijn toegestaan. Voorbeeld: https://www.voorbeeld.nl/pagina'],
    ],
    [
      'data: URL for an organisation',
      (d) => (d.organisations = [{ name: 'School', role: 'onderwijs', url: 'data:text/html,hoi' }]),
      ['organisations.0.url: Het veld "organisations[1].url" bevat "data:text/html,hoi"; dat is geen geldig webadres. Alleen adressen die beginnen met https:// of http:// zijn toegestaan. Voorbeeld: https://www.voorbeeld.nl/pagina'],
    ],
    ['no sources', (d) => (d.sources = []), ['sources: Noem minstens één bron (sources): elk feit in een voorbeeld moet na te lezen zijn.']],
    ['source without title', (d) => (d.sources = [{ url: 'https://ecbo.nl/' }]), ['sources.0.title: Het veld "sources[1].title" ontbreekt, maar is verplicht. Verwacht: tekst (titel van de bron). Voorbeeld: Drie scenario’s voor stages in de zorg']],
    [
      'related slug that does not exist',
      (d) => (d.related = ['gildeleren-umc']),
      ['related.0: Het veld "related[1]" verwijst naar "gildeleren-umc", maar er is geen voorbeeld met die naam in content/cases/. Bedoelde u "gildeleren-umcg"?'],
    ],
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
    ['landelijk mixed with a province', (d) => ((d.provinces = ['landelijk', 'utrecht']), (d.labourMarketRegions = undefined)), ['provinces: Het veld "provinces" bevat "landelijk" samen met provincies. Kies óf [landelijk], óf één of meer provincies.']],
    ['no contributors', (d) => (d.contributors = []), ['contributors: Noem minstens één auteur van deze beschrijving (contributors).']],
    ['duplicate sector', (d) => (d.sectors = ['vvt', 'vvt']), ['sectors: Een waarde staat dubbel in de lijst sectoren; noem elke waarde één keer.']],
  ])('rejects %s', (_name, change, expected) => {
    expect(messagesFor(change)).toEqual(expected);
  });
});
