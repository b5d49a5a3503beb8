import { describe, expect, test } from 'vitest';
import { formatDate, formatPeriod, isoDate, listToText, plural } from '../../src/lib/format';

describe('formatDate', () => {
  test('writes Dutch dates without leading zero', () => {
    expect(formatDate(new Date('2026-11-23T00:00:00Z'))).toBe('23 november 2026');
    expect(formatDate(new Date('2021-05-01T00:00:00Z'))).toBe('1 mei 2021');
  });
  test('isoDate gives YYYY-MM-DD', () => {
    expect(isoDate(new Date('2026-01-02T00:00:00Z'))).toBe('2026-01-02');
  });
});

describe('plural, listToText and formatPeriod', () => {
  test.each([
    [1, '1 voorbeeld'],
    [2, '2 voorbeelden'],
    [5000, '5.000 voorbeelden'],
  ])('plural(%i)', (count, expected) => {
    expect(plural(count, 'voorbeeld', 'voorbeelden')).toBe(expected);
  });
  test.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b', 'c'], 'a, b en c'],
    [['Amstelland, Kennemerland en Meerlanden', 'Twente'], 'Amstelland, Kennemerland en Meerlanden; Twente'], // a label with a comma
    [['Gooi- en Vechtstreek', 'Drenthe', 'Twente'], 'Gooi- en Vechtstreek; Drenthe; Twente'], // a label with "en"
    [['Ziekenhuizen', 'Geestelijke gezondheidszorg'], 'Ziekenhuizen en Geestelijke gezondheidszorg'], // "en" inside a word is no reason
  ])('listToText(%j)', (items, expected) => {
    expect(listToText(items)).toBe(expected);
  });
  test.each([
    [2016, undefined, 'sinds 2016'],
    [2018, 2021, '2018–2021'],
    [2020, 2020, '2020'],
    [undefined, undefined, ''],
  ])('formatPeriod(%s, %s)', (started, ended, expected) => {
    expect(formatPeriod(started, ended)).toBe(expected);
  });
});
