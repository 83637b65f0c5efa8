/**
 * The number of leading items for which `isBefore` holds, found by binary
 * search: `isBefore` must be true for a prefix of `0..length` and false after it.
 *
 * @internal
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
