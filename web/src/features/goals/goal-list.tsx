import { Link } from "react-router";
import { plural } from "../../lib/format";
import type { GoalSummary } from "./goals.api";
import { stanceLabel } from "./stance-words";

/** Who has joined, in words: the count of people at `supportive` or above. */
export const joinedText = (count: number): string =>
  count === 0 ? "Nobody has joined yet." : `${plural(count, "person has", "people have")} joined.`;

/**
 * A team's goals, each with its first step, how many have joined, and for a member where they
 * stand (or an invitation to place themselves).
 */
export function GoalList({
  goals,
  placesSelf,
  headingLevel = 3,
}: {
  goals: readonly GoalSummary[];
  /** The viewer is a member of the team, who places themselves on each goal. */
  placesSelf: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="goal-list">
      {goals.map((goal) => (
        <li key={goal.id} className="goal-list__item">
          <Heading className="goal-list__title">
            <Link to={`/goals/${goal.id}`} dir="auto">
              {goal.title}
            </Link>
            {goal.status === "archived" ? <span className="badge badge--quiet">Archived</span> : null}
          </Heading>
          <p className="goal-list__step">
            First step: <span dir="auto">{goal.firstStep}</span>
          </p>
          <p className="fine-print">
            {joinedText(goal.joinedCount)}
            {placesSelf ? (
              <>
                {" "}
                {goal.myStance ? (
                  <>You are {stanceLabel(goal.myStance.stance).toLowerCase()}.</>
                ) : (
                  <Link to={`/goals/${goal.id}#my-stance`}>Place yourself</Link>
                )}
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
