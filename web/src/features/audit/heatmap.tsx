import { useState } from "react";
import { Link } from "react-router";
import { byDimension, DIMENSION_TEXT } from "../knowledge/dimensions";
import { type KnowledgeState, STATE_ORDER, STATE_TEXT, stateClass } from "../knowledge/knowledge-states";
import { type Audit, auditStateReader } from "./audit.api";
import { HeatmapPager } from "./heatmap-pager";
import { pageOfPeople } from "./heatmap-pages";
import { useGridNavigation } from "./use-grid-navigation";
import { usePrinting } from "./use-printing";

interface HeatmapProps {
  audit: Pick<Audit, "people" | "facets" | "stateRows">;
  labelledBy: string;
  /** The id of the text that says how to use the grid. */
  describedBy: string;
}

/**
 * People × facets, one cell per pair, coloured by knowledge state and marked with the state's sign,
 * so it reads without colour; a key above names each colour and sign in words, and each cell's name
 * (and tooltip) says person, facet and state in full. Each cell opens the person's page at that
 * facet. It scrolls sideways on a narrow screen, the names staying put.
 *
 * A team of more than HEATMAP_PAGE_SIZE people shows a page of them at a time under a pager, the
 * grid's rows numbered among all of them (aria-rowindex); a shorter last page keeps the room of a
 * full one, so nothing below moves as the pages turn. Printing draws every person, as the report
 * is about the whole team.
 */
export function Heatmap({ audit, labelledBy, describedBy }: HeatmapProps) {
  const groups = byDimension(audit.facets, (facet) => facet.dimension);
  const facets = groups.flatMap((group) => group.items);
  const stateOf = auditStateReader(audit);
  const [requestedPage, setRequestedPage] = useState(0);
  const printing = usePrinting();
  const page = pageOfPeople(audit.people.length, requestedPage);
  const paged = page.count > 1;
  const shown = printing ? { start: 0, end: audit.people.length, missingRows: 0 } : page;
  const people = audit.people.slice(shown.start, shown.end);
  const grid = useGridNavigation(people.length, facets.length + 1);
  const firstOfGroup = new Set(groups.map((group) => group.items[0]?.id));
  // Rows of the whole grid, for a screen reader: two header rows, then every person.
  const rowIndex = (row: number) => (paged ? row + 1 : undefined);

  return (
    <>
      <HeatmapKey />
      {paged ? (
        <HeatmapPager
          page={page}
          onPage={(index) => {
            setRequestedPage(index);
            grid.reset();
          }}
        />
      ) : null}
      <div className="heatmap-wrap">
        <table
          className="heatmap"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA data grid pattern (arrow keys move between cells).
          role="grid"
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          aria-readonly="true"
          aria-rowcount={paged ? audit.people.length + 2 : undefined}
          onKeyDown={grid.onKeyDown}
          onFocus={grid.onFocus}
        >
          <thead>
            <tr aria-rowindex={rowIndex(0)}>
              <td className="heatmap__corner" rowSpan={2} />
              {groups.map((group) => (
                <th
                  key={group.dimension}
                  scope="colgroup"
                  colSpan={group.items.length}
                  className="heatmap__group"
                >
                  {DIMENSION_TEXT[group.dimension].title}
                </th>
              ))}
            </tr>
            <tr aria-rowindex={rowIndex(1)}>
              {facets.map((facet) => (
                <th
                  key={facet.id}
                  scope="col"
                  className={
                    firstOfGroup.has(facet.id) ? "heatmap__facet heatmap__facet--first" : "heatmap__facet"
                  }
                >
                  <span>{facet.title}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((person, row) => (
              <tr key={person.id} aria-rowindex={rowIndex(shown.start + row + 2)}>
                <th scope="row" className="heatmap__person">
                  <Link
                    to={`/people/${person.id}`}
                    data-row={row}
                    data-col={0}
                    tabIndex={grid.tabIndexOf(row, 0)}
                    dir="auto"
                  >
                    {person.name}
                  </Link>
                </th>
                {facets.map((facet, index) => {
                  const state: KnowledgeState = stateOf(shown.start + row, facet.id);
                  const text = STATE_TEXT[state];
                  const name = `${person.name}, ${facet.title}: ${text.label}`;
                  return (
                    <td
                      key={facet.id}
                      className={
                        firstOfGroup.has(facet.id) ? "heatmap__cell heatmap__cell--first" : "heatmap__cell"
                      }
                    >
                      <Link
                        to={`/people/${person.id}#facet-${facet.key}`}
                        className={stateClass(state)}
                        data-row={row}
                        data-col={index + 1}
                        tabIndex={grid.tabIndexOf(row, index + 1)}
                        title={name}
                      >
                        <span aria-hidden="true">{text.sign}</span>
                        <span className="visually-hidden">{name}</span>
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {shown.missingRows > 0 ? (
          <div
            className="heatmap-wrap__reserve"
            style={{ height: `calc(${shown.missingRows} * var(--heatmap-row-pitch))` }}
          />
        ) : null}
      </div>
    </>
  );
}

/** What each colour and sign in the grid means, in words, right above it. */
function HeatmapKey() {
  return (
    <ul className="heatmap-key" aria-label="Key to the grid">
      {STATE_ORDER.map((state) => (
        <li key={state}>
          <span className={`heatmap-key__sign ${stateClass(state)}`} aria-hidden="true">
            {STATE_TEXT[state].sign}
          </span>
          {STATE_TEXT[state].label}
        </li>
      ))}
    </ul>
  );
}
