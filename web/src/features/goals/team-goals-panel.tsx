import { Link } from "react-router";
import { ErrorMessage, Loading } from "../../components/messages";
import { Panel } from "../../components/panel";
import { errorMessage } from "../../lib/api";
import { GoalList } from "./goal-list";
import { useTeamGoals } from "./goals.hooks";

/**
 * The goals on a team's page: the active ones, with where a member stands on each (or "Place
 * yourself"), and for a leader the way to state a new one.
 */
export function TeamGoalsPanel({ teamId, role }: { teamId: string; role: "leader" | "member" }) {
  const goals = useTeamGoals(teamId);
  const active = goals.data?.goals.filter((goal) => goal.status === "active") ?? [];
  return (
    <Panel heading="Goals">
      <p>
        Where the team is heading, and who has joined. Each person says where they stand on a goal; the first
        to join are named, with their consent, so others see who is already on board.
      </p>
      {goals.isPending ? <Loading label="Loading the goals…" /> : null}
      {goals.isError ? <ErrorMessage>{errorMessage(goals.error)}</ErrorMessage> : null}
      {goals.data && active.length === 0 ? <p className="fine-print">No goal has been stated yet.</p> : null}
      {active.length > 0 ? <GoalList goals={active} placesSelf={role === "member"} /> : null}
      <p className="goal-panel__links">
        {role === "leader" ? (
          <Link className="button button--secondary" to={`/teams/${teamId}/goals#new-goal`}>
            State a goal
          </Link>
        ) : null}
        {goals.data && goals.data.goals.length > 0 ? (
          <Link to={`/teams/${teamId}/goals`}>Every goal of the team</Link>
        ) : null}
      </p>
    </Panel>
  );
}
