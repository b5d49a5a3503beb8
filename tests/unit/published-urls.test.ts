import { describe, expect, test } from 'vitest';
import { formatRegistry, isRedirectPath, parseRegistry, permalinkProblems, redirectsOf, updateRegistry, type PermalinkCase } from '../../src/lib/published-urls';

const cases: PermalinkCase[] = [
  { slug: 'ketenstage-oost-groningen', redirectFrom: ['ketenstage-student-volgt-client'] },
  { slug: 'gildeleren-umcg', redirectFrom: [] },
];

describe('permalinkProblems', () => {
  test.each([
    ['a registered case that still exists', ['/voorbeelden/gildeleren-umcg/']],
    ['a registered old slug with a redirect', ['/voorbeelden/ketenstage-student-volgt-client/']],
    ['an empty registry', []],
  ])('finds nothing for %s', (_, registered) => {
    expect(permalinkProblems(registered, cases)).toEqual([]);
  });

  test('names a registered URL that lost its case, and how to fix it', () => {
    const problems = permalinkProblems(['/voorbeelden/gildeleren-umc/'], cases);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchInlineSnapshot(
      `"Het webadres /voorbeelden/gildeleren-umc/ is gepubliceerd (het staat in content/published-urls.json), maar er is geen voorbeeld meer op dat adres en geen voorbeeld dat ernaar doorstuurt. Een gepubliceerd adres mag niet verdwijnen: citaties verwijzen ernaar. Is het bestand hernoemd (naar "gildeleren-umcg"?)? Zet dan in dat voorbeeld: redirectFrom: [gildeleren-umc]. Staat het voorbeeld op draft: true? Publiceer het dan weer."`,
    );
  });

  test('fails when a case is renamed without redirectFrom', () => {
    const renamed = [{ slug: 'ketenstage-oost-groningen', redirectFrom: [] }];
    expect(permalinkProblems(['/voorbeelden/ketenstage-student-volgt-client/'], renamed)).toHaveLength(1);
  });

  test('refuses an old slug that is still a case of its own', () => {
    const problems = permalinkProblems([], [...cases, { slug: 'x-y', redirectFrom: ['gildeleren-umcg'] }]);
    expect(problems).toEqual([expect.stringContaining('"gildeleren-umcg" is zelf nog een voorbeeld')]);
  });

  test('refuses an old slug claimed by two cases', () => {
    const problems = permalinkProblems([], [...cases, { slug: 'x-y', redirectFrom: ['ketenstage-student-volgt-client'] }]);
    expect(problems).toEqual([expect.stringContaining('staat in redirectFrom van zowel')]);
  });
});

describe('redirectsOf', () => {
  test('gives one redirect per old slug, sorted', () => {
    expect(redirectsOf([{ slug: 'b', redirectFrom: ['z', 'a'] }])).toEqual([
      { from: 'a', to: 'b' },
      { from: 'z', to: 'b' },
    ]);
  });
});

describe('updateRegistry, formatRegistry and parseRegistry', () => {
  test('adds the current cases and never drops a registered URL', () => {
    const updated = updateRegistry(['/voorbeelden/ketenstage-student-volgt-client/'], cases);
    expect(updated).toEqual(['/voorbeelden/gildeleren-umcg/', '/voorbeelden/ketenstage-oost-groningen/', '/voorbeelden/ketenstage-student-volgt-client/']);
  });

  test('round-trips through the file format with stable bytes', () => {
    const text = formatRegistry(['/voorbeelden/b/', '/voorbeelden/a/', '/voorbeelden/a/']);
    expect(parseRegistry(text)).toEqual(['/voorbeelden/a/', '/voorbeelden/b/']);
    expect(formatRegistry(parseRegistry(text))).toBe(text);
  });

  test.each([
    ['not JSON', '{', 'is geen geldige JSON'],
    ['no urls field', '{"slugs": []}', 'moet een veld "urls" hebben'],
    ['a path without slashes', '{"urls": ["voorbeelden/a"]}', 'moet een veld "urls" hebben'],
  ])('explains a broken file (%s)', (_, text, message) => {
    expect(() => parseRegistry(text)).toThrow(message);
  });
});

describe('isRedirectPath', () => {
  test.each([
    ['/voorbeelden/oud/', true], // no case with that slug: a redirect page
    ['/sub/voorbeelden/oud/', true], // under a base path
    ['/voorbeelden/gildeleren-umcg/', false], // a case page
    ['/voorbeelden/', false], // the list
    ['/regio/groningen/', false],
  ])('%s → %s', (path, expected) => {
    expect(isRedirectPath(path, ['gildeleren-umcg'])).toBe(expected);
  });
});
