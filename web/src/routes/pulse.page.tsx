import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { Loading, StatusMessage } from "../components/messages";
import { formatDay } from "../features/conversations/schedule";
import { AnonymityNote } from "../features/pulses/anonymity-note";
import { CloseRound } from "../features/pulses/close-round";
import { PulseAnswerForm } from "../features/pulses/pulse-answer-form";
import { PulseStatements } from "../features/pulses/pulse-statements";
import { usePulse } from "../features/pulses/pulses.hooks";
import { RoundBreadcrumb, RoundUnavailable } from "../features/pulses/round-frame";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

/** One round of the trust pulse: a member answers it here once; its leaders see what it asks. */
export function PulsePage() {
  const { pulseId = "" } = useParams();
  const pulse = usePulse(pulseId);
  const me = useSignedIn();
  const heading = useRef<HTMLHeadingElement>(null);
  const [sent, setSent] = useState(false);
  usePageTitle(pulse.data ? `Trust pulse: ${pulse.data.round.teamName}` : "Trust pulse");

  if (pulse.isPending) return <Loading label="Loading the trust pulse…" />;
  if (pulse.isError) {
    return (
      <RoundUnavailable
        title="Trust pulse not available"
        error={pulse.error}
        retry={() => void pulse.refetch()}
      />
    );
  }
  const { round } = pulse.data;
  const role = me.teams.find((team) => team.id === round.teamId)?.role ?? null;
  const mayClose = round.status === "open" && (role === "leader" || me.user.isAdmin);
  return (
    <div className="page">
      <RoundBreadcrumb round={round} />
      <h1 ref={heading} tabIndex={-1}>
        Trust pulse for <span dir="auto">{round.teamName}</span>
      </h1>
      <p className="lede">
        {round.status === "open"
          ? `Opened ${formatDay(round.openedOn)}, open until ${formatDay(round.closesOn)}.`
          : `Opened ${formatDay(round.openedOn)}, closed ${formatDay(round.closedOn ?? round.closesOn)}.`}
      </p>
      <StatusMessage>
        {sent ? "Your answers are in. Thank you: they are stored without your name." : null}
      </StatusMessage>
      {round.status === "closed" ? (
        <p className="notice notice--plain">
          This round is closed. <Link to={`/pulses/${round.id}/results`}>See its results</Link>
        </p>
      ) : null}
      {round.status === "open" && role === "member" && round.answered && !sent ? (
        <p className="notice notice--plain">
          You have answered this round. Its results show once it closes, when {formatDay(round.closesOn)} is
          over (UTC) at the latest.
        </p>
      ) : null}
      {round.status === "open" && role === "member" && round.answered && sent ? (
        <p>Its results show once it closes, when {formatDay(round.closesOn)} is over (UTC) at the latest.</p>
      ) : null}
      <AnonymityNote thresholds={pulse.data.thresholds} />
      {round.status === "open" && role === "member" && !round.answered ? (
        <PulseAnswerForm
          pulse={pulse.data}
          onAnswered={() => {
            setSent(true);
            heading.current?.focus();
          }}
        />
      ) : null}
      {mayClose ? <CloseRound round={round} /> : null}
      {role !== "member" ? <PulseStatements pulse={pulse.data} /> : null}
    </div>
  );
}
