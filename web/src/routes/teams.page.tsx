import { Button } from "../components/button";
import { ErrorMessage, Loading, StatusMessage } from "../components/messages";
import { NewTeamForm } from "../features/teams/new-team-form";
import { TeamList } from "../features/teams/team-list";
import { useTeams } from "../features/teams/teams.hooks";
import { errorMessage } from "../lib/api";
import { useArrivalState } from "../lib/use-arrival-state";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

/** After deleting a team or leaving one, the team's page is gone: say so here. */
function departureMessage(state: unknown): string | null {
  if (typeof state !== "object" || state === null) return null;
  const { deleted, left } = state as { deleted?: unknown; left?: unknown };
  if (typeof deleted === "string")
    return `${deleted} is deleted. Its people keep their accounts and answers.`;
  if (typeof left === "string") return `You are no longer on ${left}.`;
  return null;
}

export function TeamsPage() {
  usePageTitle("Teams");
  const me = useSignedIn();
  const teams = useTeams();
  const arrival = useArrivalState();
  const canCreate = me.user.isAdmin || me.teams.some((team) => team.role === "leader");

  return (
    <div className="page">
      <h1>Teams</h1>
      <StatusMessage>{departureMessage(arrival)}</StatusMessage>
      <section aria-labelledby="your-teams-heading">
        <h2 id="your-teams-heading">{me.user.isAdmin ? "All teams" : "Your teams"}</h2>
        {teams.isPending ? <Loading label="Loading teams…" /> : null}
        {teams.isError ? (
          <>
            <ErrorMessage>{errorMessage(teams.error)}</ErrorMessage>
            <Button variant="secondary" onClick={() => void teams.refetch()}>
              Try again
            </Button>
          </>
        ) : null}
        {teams.isSuccess ? <TeamList teams={teams.data.teams} /> : null}
      </section>
      <section className="panel" aria-labelledby="new-team-heading">
        <h2 id="new-team-heading">New team</h2>
        {canCreate ? (
          <NewTeamForm />
        ) : (
          <p className="empty">Admins and team leaders can create teams. Ask your admin if you need one.</p>
        )}
      </section>
    </div>
  );
}
