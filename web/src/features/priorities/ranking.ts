import type { Alignment, AlignmentItem } from "./priorities.api";
import type { PlottedItem } from "./priority-words";

/**
 * The items in the server's ranking, each with its place from 1; those without figures for this
 * viewer (nobody rated them, or too few for a member to see them) come after, unranked.
 */
export function rankedItems(alignment: Alignment): { plotted: PlottedItem[]; unranked: AlignmentItem[] } {
  const byId = new Map(alignment.items.map((item) => [item.id, item]));
  const ordered = [
    ...alignment.ranked.flatMap((id) => {
      const item = byId.get(id);
      return item ? [item] : [];
    }),
    ...alignment.items.filter((item) => !alignment.ranked.includes(item.id)),
  ];
  const plotted: PlottedItem[] = [];
  const unranked: AlignmentItem[] = [];
  for (const item of ordered) {
    if (item.meanValue !== null && item.meanEffort !== null && item.quadrant !== null) {
      plotted.push({
        id: item.id,
        title: item.title,
        rank: plotted.length + 1,
        meanValue: item.meanValue,
        meanEffort: item.meanEffort,
        quadrant: item.quadrant,
        raters: item.raters,
      });
    } else {
      unranked.push(item);
    }
  }
  return { plotted, unranked };
}
