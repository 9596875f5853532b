// One binary search for the sorted lists of the pipeline (mentions by start, names by position).

/** The first index in [0, n) where `before(i)` is false, for a `before` that holds on a prefix of the indices. */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
