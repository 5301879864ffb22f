import { ShareBar } from "../charts/share-bar";
import { DIMENSION_TEXT, DIMENSIONS } from "../knowledge/dimensions";
import type { Audit } from "./audit.api";
import { FIGURE_TEXT, figureValue, type ShareFigure } from "./figure-text";

const COLUMNS: ShareFigure[] = ["coverage", "confirmedShare", "assumptionLoad", "accuracy", "calibration"];

/** The figures for each dimension, as a table; the bars repeat the numbers beside them. */
export function DimensionBreakdown({ audit, captionId }: { audit: Audit; captionId: string }) {
  // Focusable so a keyboard can scroll it sideways when the screen is narrow.
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-wrap" tabIndex={0} aria-labelledby={captionId}>
      <table className="table breakdown">
        <caption id={captionId} className="table__caption">
          The figures for each dimension
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {FIGURE_TEXT[column].title}
              </th>
            ))}
            <th scope="col" className="table__number">
              Blind spots
            </th>
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((dimension) => {
            const figures = audit.byDimension[dimension];
            return (
              <tr key={dimension}>
                <th scope="row">{DIMENSION_TEXT[dimension].title}</th>
                {COLUMNS.map((column) => (
                  <td key={column}>
                    <span className="breakdown__value">{figureValue(column, figures[column])}</span>
                    <ShareBar
                      value={figures[column]}
                      label=""
                      decorative
                      tone={FIGURE_TEXT[column].better === "lower" ? "calm" : "accent"}
                    />
                  </td>
                ))}
                <td className="table__number">{figures.counts.blindSpots}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
