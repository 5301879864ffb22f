/** A share in [0, 1] as a whole percentage; null reads as a dash with words for screen readers. */
export const percent = (value: number | null): string =>
  value === null ? "–" : `${Math.round(value * 100)}%`;

export const clampShare = (value: number): number => Math.min(1, Math.max(0, value));
