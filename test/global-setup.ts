import { build } from 'tsup';

/**
 * Hint: vitest 5 prints failures with `Map.groupBy`, which Node 20 lacks
 * (Node 21+); without it every failing run ends in "Map.groupBy is not a
 * function" and the actual error is never shown. Global setup runs in the
 * reporter's process, so the shim goes here.
 */
function shimMapGroupBy(): void {
  const map = Map as unknown as { groupBy?: unknown };
  if (typeof map.groupBy === 'function') return;
  map.groupBy = <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}

/**
 * Build dist/ once before any test file runs. Several tests exercise the
 * package as shipped (the bin, the browser bundle, the packed tarball); one
 * shared build keeps them from racing each other's `clean`.
 */
export default async function setup(): Promise<void> {
  shimMapGroupBy();
  await build({ silent: true });
}
