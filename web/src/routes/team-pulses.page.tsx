import { Link, useParams } from "react-router";
import { Loading } from "../components/messages";
import { Unavailable } from "../components/unavailable";
import { OpenPulseForm } from "../features/pulses/open-pulse-form";
import { PulseTrend } from "../features/pulses/pulse-trend";
import { useTeamPulses } from "../features/pulses/pulses.hooks";
import { useTeam } from "../features/teams/teams.hooks";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

/** A team's trust over time: every round of the pulse, charted and in a table. */
export function TeamPulsesPage() {
  const { teamId = "" } = useParams();
  const team = useTeam(teamId);
  const pulses = useTeamPulses(teamId);
  const me = useSignedIn();
  const name = team.data?.name ?? "the team";
  usePageTitle(team.data ? `Trust pulse: ${team.data.name}` : "Trust pulse");

  if (pulses.isPending || team.isPending) return <Loading label="Loading the trust pulse…" />;
  if (pulses.isError) {
    return (
      <Unavailable
        title="Trust pulse not available"
        error={pulses.error}
        notFound="Only the people of a team can see its trust pulse."
        back={{ to: `/teams/${teamId}`, label: "Back to the team" }}
        retry={() => void pulses.refetch()}
      />
    );
  }
  const mayOpen = team.data?.myRole === "leader" || me.user.isAdmin;
  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to="/teams">Teams</Link> /{" "}
        <Link to={`/teams/${teamId}`} dir="auto">
          {name}
        </Link>
      </p>
      <h1>
        Trust pulse: <span dir="auto">{name}</span>
      </h1>
      <p className="lede">
        How much the team trusts its leaders, and how safe it feels, round by round. A round whose figures are
        withheld, because too few people answered or because showing them would single people out, is a gap in
        the line; the table says why.
      </p>
      <PulseTrend rounds={pulses.data.rounds} onTeam={team.data?.myRole != null} />
      {mayOpen ? (
        <section className="panel" aria-labelledby="open-pulse-heading">
          <h2 id="open-pulse-heading">Open a round</h2>
          <OpenPulseForm
            teamId={teamId}
            openRound={pulses.data.rounds.find((round) => round.status === "open") ?? null}
          />
        </section>
      ) : null}
    </div>
  );
}
