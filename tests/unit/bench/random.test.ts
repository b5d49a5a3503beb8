import { describe, expect, test } from 'vitest';
import { createRandom } from '../../../scripts/bench/random';

describe('createRandom', () => {
  test('repeats the same numbers for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  test('keeps int() within its bounds and reaches both ends', () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 4)));
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });

  test('sample() returns distinct items in list order, capped at the list length', () => {
    const random = createRandom(9);
    const items = ['a', 'b', 'c', 'd', 'e'];
    const picked = random.sample(items, 3);
    expect(new Set(picked).size).toBe(3);
    expect(picked).toEqual([...picked].sort((x, y) => items.indexOf(x) - items.indexOf(y)));
    expect(random.sample(items, 9)).toEqual(items);
  });
});
