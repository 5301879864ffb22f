import { Link, useParams } from "react-router";
import { Loading } from "../components/messages";
import { Panel } from "../components/panel";
import { Unavailable } from "../components/unavailable";
import { GoalList } from "../features/goals/goal-list";
import { useTeamGoals } from "../features/goals/goals.hooks";
import { NewGoalForm } from "../features/goals/new-goal-form";
import { useTeam } from "../features/teams/teams.hooks";
import { usePageTitle } from "../lib/use-page-title";

/** A team's goals, active first, and for its leaders the form that states a new one. */
export function GoalsPage() {
  const { teamId = "" } = useParams();
  const team = useTeam(teamId);
  const goals = useTeamGoals(teamId);
  const name = team.data?.name ?? "the team";
  usePageTitle(team.data ? `Goals: ${team.data.name}` : "Goals");

  if (goals.isPending || team.isPending) return <Loading label="Loading the goals…" />;
  if (goals.isError) {
    return (
      <Unavailable
        title="Goals not available"
        error={goals.error}
        notFound="Only the people of a team can see its goals."
        back={{ to: `/teams/${teamId}`, label: "Back to the team" }}
        retry={() => void goals.refetch()}
      />
    );
  }
  const role = team.data?.myRole ?? null;
  const active = goals.data.goals.filter((goal) => goal.status === "active");
  const archived = goals.data.goals.filter((goal) => goal.status === "archived");
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/teams">Teams</Link> /{" "}
        <Link to={`/teams/${teamId}`} dir="auto">
          {name}
        </Link>
      </p>
      <h1>
        Goals: <span dir="auto">{name}</span>
      </h1>
      <p className="lede">
        A goal says what, why it matters, and a first step anyone can take. Each person places themselves on a
        ladder from unaware to champion; from supportive on, they have joined.
      </p>
      {active.length === 0 ? (
        <p>No goal has been stated for this team yet.</p>
      ) : (
        <GoalList goals={active} placesSelf={role === "member"} headingLevel={2} />
      )}
      {role === "leader" ? (
        <section className="panel" id="new-goal" aria-labelledby="new-goal-heading">
          <h2 id="new-goal-heading">State a goal</h2>
          <NewGoalForm teamId={teamId} />
        </section>
      ) : null}
      {archived.length > 0 ? (
        <Panel heading="Archived goals">
          <GoalList goals={archived} placesSelf={false} />
        </Panel>
      ) : null}
    </div>
  );
}
