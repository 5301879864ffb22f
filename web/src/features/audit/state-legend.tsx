import { StackedBar } from "../charts/stacked-bar";
import { STATE_ORDER, STATE_TEXT, stateClass } from "../knowledge/knowledge-states";
import type { AuditFigures } from "./audit.api";

/**
 * What each colour and sign in the heatmap means, with how many facets (on screen: aspects) are in
 * each state. The table is also the data behind the bar above it, for anyone who cannot see the bar.
 */
export function StateLegend({ figures, captionId }: { figures: AuditFigures; captionId: string }) {
  const total = figures.counts.cells;
  const known = STATE_ORDER.filter((state) => state !== "unknown");
  const knownCount = total - figures.stateCounts.unknown;
  const summary = known
    .map((state) => `${figures.stateCounts[state]} ${STATE_TEXT[state].label.toLowerCase()}`)
    .join(", ");
  return (
    <div className="state-legend">
      <p className="state-legend__intro">
        You hold something on {knownCount} of {total} aspects. Of those:
      </p>
      <StackedBar
        label={`Of the ${knownCount} aspects you hold something on: ${summary}.`}
        segments={known.map((state) => ({
          key: state,
          value: figures.stateCounts[state],
          className: stateClass(state),
        }))}
      />
      {/* Focusable so a keyboard can scroll it sideways when the screen is narrow. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <section className="table-wrap" tabIndex={0} aria-labelledby={captionId}>
        <table className="table table--compact">
          <caption id={captionId} className="table__caption">
            What each state means, and how many aspects are in it
          </caption>
          <thead>
            <tr>
              <th scope="col">State</th>
              <th scope="col">Sign</th>
              <th scope="col" className="table__optional">
                What it means
              </th>
              <th scope="col" className="table__number">
                Aspects
              </th>
            </tr>
          </thead>
          <tbody>
            {STATE_ORDER.map((state) => (
              <tr key={state}>
                <th scope="row">{STATE_TEXT[state].label}</th>
                <td>
                  <span className={`state-swatch ${stateClass(state)}`}>{STATE_TEXT[state].sign}</span>
                </td>
                <td className="table__optional">{STATE_TEXT[state].meaning}</td>
                <td className="table__number">{figures.stateCounts[state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
