import type { Bucket, Distribution, PooledFigure, Withheld } from "#contracts/workspace-figures";
import { guardSlices, type WithheldReason } from "#core/privacy/anonymity";
import type { LeaderSums } from "./workspace-figures.repository";

/** The buckets of every distribution: [0, 0.2), [0.2, 0.4), … [0.8, 1]. */
export const BUCKETS = 5;

/** One leader's figure as an exact fraction (integers), so bucketing never meets a rounding error. */
interface LeaderFigure {
  leaderId: string;
  numerator: number;
  denominator: number;
}

export function leadersWithheld(reason: WithheldReason, threshold: number): Withheld {
  switch (reason) {
    case "too_few":
      return {
        reason,
        message: `Fewer than ${threshold} leaders are behind this, so it is withheld: it could point at one of them.`,
      };
    case "would_isolate":
      return {
        reason,
        message: `Shown beside the other buckets, this one would single out fewer than ${threshold} leaders, so it is withheld.`,
      };
    default: {
      const unreachable: never = reason;
      return unreachable;
    }
  }
}

/**
 * How one figure spreads across leaders: how many have it, their mean (each leader weighing the
 * same) and how many fall in each bucket. The whole and each non-empty bucket are slices of
 * leaders for core/privacy's `guardSlices`, the whole first: a distribution of fewer than
 * `threshold` leaders is withheld, and so is a bucket of fewer, or one that, beside the whole and
 * the buckets already shown, would leave fewer than `threshold` leaders in the buckets withheld
 * (the whole minus the shown buckets is their sum). An empty bucket shows 0: it rests on nobody.
 */
export function distributionOf(
  figures: readonly LeaderFigure[],
  threshold: number,
  about: Pick<Distribution, "definition" | "better">,
): Distribution {
  const members: Set<string>[] = Array.from({ length: BUCKETS }, () => new Set());
  for (const figure of figures) {
    const index = Math.min(BUCKETS - 1, Math.floor((BUCKETS * figure.numerator) / figure.denominator));
    members[index]?.add(figure.leaderId);
  }
  const whole = new Set(figures.map((f) => f.leaderId));
  const filled = members.flatMap((people, index) => (people.size > 0 ? [{ key: index, people }] : []));
  const [wholeVerdict, ...verdicts] = guardSlices([{ key: -1, people: whole }, ...filled], threshold);
  if (!wholeVerdict?.shown) {
    return {
      ...about,
      leaders: null,
      mean: null,
      buckets: null,
      withheld: leadersWithheld(wholeVerdict?.reason ?? "too_few", threshold),
    };
  }
  const verdictOf = new Map(verdicts.map((v) => [v.key, v]));
  const buckets: Bucket[] = members.map((people, index) => {
    const range = { from: index / BUCKETS, to: (index + 1) / BUCKETS };
    const verdict = verdictOf.get(index);
    if (!verdict) return { ...range, leaders: 0, withheld: null };
    return verdict.shown
      ? { ...range, leaders: people.size, withheld: null }
      : { ...range, leaders: null, withheld: leadersWithheld(verdict.reason, threshold) };
  });
  const mean = figures.reduce((sum, f) => sum + f.numerator / f.denominator, 0) / figures.length;
  return { ...about, leaders: figures.length, mean, buckets, withheld: null };
}

/** The definitions, in the words the screen shows beside each figure. */
export const DEFINITIONS = {
  coverage:
    "Of every (person, aspect) a leader could know about the people they lead now, the share that is not unknown: the leader holds a belief, or the person shared an answer with their leaders (looked at or not). The same coverage as each leader's own audit.",
  beliefShare: "Of the same (person, aspect) cells, the share where the leader has written down a belief.",
  confirmedShare:
    "Of the same cells, the share verified or learned and not stale, as the audit reads them, except that a comparison counts only where the leader marked it: Rapport's own agreement on a choice or scale aspect that the leader did not mark is not counted here.",
  coverageDistribution: "Each leader's coverage, as above, over the people they lead now.",
  markedAccuracy:
    "Each leader's accuracy over the beliefs they wrote before looking and then marked against the person's answer: match 1, partial 0.5, miss 0. Rapport's own agreement on an unmarked choice or scale aspect is not counted, so this can differ from the leader's own audit.",
  markedCalibration:
    "Each leader's Brier score over the same marked beliefs: the mean of (confidence ÷ 5 − outcome)², where 0 is perfect.",
} as const;

/** The pooled shares, and the per-leader fractions their distributions are made of. */
export function pooledAndPerLeader(sums: readonly LeaderSums[], facets: number) {
  const withCells = sums.filter((s) => s.people > 0 && facets > 0);
  const total = { cells: 0, known: 0, beliefs: 0, confirmed: 0 };
  const coverage: LeaderFigure[] = [];
  const accuracy: LeaderFigure[] = [];
  const calibration: LeaderFigure[] = [];
  for (const s of withCells) {
    const cells = s.people * facets;
    const known = s.beliefs + s.answered - s.beliefsWithAnswer;
    total.cells += cells;
    total.known += known;
    total.beliefs += s.beliefs;
    total.confirmed += s.confirmed;
    coverage.push({ leaderId: s.leaderId, numerator: known, denominator: cells });
    if (s.compared > 0) {
      accuracy.push({ leaderId: s.leaderId, numerator: s.outcomeHalves, denominator: 2 * s.compared });
      calibration.push({
        leaderId: s.leaderId,
        numerator: s.squaredErrorHundredths,
        denominator: 100 * s.compared,
      });
    }
  }
  return { leaders: withCells.length, total, coverage, accuracy, calibration };
}

/** A pooled share, withheld when it rests on fewer than `threshold` leaders or people led. */
export function pooled(
  numerator: number,
  denominator: number,
  behind: { leaders: number; people: number },
  threshold: number,
  definition: string,
): PooledFigure {
  if (behind.leaders < threshold || behind.people < threshold) {
    return {
      value: null,
      definition,
      withheld: {
        reason: "too_few",
        message: `Fewer than ${threshold} leaders, or fewer than ${threshold} people they lead, are behind this, so it is withheld: it could point at one of them.`,
      },
    };
  }
  return { value: denominator === 0 ? null : numerator / denominator, definition, withheld: null };
}
