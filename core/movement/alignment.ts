/**
 * Alignment: how far people agree on the order of value of a team's work items (issue 12, part 5).
 * Pure functions over ratings; the module decides whose ratings go in.
 *
 * ## Ranks
 * A person's ratings of n items become ranks, 1 for the item they value most, with *average ranks*
 * for ties: an item's rank is 1 + (the number of items rated higher) + (the number rated the same,
 * itself excluded) / 2. Ratings [5, 3, 3, 1] become ranks [1, 2.5, 2.5, 4].
 *
 * ## Kendall's tau-b (one member against the leader)
 * Over the n items both rated, each of the n0 = n(n − 1)/2 pairs of items is
 * - *concordant* when both put the pair in the same order, *discordant* when in opposite orders;
 * - tied in x (or in y) when that side rated both items the same (a pair tied on both sides counts
 *   in both tie counts and is neither concordant nor discordant).
 * With nc concordant, nd discordant, n1 pairs tied in x and n2 tied in y:
 *
 *     tau_b = (nc − nd) / √((n0 − n1) · (n0 − n2))
 *
 * It runs from −1 (exactly opposite orders) through 0 (no relation) to 1 (the same order). It is
 * null when there are fewer than 2 items, or when one side rated every item the same (n0 = n1 or
 * n0 = n2: that side has no order to compare). Raw ratings and their ranks give the same tau.
 *
 * ## Kendall's W (the team among itself), with the correction for ties
 * For m raters who each rated the same n items, R_i is the sum of item i's ranks over the raters,
 * R̄ = m(n + 1)/2 their mean, S = Σ (R_i − R̄)². Each rater's tie groups (t items sharing one rank)
 * give T = Σ (t³ − t). Then
 *
 *     W = 12 · S / (m² · (n³ − n) − m · Σ T)
 *
 * W runs from 0 (no agreement) to 1 (every rater ranks the items the same). It is null when m < 2
 * or n < 2, or when every rater rated every item the same (the denominator is 0).
 */

/** Ranks, 1 for the highest value, ties sharing the average of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  return values.map((v) => {
    const higher = values.filter((w) => w > v).length;
    const same = values.filter((w) => w === v).length;
    return 1 + higher + (same - 1) / 2;
  });
}

/** Kendall's tau-b between two people's ratings of the same items, in the same order; see above. */
export function kendallTauB(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new Error("kendallTauB: both sides must rate the same items");
  const n = xs.length;
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  let tiedY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign((xs[i] as number) - (xs[j] as number));
      const dy = Math.sign((ys[i] as number) - (ys[j] as number));
      if (dx === 0) tiedX++;
      if (dy === 0) tiedY++;
      if (dx * dy > 0) concordant++;
      if (dx * dy < 0) discordant++;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - tiedX) * (pairs - tiedY));
  if (denominator === 0) return null;
  return (concordant - discordant) / denominator;
}

/** What tau or W says when there is nothing to compute it on. */
export const NOT_ENOUGH_TO_COMPARE = "Not enough ratings to compare yet";

/**
 * Tau in plain words: ≥ 0.6 much the same order, ≥ 0.2 mostly the same, > −0.2 no clear
 * agreement, else a different order; null (too few items, or no variation) is not enough to compare.
 */
export function tauInWords(tau: number | null): string {
  if (tau === null) return NOT_ENOUGH_TO_COMPARE;
  if (tau >= 0.6) return "Much the same order of value";
  if (tau >= 0.2) return "Mostly the same order of value";
  if (tau > -0.2) return "No clear agreement on the order of value";
  return "A different order of value";
}

/** The sum of t³ − t over the tie groups of one rater's ranks. */
function tieCorrection(ranks: readonly number[]): number {
  const groups = new Map<number, number>();
  for (const r of ranks) groups.set(r, (groups.get(r) ?? 0) + 1);
  let total = 0;
  for (const t of groups.values()) total += t ** 3 - t;
  return total;
}

/**
 * Kendall's W over a matrix of m rows (raters) by n columns (items), each row turned into average
 * ranks; see above. The rows are all ratings (higher is more valuable) or all ranks (1 is most
 * valuable): ranking ranks reverses every row alike, which leaves S, the ties and W as they were.
 */
export function kendallW(matrix: readonly (readonly number[])[]): number | null {
  const m = matrix.length;
  const n = matrix[0]?.length ?? 0;
  if (matrix.some((row) => row.length !== n)) throw new Error("kendallW: every rater must rate every item");
  if (m < 2 || n < 2) return null;
  const ranks = matrix.map(averageRanks);
  const sums = Array.from({ length: n }, (_, i) =>
    ranks.reduce((total, row) => total + (row[i] as number), 0),
  );
  const mean = (m * (n + 1)) / 2;
  const s = sums.reduce((total, r) => total + (r - mean) ** 2, 0);
  const ties = ranks.reduce((total, row) => total + tieCorrection(row), 0);
  const denominator = m * m * (n ** 3 - n) - m * ties;
  if (denominator === 0) return null;
  return (12 * s) / denominator;
}

/**
 * W in plain words, on Schmidt's scale for Kendall's W (1997, "Managing Delphi surveys using
 * nonparametric statistical techniques"): ≥ 0.7 strong, ≥ 0.5 moderate, ≥ 0.3 weak, else little
 * or none; null is not enough ratings.
 */
export function wInWords(w: number | null): string {
  if (w === null) return NOT_ENOUGH_TO_COMPARE;
  if (w >= 0.7) return "The team largely agrees on what is most valuable";
  if (w >= 0.5) return "The team broadly agrees on what is most valuable";
  if (w >= 0.3) return "The team partly agrees on what is most valuable";
  return "The team does not yet agree on what is most valuable";
}
