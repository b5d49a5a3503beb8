import { describe, expect, test } from 'vitest';
import { nearMatch, normaliseKey } from '../../src/lib/near-match';

const provinces = ['groningen', 'fryslan', 'noord-holland', 'zuid-holland', 'noord-brabant'];

describe('nearMatch', () => {
  test.each([
    ['noordholland', 'noord-holland'], // missing hyphen
    ['Noord Holland', 'noord-holland'], // label-like spelling
    ['groningn', 'groningen'], // typo
    ['Fryslân', 'fryslan'], // accent
    ['zuid_holland', 'zuid-holland'], // underscore
  ])('suggests a key for %s', (input, expected) => {
    expect(nearMatch(input, provinces)).toBe(expected);
  });

  test.each([['amsterdam'], ['x'], ['']])('suggests nothing for %s, which is not close to any key', (input) => {
    expect(nearMatch(input, provinces)).toBeUndefined();
  });

  test('matches a label to its key', () => {
    expect(nearMatch('Friesland', ['fryslan'], { fryslan: 'Friesland' })).toBe('fryslan');
  });
});

describe('normaliseKey', () => {
  test('strips accents, case and spaces', () => {
    expect(normaliseKey('  Fryslân Noord ')).toBe('fryslan-noord');
  });
});
