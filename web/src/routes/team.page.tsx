import { Link, useParams } from "react-router";
import { Button } from "../components/button";
import { ErrorMessage, Loading, StatusMessage } from "../components/messages";
import { TeamGoalsPanel } from "../features/goals/team-goals-panel";
import { LeaderManualSection } from "../features/leader-manual/leader-manual-section";
import { ManualNudge } from "../features/leader-manual/manual-nudge";
import { TeamPrioritiesPanel } from "../features/priorities/team-priorities-panel";
import { TeamPulsePanel } from "../features/pulses/team-pulse-panel";
import { InvitationList } from "../features/teams/invitation-list";
import { InviteForm } from "../features/teams/invite-form";
import { Roster } from "../features/teams/roster";
import { TeamSettings } from "../features/teams/team-settings";
import { useTeam } from "../features/teams/teams.hooks";
import { errorMessage } from "../lib/api";
import { roleLabel } from "../lib/format";
import { hasFlag, useArrivalState } from "../lib/use-arrival-state";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

function arrivalMessage(state: unknown, teamName: string): string | null {
  if (hasFlag(state, "created")) return `${teamName} is created. Invite the people you lead.`;
  return null;
}

export function TeamPage() {
  const { teamId = "" } = useParams();
  const team = useTeam(teamId);
  const me = useSignedIn();
  const arrival = useArrivalState();
  usePageTitle(team.data?.name ?? "Team");

  if (team.isPending) return <Loading label="Loading team…" />;
  if (team.isError) {
    return (
      <div className="page page--narrow">
        <h1>Team not available</h1>
        <ErrorMessage>{errorMessage(team.error)}</ErrorMessage>
        <p>
          <Link to="/teams">Back to teams</Link>
        </p>
        <Button variant="secondary" onClick={() => void team.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  const { data } = team;
  // People on a shared team have a page (a leader's view of a member, or what a teammate shares).
  const personLink = (person: { id: string }) =>
    data.myRole && person.id !== me.user.id ? `/people/${person.id}` : undefined;
  const manage = data.canManage
    ? {
        teamId: data.id,
        teamName: data.name,
        myId: me.user.id,
        isAdmin: me.user.isAdmin,
        leaderCount: data.leaders.length,
      }
    : undefined;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/teams">Teams</Link>
      </p>
      <h1 dir="auto">{data.name}</h1>
      <p className="lede">
        {data.myRole
          ? `You are a ${roleLabel(data.myRole).toLowerCase()} of this team.`
          : "You see this team as an admin."}
      </p>
      <StatusMessage>{arrivalMessage(arrival, data.name)}</StatusMessage>
      {data.myRole === "leader" ? (
        <p className="team-audit-link">
          <Link className="button button--secondary" to={`/teams/${data.id}/audit`}>
            Assumption audit of <span dir="auto">{data.name}</span>
          </Link>
        </p>
      ) : null}
      <div className="grid">
        <Roster
          title="Leaders"
          teamRole="leader"
          people={data.leaders}
          empty="This team has no leader yet."
          linkFor={personLink}
          manage={manage}
        />
        <Roster
          title="Members"
          teamRole="member"
          people={data.members}
          empty="No members yet. Invite the people you lead."
          linkFor={personLink}
          manage={manage}
        />
      </div>
      {data.myRole ? <LeaderManualSection teamId={data.id} viewerId={me.user.id} /> : null}
      {data.myRole === "leader" ? <ManualNudge teamId={data.id} viewerId={me.user.id} /> : null}
      {data.myRole ? <TeamGoalsPanel teamId={data.id} role={data.myRole} /> : null}
      {data.myRole || me.user.isAdmin ? (
        <TeamPulsePanel
          teamId={data.id}
          onTeam={data.myRole !== null}
          answers={data.myRole === "member"}
          mayOpen={data.myRole === "leader" || me.user.isAdmin}
        />
      ) : null}
      {data.myRole ? <TeamPrioritiesPanel teamId={data.id} /> : null}
      {data.canManage ? (
        <>
          <div className="grid">
            <InviteForm teamId={data.id} teamName={data.name} />
            <InvitationList teamId={data.id} />
          </div>
          <TeamSettings teamId={data.id} teamName={data.name} />
        </>
      ) : null}
    </div>
  );
}
