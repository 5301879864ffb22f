import type { ReactNode } from "react";

/** One row of a figure's table: its heading cell, then its numbers (or words) in the columns' order. */
export interface FigureRow {
  key: string | number;
  head: ReactNode;
  cells: readonly (string | number)[];
}

/**
 * The numbers behind a chart: a first column of row headings, then number columns; a narrow
 * screen scrolls it sideways, so it takes the keyboard's focus.
 */
export function FigureTable({
  caption,
  columns,
  rows,
  className,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly FigureRow[];
  /** Added to `table-wrap`, e.g. to place the table beside its chart. */
  className?: string;
}) {
  const [first, ...numbers] = columns;
  return (
    <section
      className={className ? `table-wrap ${className}` : "table-wrap"}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
      tabIndex={0}
      aria-label={caption}
    >
      <table className="table table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {numbers.map((column) => (
              <th key={column} scope="col" className="table__number">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.head}</th>
              {row.cells.map((cell, index) => (
                <td key={numbers[index]} className="table__number">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
