import { Link } from "react-router";
import type { Audit, AuditCell } from "./audit.api";

interface CellListProps {
  audit: Audit;
  cells: AuditCell[];
  empty: string;
  label: string;
}

/** (person, facet) pairs as links to the person's page at that facet: the blind spots, or the stale ones. */
export function CellList({ audit, cells, empty, label }: CellListProps) {
  if (cells.length === 0) return <p className="empty">{empty}</p>;
  const people = new Map(audit.people.map((person) => [person.id, person.name]));
  const facets = new Map(audit.facets.map((facet) => [facet.id, facet]));
  return (
    <ul className="cell-list" aria-label={label}>
      {cells.map((cell) => {
        const facet = facets.get(cell.facetId);
        const name = people.get(cell.personId) ?? "Someone";
        return (
          <li key={`${cell.personId}-${cell.facetId}`}>
            <Link to={`/people/${cell.personId}${facet ? `#facet-${facet.key}` : ""}`}>
              <span className="cell-list__person" dir="auto">
                {name}
              </span>
              <span className="cell-list__facet">{facet?.title ?? "an aspect"}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
