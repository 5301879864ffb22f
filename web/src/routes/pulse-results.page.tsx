import { Link, useParams, useSearchParams } from "react-router";
import { ErrorMessage, Loading, StatusMessage } from "../components/messages";
import { formatDay } from "../features/conversations/schedule";
import { AnonymityNote } from "../features/pulses/anonymity-note";
import { PulseResultsView } from "../features/pulses/pulse-results";
import { usePulse, usePulseResults } from "../features/pulses/pulses.hooks";
import { RoundBreadcrumb, RoundUnavailable } from "../features/pulses/round-frame";
import { TenureFilter, tenureOf } from "../features/pulses/tenure-filter";
import { errorMessage } from "../lib/api";
import { plural } from "../lib/format";
import { hasFlag, useArrivalState } from "../lib/use-arrival-state";
import { usePageTitle } from "../lib/use-page-title";

const GROUP_WORDS = {
  newer: "people who had been on the team under 180 days when they answered",
  longer: "people who had been on the team 180 days or more when they answered",
} as const;

/** A closed round's results: each figure or why it is withheld, and the comments when enough answered. */
export function PulseResultsPage() {
  const { pulseId = "" } = useParams();
  const [search] = useSearchParams();
  const tenure = tenureOf(search);
  const pulse = usePulse(pulseId);
  const closed = pulse.data?.round.status === "closed";
  const results = usePulseResults(pulseId, tenure, closed);
  const arrival = useArrivalState();
  usePageTitle(pulse.data ? `Trust pulse results: ${pulse.data.round.teamName}` : "Trust pulse results");

  if (pulse.isPending) return <Loading label="Loading the results…" />;
  if (pulse.isError) {
    return (
      <RoundUnavailable
        title="Results not available"
        error={pulse.error}
        retry={() => void pulse.refetch()}
      />
    );
  }
  const { round } = pulse.data;
  return (
    <div className="page page--wide">
      <RoundBreadcrumb round={round} />
      <h1>
        Trust pulse results for <span dir="auto">{round.teamName}</span>
      </h1>
      <p className="lede">
        The round opened {formatDay(round.openedOn)}
        {closed
          ? ` and closed ${formatDay(round.closedOn ?? round.closesOn)}.`
          : ` and is open until ${formatDay(round.closesOn)}.`}
      </p>
      <StatusMessage>{hasFlag(arrival, "closed") ? "The round is closed." : null}</StatusMessage>
      {!closed ? (
        <p className="notice notice--plain">
          Results show once the round closes, so that nobody can tell who answered by watching them change.{" "}
          <Link to={`/pulses/${round.id}`}>Back to the round</Link>
        </p>
      ) : null}
      {closed ? <TenureFilter pulseId={round.id} current={tenure} /> : null}
      {results.isPending && closed ? <Loading label="Loading the figures…" /> : null}
      {results.isError ? <ErrorMessage>{errorMessage(results.error)}</ErrorMessage> : null}
      {results.isSuccess ? (
        <>
          <p className="pulse-summary">
            {tenure ? `Only the answers of ${GROUP_WORDS[tenure]}. ` : ""}
            {results.data.respondents === null
              ? "How many answered is withheld with the figures."
              : `${plural(results.data.respondents, "person", "people")} answered.`}{" "}
            Figures show from {results.data.thresholds.scores} answers, comments from{" "}
            {results.data.thresholds.comments}.
          </p>
          <PulseResultsView results={results.data} />
          <AnonymityNote thresholds={results.data.thresholds} />
        </>
      ) : null}
    </div>
  );
}
