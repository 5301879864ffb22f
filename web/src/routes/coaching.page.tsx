import { Link } from "react-router";
import { Button } from "../components/button";
import { ErrorMessage, Loading } from "../components/messages";
import type { CoachedLeader, CoachedLeaderDetail } from "../features/coaching/coaching.api";
import { useCoachedLeaderDetails, useCoachedLeaders } from "../features/coaching/coaching.hooks";
import { GRANT_WORDS } from "../features/coaching/coaching-words";
import { leaderTrend } from "../features/coaching/leader-trend";
import { errorMessage } from "../lib/api";
import { formatDate, plural } from "../lib/format";
import { usePageTitle } from "../lib/use-page-title";

/** A coach's home: the leaders they coach, each with the figures granted and how they moved. */
export function CoachingPage() {
  usePageTitle("Coaching");
  const leaders = useCoachedLeaders();
  const rows = leaders.data?.leaders ?? [];
  const details = useCoachedLeaderDetails(rows.map((leader) => leader.id));

  return (
    <div className="page">
      <h1>Coaching</h1>
      <p className="lede">
        The leaders you coach and the figures each has shared with you. You see their own practice and their
        teams as a whole, never what a member said or who a figure is about.
      </p>
      {leaders.isPending ? <Loading label="Loading the leaders you coach…" /> : null}
      {leaders.isError ? (
        <>
          <ErrorMessage>{errorMessage(leaders.error)}</ErrorMessage>
          <Button variant="secondary" onClick={() => void leaders.refetch()}>
            Try again
          </Button>
        </>
      ) : null}
      {leaders.isSuccess && rows.length === 0 ? (
        <p className="notice notice--plain">
          You coach nobody yet. A leader invites you by email; the link opens your coaching.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ul className="coached-leaders">
          {rows.map((leader, index) => (
            <LeaderCard key={leader.id} leader={leader} detail={details[index]?.data} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function LeaderCard({ leader, detail }: { leader: CoachedLeader; detail: CoachedLeaderDetail | undefined }) {
  const headingId = `leader-${leader.id}`;
  const trend = detail ? leaderTrend(detail) : [];
  return (
    <li className="panel coached-leader" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={`/coaching/leaders/${leader.id}`} dir="auto">
          {leader.name}
        </Link>
      </h2>
      <p className="fine-print">
        Coaching since {formatDate(leader.since)} ·{" "}
        {plural(leader.openAssignments, "open assignment", "open assignments")}
      </p>
      <p>
        {leader.grants.length === 0
          ? "No figures shared with you right now."
          : `Shared with you: ${leader.grants.map((grant) => GRANT_WORDS[grant].label).join(", ")}.`}
      </p>
      {trend.length > 0 ? (
        <ul className="coached-leader__trend">
          {trend.map((line) => (
            <li key={line} dir="auto">
              {line}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
