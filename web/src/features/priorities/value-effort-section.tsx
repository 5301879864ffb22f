import { useState } from "react";
import type { Alignment, AlignmentItem } from "./priorities.api";
import { meanText, type PlottedItem, QUADRANT_TEXT, ratioText } from "./priority-words";
import { rankedItems } from "./ranking";
import { ValueEffortChart } from "./value-effort-chart";

const ratings = (count: number) => `${count} ${count === 1 ? "rating" : "ratings"}`;

/** Why an item has no figures for this viewer: the server's reason it is withheld, or nobody rated it. */
function noFiguresText(item: AlignmentItem): string {
  if (item.withheld) return item.withheld;
  return item.raters === 0 ? "Not rated yet." : "No figures yet.";
}

function RankingTable({
  alignment,
  plotted,
  unranked,
  highlighted,
  onHighlight,
}: {
  alignment: Alignment;
  plotted: readonly PlottedItem[];
  unranked: readonly AlignmentItem[];
  highlighted: string | null;
  onHighlight: (itemId: string | null) => void;
}) {
  const valueForEffort = new Map(alignment.items.map((item) => [item.id, item.valueForEffort]));
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-wrap" tabIndex={0} aria-labelledby="priorities-ranking-caption">
      <table className="table table--compact priorities-ranking">
        <caption id="priorities-ranking-caption">Ranked by value for effort</caption>
        <thead>
          <tr>
            <th scope="col" className="priorities-ranking__number">
              #
            </th>
            <th scope="col">Item</th>
            <th scope="col" className="priorities-ranking__number">
              Value
            </th>
            <th scope="col" className="priorities-ranking__number">
              Effort
            </th>
            <th scope="col" className="priorities-ranking__number">
              Value for effort
            </th>
          </tr>
        </thead>
        <tbody>
          {plotted.map((item) => {
            const ratio = valueForEffort.get(item.id);
            return (
              <tr
                key={item.id}
                className={highlighted === item.id ? "priorities-ranking__row--marked" : undefined}
                onMouseEnter={() => onHighlight(item.id)}
                onMouseLeave={() => onHighlight(null)}
              >
                <td className="priorities-ranking__number">{item.rank}</td>
                <th scope="row">
                  <span dir="auto">{item.title}</span>
                  <span className="priorities-ranking__about">
                    {QUADRANT_TEXT[item.quadrant].single} · {ratings(item.raters)}
                  </span>
                </th>
                <td className="priorities-ranking__number">{meanText(item.meanValue)}</td>
                <td className="priorities-ranking__number">{meanText(item.meanEffort)}</td>
                <td className="priorities-ranking__number">
                  {ratio === null || ratio === undefined ? "–" : ratioText(ratio)}
                </td>
              </tr>
            );
          })}
          {unranked.map((item) => (
            <tr key={item.id} className="priorities-ranking__unranked">
              <td className="priorities-ranking__number">–</td>
              <th scope="row" dir="auto">
                {item.title}
              </th>
              <td colSpan={3}>{noFiguresText(item)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The value/effort chart and, beside it, the same items as a table ranked by value for effort
 * (mean value over mean effort). A point and its row are marked together while either has the
 * pointer, or the point has focus.
 */
export function ValueEffortSection({ alignment, teamName }: { alignment: Alignment; teamName: string }) {
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const { plotted, unranked } = rankedItems(alignment);
  return (
    <section className="panel" aria-labelledby="value-effort-heading">
      <h2 id="value-effort-heading">Value and effort</h2>
      <p className="fine-print">
        Each point is an item at its mean ratings: effort across, value up, both from 1 to 5. Above 3 is high.
        The number in a point is its place in the ranking beside it: mean value divided by mean effort, the
        most value for the effort first. Tab to a point to hear it.
      </p>
      {plotted.length === 0 ? <p>No item has figures to show yet: rate the work below.</p> : null}
      <div
        className={plotted.length > 0 ? "priorities-chart" : "priorities-chart priorities-chart--table-only"}
      >
        {plotted.length > 0 ? (
          <ValueEffortChart
            items={plotted}
            title={`${teamName}: the work by value and effort`}
            highlighted={highlighted}
            onHighlight={setHighlighted}
          />
        ) : null}
        <RankingTable
          alignment={alignment}
          plotted={plotted}
          unranked={unranked}
          highlighted={highlighted}
          onHighlight={setHighlighted}
        />
      </div>
    </section>
  );
}
