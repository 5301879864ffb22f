import { countScaleTop } from "../charts/format";
import { MonthColumns } from "../charts/month-columns";
import type { PracticeMonth } from "./practice.api";
import { PRACTICE_FIGURES, type PracticeFigure } from "./practice-figures";

const SHORT = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
const LONG = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const TABLE = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);
/** "2026-11" as "November 2026" in a chart's description, "Nov 2026" in its table, "Nov" under a bar. */
export const monthName = (month: string) => LONG.format(monthDate(month));
const tableMonth = (month: string) => TABLE.format(monthDate(month));
const shortMonth = (month: string) => SHORT.format(monthDate(month));

function scaleOf(figure: PracticeFigure, months: readonly PracticeMonth[]) {
  if (figure.scale === "share") return { max: 1, maxLabel: "100%" };
  if (figure.scale === "talk") return { max: 100, maxLabel: "100%" };
  const largest = Math.max(
    0,
    ...months.flatMap((month) => figure.series.map((series) => series.value(month) ?? 0)),
  );
  const max = countScaleTop(largest);
  return { max, maxLabel: String(max) };
}

/**
 * One practice figure: its name, what it means, a chart of the months and, beside it, a table of
 * the same numbers (the table is what a screen reader or a careful reader uses).
 */
export function PracticeFigureView({
  figure,
  months,
  level = 2,
}: {
  figure: PracticeFigure;
  months: readonly PracticeMonth[];
  /** The heading's level: 2 on the practice screen, 3 under a section of its own. */
  level?: 2 | 3;
}) {
  const Heading = level === 3 ? "h3" : "h2";
  const headingId = `practice-${figure.key}`;
  const captionId = `${headingId}-table`;
  const scale = scaleOf(figure, months);
  return (
    <article className="practice-figure" aria-labelledby={headingId}>
      <Heading id={headingId}>{figure.title}</Heading>
      <p className="practice-figure__meaning">{figure.meaning}</p>
      <div className="practice-figure__body">
        <MonthColumns
          months={months.map((month) => shortMonth(month.month))}
          series={figure.series.map((series) => ({
            key: series.key,
            label: series.label,
            tone: series.tone,
            values: months.map((month) => series.value(month)),
          }))}
          max={scale.max}
          maxLabel={scale.maxLabel}
          title={`${figure.title}, month by month`}
          description={figure.describe(months, monthName)}
          bands={figure.bands}
        />
        {/* Focusable so a keyboard can scroll it sideways when the screen is narrow. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
        <section className="table-wrap practice-figure__table" tabIndex={0} aria-labelledby={captionId}>
          <table className="table table--compact">
            <caption id={captionId} className="visually-hidden">
              {figure.title} by month
            </caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                {figure.columns.map((column) => (
                  <th key={column.heading} scope="col" className="table__number">
                    {column.heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{tableMonth(month.month)}</th>
                  {figure.columns.map((column) => (
                    <td key={column.heading} className="table__number">
                      {column.cell(month)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </article>
  );
}

/** Every practice figure over the same months, as the practice screen and a coach's view draw them. */
export function PracticeFigureGrid({
  months,
  level = 2,
}: {
  months: readonly PracticeMonth[];
  level?: 2 | 3;
}) {
  return (
    <div className="practice-figures">
      {PRACTICE_FIGURES.map((figure) => (
        <PracticeFigureView key={figure.key} figure={figure} months={months} level={level} />
      ))}
    </div>
  );
}
