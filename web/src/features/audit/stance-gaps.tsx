import { Link } from "react-router";
import type { StanceGapItem } from "./audit.api";

/**
 * Goal stances the viewer perceives two rungs or more from what the person states (and the viewer
 * has looked at): each links to the goal's page, and offers to plan a conversation with the person.
 */
export function StanceGapList({ gaps, label }: { gaps: StanceGapItem[]; label: string }) {
  if (gaps.length === 0) return null;
  return (
    <ul className="cell-list" aria-label={label}>
      {gaps.map((gap) => (
        <li key={`${gap.goalId}-${gap.personId}`}>
          <Link to={`/goals/${gap.goalId}`}>
            <span className="cell-list__person" dir="auto">
              {gap.personName}
            </span>
            <span className="cell-list__facet">
              stance on “<bdi>{gap.goalTitle}</bdi>”: you see {gap.perceived}, they say {gap.stated}
            </span>
          </Link>{" "}
          <Link className="home-list__plan" to={`/people/${gap.personId}/conversations/new`}>
            Plan a conversation
            <span className="visually-hidden" dir="auto">
              {" "}
              with {gap.personName}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
