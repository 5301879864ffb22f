import { Link } from "react-router";
import { ErrorMessage, Loading } from "../../components/messages";
import { Panel } from "../../components/panel";
import { errorMessage } from "../../lib/api";
import { formatDay } from "../conversations/schedule";
import { OpenPulseForm } from "./open-pulse-form";
import type { PulseTrendRound } from "./pulses.api";
import { useTeamPulses } from "./pulses.hooks";

type Round = PulseTrendRound;

function RoundLine({ round, answers }: { round: Round; answers: boolean }) {
  if (round.status === "closed") {
    return (
      <li>
        <Link to={`/pulses/${round.id}/results`}>
          Round of {formatDay(round.openedOn)}, closed {formatDay(round.closedOn ?? round.closesOn)}
        </Link>
      </li>
    );
  }
  return (
    <li>
      <Link to={`/pulses/${round.id}`}>Round open until {formatDay(round.closesOn)}</Link>
      {answers ? (
        <span className="fine-print">
          {" "}
          · {round.answered ? "You have answered it." : "Waiting for your answers."}
        </span>
      ) : null}
    </li>
  );
}

/**
 * The trust pulse on a team's page: its rounds for the team's people (a member answers from
 * here), and for its leaders and admins the form that opens a round.
 */
export function TeamPulsePanel({
  teamId,
  onTeam,
  answers,
  mayOpen,
}: {
  teamId: string;
  /** The viewer leads or is a member of the team, and so may see its rounds. */
  onTeam: boolean;
  /** The viewer is a member of the team, who answers its rounds. */
  answers: boolean;
  mayOpen: boolean;
}) {
  const pulses = useTeamPulses(teamId, onTeam);
  const openRound = pulses.data?.rounds.find((round) => round.status === "open") ?? null;
  return (
    <Panel heading="Trust pulse">
      <p>
        A short anonymous survey the members answer about the team's leaders and about the team: trust and
        psychological safety. No answer is linked to the person who gave it, and each figure shows only when
        enough people answered.
      </p>
      {onTeam ? <Rounds teamId={teamId} pulses={pulses} answers={answers} /> : null}
      {mayOpen ? <OpenPulseForm teamId={teamId} openRound={openRound} /> : null}
    </Panel>
  );
}

function Rounds({
  teamId,
  pulses,
  answers,
}: {
  teamId: string;
  pulses: ReturnType<typeof useTeamPulses>;
  answers: boolean;
}) {
  if (pulses.isPending) return <Loading label="Loading the rounds…" />;
  if (pulses.isError) return <ErrorMessage>{errorMessage(pulses.error)}</ErrorMessage>;
  const { rounds } = pulses.data;
  if (rounds.length === 0) return <p className="fine-print">No round has been opened yet.</p>;
  return (
    <>
      <ul className="pulse-rounds">
        {rounds.slice(0, 5).map((round) => (
          <RoundLine key={round.id} round={round} answers={answers} />
        ))}
      </ul>
      <p>
        <Link to={`/teams/${teamId}/pulses`}>Trust over time, every round</Link>
      </p>
    </>
  );
}
