import { Link, useParams } from "react-router";
import { Loading } from "../components/messages";
import { Unavailable } from "../components/unavailable";
import { useTeamFollowershipMap } from "../features/followership/followership.hooks";
import { TeamMap } from "../features/followership/team-map";
import { useTeam } from "../features/teams/teams.hooks";
import { usePageTitle } from "../lib/use-page-title";

/** A team's followership map, for its leaders: estimates and own results on the two axes. */
export function FollowershipMapPage() {
  const { teamId = "" } = useParams();
  const map = useTeamFollowershipMap(teamId);
  const team = useTeam(teamId);
  const name = team.data?.name ?? "The team";
  usePageTitle(team.data ? `${team.data.name} followership map` : "Followership map");

  if (map.isPending) return <Loading label="Loading the team map…" />;
  if (map.isError) {
    return (
      <Unavailable
        title="Team map not available"
        error={map.error}
        notFound="Only the leaders of a team can see its followership map."
        back={{ to: `/teams/${teamId}`, label: "Back to the team" }}
        retry={() => void map.refetch()}
      />
    );
  }
  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to="/teams">Teams</Link> /{" "}
        <Link to={`/teams/${teamId}`} dir="auto">
          {name}
        </Link>{" "}
        / <Link to={`/teams/${teamId}/audit`}>Assumption audit</Link>
      </p>
      <h1>
        <span dir="auto">{name}</span>: followership map
      </h1>
      <p className="lede">
        Where you would place each person on the two followership axes, and where their own self-assessment
        puts them. An arrow runs from your estimate to their result: a long one is an assumption worth a
        conversation. Only you see your estimates.
      </p>
      <p className="fine-print">
        A person's own result shows here once they have taken the self-assessment and shared it with you, and
        you have written your estimate of them on their page (or looked at their result there first).{" "}
        <Link to="/learn/followership-styles">Read about followership styles</Link>
      </p>
      <TeamMap map={map.data} teamName={name} />
    </div>
  );
}
