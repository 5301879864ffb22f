/**
 * Intentional prioritisation (issue 12, part 4): each rater rates a work item's value and effort on
 * 1–5; these functions turn the ratings into the figures the priorities page shows. Pure; the module
 * decides whose ratings go in (every rating that is not private).
 *
 * - Mean value and mean effort: the arithmetic means of the ratings.
 * - Quadrant: value is *high* when its mean is above 3 (the scale's middle), effort likewise; a mean
 *   of exactly 3 is low. High value and low effort is a quick win, high and high a big bet, low and
 *   low a fill-in, low value and high effort a money pit.
 * - Value for effort: mean value / mean effort (effort is at least 1, so it is always defined).
 * - Ranking: by value for effort, highest first; then by mean value, highest first; then by title
 *   (then id), so the order is the same every time. Items nobody has rated come last, by title.
 * - Spread: the population standard deviation of value and of effort, √(Σ(x − mean)² / k) over the
 *   k ratings. An item is *worth a conversation* when at least 2 people rated it and the larger of
 *   its two spreads is at least 1 (about a point apart on average); the list holds the
 *   `WORTH_A_CONVERSATION_MAX` most spread, most first (ties: by title, then id).
 */

import { effectiveThreshold, type WithheldReason } from "../privacy/anonymity";

export const RATING_MIN = 1;
export const RATING_MAX = 5;
/** The scale's middle: a mean above it is high. */
export const RATING_MIDDLE = 3;
/** The larger spread, at or above which an item is worth a conversation. */
export const SPREAD_WORTH_TALKING = 1;
/** The fewest raters behind an item worth a conversation. */
export const SPREAD_MIN_RATERS = 2;
/** How many items "worth a conversation" lists, at most. */
export const WORTH_A_CONVERSATION_MAX = 3;

export const QUADRANTS = ["quick_win", "big_bet", "fill_in", "money_pit"] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface Rating {
  value: number;
  effort: number;
}

export interface Spread {
  value: number;
  effort: number;
}

/** What an item's ratings add up to, with at least one rating behind it. */
export interface ItemFigures {
  raters: number;
  meanValue: number;
  meanEffort: number;
  quadrant: Quadrant;
  valueForEffort: number;
  spread: Spread;
}

/** Whether a rating is a whole number from 1 to 5. */
export function isRating(x: unknown): x is number {
  return typeof x === "number" && Number.isInteger(x) && x >= RATING_MIN && x <= RATING_MAX;
}

export function quadrant(meanValue: number, meanEffort: number): Quadrant {
  const highValue = meanValue > RATING_MIDDLE;
  const highEffort = meanEffort > RATING_MIDDLE;
  if (highValue) return highEffort ? "big_bet" : "quick_win";
  return highEffort ? "money_pit" : "fill_in";
}

export function valueForEffort(meanValue: number, meanEffort: number): number {
  return meanValue / meanEffort;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((total, x) => total + x, 0) / xs.length;
}

/** Population standard deviation: √(Σ(x − mean)² / k). */
export function populationSd(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((total, x) => total + (x - m) ** 2, 0) / xs.length);
}

/** The spread of value and of effort over the ratings. */
export function disagreement(ratings: readonly Rating[]): Spread {
  return {
    value: populationSd(ratings.map((r) => r.value)),
    effort: populationSd(ratings.map((r) => r.effort)),
  };
}

/** An item's figures, or null when nobody has rated it. */
export function itemFigures(ratings: readonly Rating[]): ItemFigures | null {
  if (ratings.length === 0) return null;
  const meanValue = mean(ratings.map((r) => r.value));
  const meanEffort = mean(ratings.map((r) => r.effort));
  return {
    raters: ratings.length,
    meanValue,
    meanEffort,
    quadrant: quadrant(meanValue, meanEffort),
    valueForEffort: valueForEffort(meanValue, meanEffort),
    spread: disagreement(ratings),
  };
}

export interface RankableItem {
  id: string;
  title: string;
  figures: Pick<ItemFigures, "meanValue" | "valueForEffort"> | null;
}

const byTitle = (a: { id: string; title: string }, b: { id: string; title: string }) =>
  a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The items' ids, ranked by value for effort (see above); unrated items last, by title. */
export function rankItems(items: readonly RankableItem[]): string[] {
  return [...items]
    .sort((a, b) => {
      if (a.figures === null || b.figures === null) {
        if (a.figures !== b.figures) return a.figures === null ? 1 : -1;
        return byTitle(a, b);
      }
      return (
        b.figures.valueForEffort - a.figures.valueForEffort ||
        b.figures.meanValue - a.figures.meanValue ||
        byTitle(a, b)
      );
    })
    .map((item) => item.id);
}

export interface SpreadItem {
  id: string;
  title: string;
  figures: Pick<ItemFigures, "raters" | "spread"> | null;
}

/** The larger of an item's two spreads. */
export const widerSpread = (spread: Spread): number => Math.max(spread.value, spread.effort);

/** The ids of the items worth a conversation (see above), most spread first, at most `max`. */
export function worthAConversation(items: readonly SpreadItem[], max = WORTH_A_CONVERSATION_MAX): string[] {
  return items
    .flatMap((item) =>
      item.figures !== null &&
      item.figures.raters >= SPREAD_MIN_RATERS &&
      widerSpread(item.figures.spread) >= SPREAD_WORTH_TALKING
        ? [{ item, wider: widerSpread(item.figures.spread) }]
        : [],
    )
    .sort((a, b) => b.wider - a.wider || byTitle(a.item, b.item))
    .slice(0, max)
    .map(({ item }) => item.id);
}

/**
 * Whether a member is shown figures over ratings (an item's means, quadrant and spread, or the
 * team's W), by the anonymity threshold N (`effectiveThreshold` of the workspace's score threshold):
 * - withheld as `too_few` when fewer than N people's ratings are behind them;
 * - withheld as `would_isolate` when the viewer can see some of those ratings (shared with the
 *   team) and the rest, the ones the viewer cannot see, are fewer than N, since subtracting what the
 *   viewer sees from the figure would single them out. The viewer's own rating counts among the
 *   rest, as a respondent's own answer does in the trust pulse; when every other rating behind the
 *   figure is one the viewer sees, the figure tells them nothing new and is shown.
 * Leaders see every figure: the ratings shown to them carry the visibility their raters chose.
 */
export function ratingFiguresVerdict(
  behind: { raters: number; seenOthers: number; viewerRated: boolean },
  threshold: number,
): { shown: true } | { shown: false; reason: WithheldReason } {
  const floor = effectiveThreshold(threshold);
  if (behind.raters < floor) return { shown: false, reason: "too_few" };
  const unseen = behind.raters - behind.seenOthers;
  const unseenOthers = unseen - (behind.viewerRated ? 1 : 0);
  if (unseenOthers > 0 && unseen < floor) return { shown: false, reason: "would_isolate" };
  return { shown: true };
}

/** Why figures over ratings are withheld, in words for the member looking at them. */
export function ratingsWithheldMessage(reason: WithheldReason, threshold: number): string {
  const floor = effectiveThreshold(threshold);
  return reason === "too_few"
    ? `Fewer than ${floor} people have rated, so these figures are withheld to keep ratings anonymous.`
    : `Beside the ratings shared with you, these figures would single out fewer than ${floor} people, so they are withheld.`;
}
