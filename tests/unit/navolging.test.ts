import { describe, expect, test } from 'vitest';
import { createCaseSchema } from '../../src/schemas/case';
import type { CaseRecord } from '../../src/lib/cases';
import { checkNavolging, deriveNavolging, followerRegions, navolgingRelations } from '../../src/lib/navolging';
import { checkCaseFile } from '../../src/lib/check-case';
import { stringify } from 'yaml';
import { caseFile, knownSlugs, NOW, validCase } from '../fixtures/cases';

const schema = createCaseSchema({ now: NOW });

/** A case record from the valid fixture, with its own source `verslag-<slug>` and some fields changed. */
function record(slug: string, changes: Record<string, unknown> = {}): CaseRecord {
  return { slug, data: schema.parse({ ...validCase(), related: [], ...changes }) };
}
const based = (original: string, extra: Record<string, unknown> = {}) => ({ basedOn: [{ case: original, source: 'scenarios-2021', ...extra }] });

describe('deriveNavolging', () => {
  const original = record('gildeleren-umcg', { provinces: ['groningen'], labourMarketRegions: ['groningen'] });
  const a = record('gilde-veendam', { ...based('gildeleren-umcg', { quote: 'naar het voorbeeld van het UMCG' }), provinces: ['groningen'], place: 'Veendam' });
  const b = record('gilde-coevorden', { ...based('gildeleren-umcg', { note: 'De opzet is overgenomen.' }), provinces: ['drenthe'], labourMarketRegions: ['drenthe'] });
  const alone = record('los-voorbeeld');

  test.each<[string, CaseRecord[], string, { basedOn: string[]; followedBy: string[] }]>([
    // Two followers of one original: both ways, followers in the order given.
    ['the original lists its followers', [original, a, b, alone], 'gildeleren-umcg', { basedOn: [], followedBy: ['gilde-veendam', 'gilde-coevorden'] }],
    ['a follower names its original', [original, a, b, alone], 'gilde-veendam', { basedOn: ['gildeleren-umcg'], followedBy: [] }],
    ['a case without relations has none', [original, a, b, alone], 'los-voorbeeld', { basedOn: [], followedBy: [] }],
    // The original is not in this build (a draft): the follower shows no link to nothing.
    ['an original missing from the catalogue is left out', [a, alone], 'gilde-veendam', { basedOn: [], followedBy: [] }],
    // A chain: Coevorden took it from Veendam, which took it from the UMCG.
    ['a chain gives each case its own neighbours', [original, a, record('gilde-coevorden', based('gilde-veendam'))], 'gilde-veendam', { basedOn: ['gildeleren-umcg'], followedBy: ['gilde-coevorden'] }],
  ])('%s', (_name, all, slug, expected) => {
    const got = deriveNavolging(all).get(slug)!;
    expect({ basedOn: got.basedOn.map((l) => l.original.slug), followedBy: got.followedBy.map((l) => l.follower.slug) }).toEqual(expected);
  });

  test('carries the follower’s source, quote, note, provinces, regions and place to the original', () => {
    const [first, second] = deriveNavolging([original, a, b]).get('gildeleren-umcg')!.followedBy;
    expect(first).toMatchObject({ source: { key: 'scenarios-2021', title: 'Drie scenario’s voor stages in de zorg' }, quote: 'naar het voorbeeld van het UMCG', provinces: ['groningen'], place: 'Veendam' });
    expect(first).not.toHaveProperty('note');
    expect(second).toMatchObject({ note: 'De opzet is overgenomen.', provinces: ['drenthe'], labourMarketRegions: ['drenthe'] });
    expect(deriveNavolging([original, a]).get('gilde-veendam')!.basedOn[0]).toMatchObject({ original: { slug: 'gildeleren-umcg' }, source: { key: 'scenarios-2021' }, quote: 'naar het voorbeeld van het UMCG' });
  });

  test('navolgingRelations lists every relation once, follower → original', () => {
    expect(navolgingRelations([original, a, b, alone]).map((r) => `${r.follower.slug} → ${r.original.slug} [${r.source.key}]`)).toEqual([
      'gilde-veendam → gildeleren-umcg [scenarios-2021]',
      'gilde-coevorden → gildeleren-umcg [scenarios-2021]',
    ]);
  });
});

describe('followerRegions', () => {
  test.each<[string, { provinces: string[]; labourMarketRegions: string[] }[], ReturnType<typeof followerRegions>]>([
    ['each province and region once, in the order met', [{ provinces: ['drenthe'], labourMarketRegions: ['drenthe'] }, { provinces: ['groningen', 'drenthe'], labourMarketRegions: [] }], { provinces: ['drenthe', 'groningen'], labourMarketRegions: ['drenthe'], national: false }],
    // A national follower is not a province on the map.
    ['landelijk apart', [{ provinces: ['landelijk'], labourMarketRegions: [] }], { provinces: [], labourMarketRegions: [], national: true }],
    ['no followers', [], { provinces: [], labourMarketRegions: [], national: false }],
  ])('%s', (_name, links, expected) => {
    expect(followerRegions(links)).toEqual(expected);
  });
});

describe('checkNavolging', () => {
  const c = (slug: string, ...originals: unknown[]) => ({ slug, basedOn: originals.map((o) => (typeof o === 'string' ? { case: o, source: 'verslag' } : o)) });
  test.each<[string, { slug: string; basedOn: unknown }[], string[]]>([
    ['a chain without a cycle is fine', [c('a', 'b'), c('b', 'c'), c('c')], []],
    ['two followers of one original are fine', [c('a', 'c'), c('b', 'c'), c('c')], []],
    [
      'a case based on itself',
      [c('a', 'b', 'a'), c('b')],
      ['a basedOn[2].case: Het veld "basedOn[2].case" verwijst naar dit voorbeeld zelf ("a"). Bij basedOn staat een ander voorbeeld: het voorbeeld waar deze aanpak van is overgenomen.'],
    ],
    [
      'A based on B and B based on A: both are told',
      [c('a', 'b'), c('b', 'a')],
      [
        'a basedOn[1].case: Het veld "basedOn[1].case" zegt dat dit voorbeeld is gebaseerd op "b", maar "b" is zelf gebaseerd op dit voorbeeld: a → b → a. Een aanpak kan niet over en weer zijn overgenomen. Kies volgens de bronnen welk voorbeeld het origineel is en haal basedOn weg bij dat origineel.',
        'b basedOn[1].case: Het veld "basedOn[1].case" zegt dat dit voorbeeld is gebaseerd op "a", maar "a" is zelf gebaseerd op dit voorbeeld: b → a → b. Een aanpak kan niet over en weer zijn overgenomen. Kies volgens de bronnen welk voorbeeld het origineel is en haal basedOn weg bij dat origineel.',
      ],
    ],
    [
      'a longer cycle names the way round; an entry off the cycle is not reported',
      [c('a', 'b'), c('b', 'c'), c('c', 'a'), c('d', 'a')],
      [
        'a basedOn[1].case: Het veld "basedOn[1].case" zegt dat dit voorbeeld is gebaseerd op "b", maar "b" is via andere voorbeelden zelf gebaseerd op dit voorbeeld: a → b → c → a. Een aanpak kan niet over en weer zijn overgenomen. Kies volgens de bronnen welk voorbeeld het origineel is en haal basedOn weg bij dat origineel.',
        'b basedOn[1].case: Het veld "basedOn[1].case" zegt dat dit voorbeeld is gebaseerd op "c", maar "c" is via andere voorbeelden zelf gebaseerd op dit voorbeeld: b → c → a → b. Een aanpak kan niet over en weer zijn overgenomen. Kies volgens de bronnen welk voorbeeld het origineel is en haal basedOn weg bij dat origineel.',
        'c basedOn[1].case: Het veld "basedOn[1].case" zegt dat dit voorbeeld is gebaseerd op "a", maar "a" is via andere voorbeelden zelf gebaseerd op dit voorbeeld: c → a → b → c. Een aanpak kan niet over en weer zijn overgenomen. Kies volgens de bronnen welk voorbeeld het origineel is en haal basedOn weg bij dat origineel.',
      ],
    ],
    // Entries the schema refuses (no text case, not a list) are left to the schema's messages.
    ['entries without a case, or no list, are skipped', [c('a', { source: 'verslag' }, 42), { slug: 'b', basedOn: 'a' }], []],
  ])('%s', (_name, cases, expected) => {
    expect(checkNavolging(cases).map((p) => `${p.slug} basedOn[${p.index + 1}].case: ${p.message}`)).toEqual(expected);
  });
});

describe('the unused-source warning', () => {
  // A source that only says where the approach came from is used: it is the basis of basedOn.
  const withSecondSource = (basedOn: unknown[]) =>
    caseFile(stringify({ ...validCase(), sources: [...(validCase().sources as object[]), { key: 'rtv-noord-2019', title: 'Gildeleren ook in Veendam' }], basedOn }));
  test.each<[string, unknown[], string[]]>([
    ['a source cited only by basedOn counts as used', [{ case: 'gildeleren-umcg', source: 'rtv-noord-2019' }], []],
    ['without basedOn the same source is unused', [], ['sources: De bron "rtv-noord-2019" staat bij "sources", maar geen zin, les of veld verwijst ernaar. Verwijs ernaar met [^rtv-noord-2019] achter de zin die erop rust, of haal de bron weg.']],
  ])('%s', (_name, basedOn, expected) => {
    const { problems } = checkCaseFile('content/cases/ketenstage-oost-groningen.mdx', withSecondSource(basedOn), { now: NOW, knownSlugs });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(expected);
  });
});
