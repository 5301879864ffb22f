import { Link } from "react-router";
import { Panel } from "../../components/panel";
import { useWorkItems } from "./priorities.hooks";

/** On a team's page, for its people: what the priorities are, how much is left to rate, and the way there. */
export function TeamPrioritiesPanel({ teamId }: { teamId: string }) {
  const items = useWorkItems(teamId);
  const active = items.data?.items.filter((item) => !item.archived) ?? [];
  const unrated = active.filter((item) => item.myRating === null).length;
  return (
    <Panel heading="Priorities">
      <p>
        The team's work items, each rated by everyone for value and effort: what is worth doing first, where
        people see the work differently, and how far the team agrees.
      </p>
      {items.data ? (
        <p className="fine-print">
          {active.length === 0
            ? "No work is listed yet."
            : `${active.length} ${active.length === 1 ? "item" : "items"} listed; ${
                unrated === 0 ? "you have rated them all" : `${unrated} for you to rate`
              }.`}
        </p>
      ) : null}
      <p>
        <Link to={`/teams/${teamId}/priorities`}>Priorities and alignment</Link>
      </p>
    </Panel>
  );
}
