import type { Visibility } from "../answers/answers.api";
import type { QuadrantKey } from "./priorities.api";

/** Each quadrant's name on the chart and in the table, and what it suggests, in a sentence. */
export const QUADRANT_TEXT: Record<QuadrantKey, { name: string; single: string; one: string }> = {
  quick_win: { name: "Quick wins", single: "Quick win", one: "a quick win" },
  big_bet: { name: "Big bets", single: "Big bet", one: "a big bet" },
  fill_in: { name: "Fill-ins", single: "Fill-in", one: "a fill-in" },
  money_pit: { name: "Money pits", single: "Money pit", one: "a money pit" },
};

/** The order the quadrants are spoken of: the most worth doing first. */
export const QUADRANT_ORDER: readonly QuadrantKey[] = ["quick_win", "big_bet", "fill_in", "money_pit"];

/** A mean rating to one decimal place: "4.3". */
export const meanText = (mean: number): string =>
  mean.toLocaleString("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Value for effort to two decimal places: "2.15". */
export const ratioText = (ratio: number): string =>
  ratio.toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A coefficient (tau, W) to two decimal places, with a true minus sign: "−0.33". */
export const coefficientText = (value: number): string =>
  (Math.abs(value) < 0.005 ? 0 : value)
    .toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .replace("-", "−");

export interface PlottedItem {
  id: string;
  title: string;
  /** The item's place in the ranking by value for effort, from 1. */
  rank: number;
  meanValue: number;
  meanEffort: number;
  quadrant: QuadrantKey;
  raters: number;
}

const ratings = (count: number) => `${count} ${count === 1 ? "rating" : "ratings"}`;

/** One point in words, as its accessible name says it: "2. Docs site: value 4.3, effort 1.7, a quick win (3 ratings)." */
export function pointWords(item: PlottedItem): string {
  return `${item.rank}. ${item.title}: value ${meanText(item.meanValue)}, effort ${meanText(item.meanEffort)}, ${
    QUADRANT_TEXT[item.quadrant].one
  } (${ratings(item.raters)}).`;
}

/** The whole chart in words, quadrant by quadrant, for its description (the table beside it has the numbers). */
export function chartWords(items: readonly PlottedItem[]): string {
  if (items.length === 0) return "No item has figures to show yet.";
  const parts = QUADRANT_ORDER.map((key) => {
    const inIt = items.filter((item) => item.quadrant === key);
    const name = QUADRANT_TEXT[key].name;
    return inIt.length === 0 ? `${name}: none.` : `${name}: ${inIt.map((item) => item.title).join(", ")}.`;
  });
  const head = `${items.length} ${items.length === 1 ? "item" : "items"} by mean effort (across, 1 to 5) and mean value (up, 1 to 5).`;
  return [head, ...parts].join(" ");
}

/** How far apart an item's ratings are, in words: the wider of the two spreads names the quarrel. */
export function spreadWords(spread: { value: number; effort: number }): string {
  const value = spread.value >= spread.effort;
  const wider = value ? spread.value : spread.effort;
  const about = value ? "how much it is worth" : "how much work it is";
  const other = value ? `effort ${meanText(spread.effort)}` : `value ${meanText(spread.value)}`;
  return `People differ most on ${about}: ratings of ${value ? "value" : "effort"} lie ${meanText(
    wider,
  )} points from their mean on average (${other}).`;
}

/** Who sees a rating, in its author's words: the labels of the answers' choices. */
export const RATING_VISIBILITY_LABEL: Record<Visibility, string> = {
  private: "Only me",
  leader: "My leaders",
  team: "My team",
};

/**
 * What each choice means for a rating: who sees it as for answers (core/privacy/visibility.ts),
 * and that the figures count every rating that is not private. A leader's rating shared with the
 * team is the one its members compare their own ranking with.
 */
export function ratingVisibilityHint(role: "leader" | "member"): string {
  const leaders =
    role === "leader"
      ? "My leaders: the people who lead you see it."
      : "My leaders: the team's leaders see it.";
  const team =
    role === "leader"
      ? "My team: everyone on the team sees it, and each member's agreement with you is measured against it."
      : "My team: everyone on the team sees it.";
  return `Only me: nobody else sees it, and no figure counts it. ${leaders} ${team} Either of these two, the figures count it without your name.`;
}
