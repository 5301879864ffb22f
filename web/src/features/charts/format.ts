/** A share in [0, 1] as a whole percentage; null reads as a dash with words for screen readers. */
export const percent = (value: number | null): string =>
  value === null ? "–" : `${Math.round(value * 100)}%`;

export const clampShare = (value: number): number => Math.min(1, Math.max(0, value));

/** The top of a scale for counts: the first of 1, 2, 5, 10, 20, 50, 100… at or above the largest. */
export function countScaleTop(largest: number): number {
  if (largest <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const factor = [1, 2, 5, 10].find((step) => step * magnitude >= largest) ?? 10;
  return factor * magnitude;
}

/** Consecutive shown values as runs: a value that is not shown breaks the line there. */
export function lineRuns(values: readonly (number | null)[]): { index: number; value: number }[][] {
  const found: { index: number; value: number }[][] = [];
  let current: { index: number; value: number }[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 0) found.push(current);
      current = [];
    } else current.push({ index, value });
  });
  if (current.length > 0) found.push(current);
  return found;
}

const SHORT_DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** A UTC day (`YYYY-MM-DD`) as a chart's short label: "12 Nov". */
export const shortDay = (day: string): string => SHORT_DAY.format(new Date(`${day}T00:00:00Z`));
