/**
 * The value at quantile `q` (0 to 1) of `sorted`, in ascending order: the first below which a
 * share `q` of the values fall, so the median of an even count is the upper of the middle two.
 */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** The median of `values`, in any order, as `quantile` takes it. */
export const median = (values: readonly number[]): number =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
