import { followershipResultText } from "#core/instruments/followership-styles";
import type { FollowershipMap } from "./followership.api";
import { pointWords } from "./style-words";

export type MapPerson = FollowershipMap["people"][number];

/** A gap between two points, to one decimal place: "21.2 points apart". */
export const gapWords = (gap: number): string =>
  `${gap.toLocaleString("en", { maximumFractionDigits: 1 })} ${gap === 1 ? "point" : "points"} apart`;

/** One person of the map in words: the estimate, their own result where it shows, and the gap. */
export function personWords(entry: MapPerson): string {
  const parts = [
    entry.estimate
      ? `your estimate ${pointWords(entry.estimate)} (${followershipResultText(entry.estimate).toLowerCase()})`
      : "no estimate from you",
    entry.self
      ? `their own result ${pointWords(entry.self)} (${followershipResultText(entry.self).toLowerCase()})`
      : entry.selfSealed
        ? "their own result shared with you, not yet looked at"
        : "no own result shared with you",
  ];
  if (entry.gap !== null) parts.push(gapWords(entry.gap));
  return `${entry.person.name}: ${parts.join("; ")}.`;
}

/** The whole map in words, for the picture's description (the table beside it has the same). */
export function mapWords(people: readonly MapPerson[]): string {
  if (people.length === 0) return "Nobody is on this team's map yet.";
  const arrows = people.filter((entry) => entry.gap !== null).length;
  const head = `${people.length} ${people.length === 1 ? "person" : "people"}; ${arrows} with an arrow from your estimate to their own result.`;
  return [head, ...people.map(personWords)].join(" ");
}
