import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../src/grammar/partition-point.js';

/** The number of leading items of a sorted array below `value`, by partitionPoint. */
const countBelow = (items: readonly number[], value: number): number => partitionPoint(items.length, (index) => items[index]! < value);

describe('partitionPoint', () => {
  it('returns 0 for an empty range, without asking about any index', () => {
    const asked: number[] = [];
    expect(partitionPoint(0, (index) => {
      asked.push(index);
      return true;
    })).toBe(0);
    expect(asked).toEqual([]);
  });

  it('returns the length when every item is before the point', () => {
    expect(partitionPoint(7, () => true)).toBe(7);
    expect(countBelow([1, 2, 3], 10)).toBe(3);
  });

  it('returns 0 when no item is before the point', () => {
    expect(partitionPoint(7, () => false)).toBe(0);
    expect(countBelow([4, 5, 6], 1)).toBe(0);
  });

  it('finds the first item for which the predicate fails, in a range of one', () => {
    expect(partitionPoint(1, () => true)).toBe(1);
    expect(partitionPoint(1, () => false)).toBe(0);
  });

  it('finds the point at every place in a sorted array', () => {
    const items = [2, 4, 6, 8, 10];
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((value) => countBelow(items, value))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
  });

  it('counts past equal items only when the predicate holds for them', () => {
    const items = [1, 3, 3, 3, 5];
    expect(countBelow(items, 3)).toBe(1);
    expect(partitionPoint(items.length, (index) => items[index]! <= 3)).toBe(4);
  });

  it('asks only about indices inside the range, and about few of them', () => {
    const asked: number[] = [];
    const length = 1000;
    expect(partitionPoint(length, (index) => {
      asked.push(index);
      return index < 618;
    })).toBe(618);
    expect(asked.every((index) => index >= 0 && index < length)).toBe(true);
    expect(asked.length).toBeLessThanOrEqual(Math.ceil(Math.log2(length + 1)));
  });
});
