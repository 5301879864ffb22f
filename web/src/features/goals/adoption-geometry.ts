import { hasJoined, STANCES, type Stance } from "#core/movement/stances";

/** Counts of people at each rung, after a day's changes. */
export type StanceCounts = Readonly<Record<Stance, number>>;
export interface DayCounts {
  day: string;
  counts: StanceCounts;
}

/**
 * Bottom to top: the rungs of those who have joined sit on the baseline, so the joined area grows
 * from the bottom and its top edge is the adoption curve itself.
 */
export const STACK_ORDER: readonly Stance[] = [...STANCES].reverse();

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** Days from `start` to `day` (both `YYYY-MM-DD`, UTC). */
export const daysBetween = (start: string, day: string): number => dayNumber(day) - dayNumber(start);

export const joinedOf = (counts: StanceCounts): number =>
  STANCES.filter(hasJoined).reduce((sum, stance) => sum + (counts[stance] ?? 0), 0);

export const totalOf = (counts: StanceCounts): number =>
  STANCES.reduce((sum, stance) => sum + (counts[stance] ?? 0), 0);

/** One stretch of days over which the counts hold: `[from, to)` in days from the chart's start. */
export interface Step {
  from: number;
  to: number;
  counts: StanceCounts;
}

export interface Timeline {
  start: string;
  /** Days shown, the first and the last day included. */
  span: number;
  steps: Step[];
}

/**
 * The stretches of a series: each day's counts hold from that day until the next day with a
 * change, the last until the end of `end`. The chart starts at `start` (the goal's day) or at the
 * first change if that is earlier, and ends on `end` (today) or the last change if later. Nobody is
 * counted before the first change.
 */
export function timeline(days: readonly DayCounts[], start: string, end: string): Timeline {
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day));
  const first = sorted[0]?.day;
  const last = sorted.at(-1)?.day;
  const from = first !== undefined && first < start ? first : start;
  const to = last !== undefined && last > end ? last : end;
  const span = Math.max(daysBetween(from, to) + 1, 1);
  const steps = sorted.map((entry, index) => {
    const next = sorted[index + 1];
    return {
      from: daysBetween(from, entry.day),
      to: next ? daysBetween(from, next.day) : span,
      counts: entry.counts,
    };
  });
  return { start: from, span, steps };
}

/** A rung's band in one step: from `lower` to `upper` people, stacked in `STACK_ORDER`. */
export interface Band {
  stance: Stance;
  from: number;
  to: number;
  lower: number;
  upper: number;
}

export function bands(steps: readonly Step[]): Band[] {
  return steps.flatMap((step) => {
    let lower = 0;
    return STACK_ORDER.flatMap((stance) => {
      const count = step.counts[stance] ?? 0;
      if (count === 0) return [];
      const band = { stance, from: step.from, to: step.to, lower, upper: lower + count };
      lower += count;
      return [band];
    });
  });
}

/**
 * A stepped line through `value` of each step, as points in days and people: flat across a step,
 * straight up or down at the next. Before the first step the line sits at zero.
 */
export function stepLine(
  steps: readonly Step[],
  value: (counts: StanceCounts) => number,
): [number, number][] {
  const points: [number, number][] = [];
  const first = steps[0];
  if (first === undefined) return points;
  points.push([0, 0], [first.from, 0]);
  for (const step of steps) {
    const level = value(step.counts);
    points.push([step.from, level], [step.to, level]);
  }
  return points;
}
