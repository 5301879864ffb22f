import { Link } from "react-router";
import { Unavailable } from "../../components/unavailable";
import type { PulseRound } from "./pulses.api";

/** The way back from a round's screens: its team, and the team's trust pulse. */
export function RoundBreadcrumb({ round }: { round: PulseRound }) {
  return (
    <p className="breadcrumb">
      <Link to={`/teams/${round.teamId}`} dir="auto">
        {round.teamName}
      </Link>{" "}
      / <Link to={`/teams/${round.teamId}/pulses`}>Trust pulse</Link>
    </p>
  );
}

/** A round that could not be read: a 404 says who may open it, anything else offers to try again. */
export function RoundUnavailable({
  title,
  error,
  retry,
}: {
  title: string;
  error: unknown;
  retry: () => void;
}) {
  return (
    <Unavailable
      title={title}
      error={error}
      notFound="Only the people of a team can open its trust pulse."
      back={{ to: "/", label: "Back to your home" }}
      retry={retry}
    />
  );
}
