import { Link } from "react-router";
import { Button } from "../components/button";
import { ErrorMessage, Loading } from "../components/messages";
import { percent } from "../features/charts/format";
import { CoachingPanel } from "../features/coaching/coaching-panel";
import { useMyPractice } from "../features/practice/practice.hooks";
import { PracticeFigureGrid } from "../features/practice/practice-figure";
import { ReportActions } from "../features/reports/report-actions";
import { reportUrls } from "../features/reports/reports.api";
import { errorMessage } from "../lib/api";
import { plural } from "../lib/format";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

/** The leader's practice figures, month by month: how they hold conversations, not what was said. */
export function PracticePage() {
  usePageTitle("My practice");
  const me = useSignedIn();
  const leads = me.teams.some((team) => team.role === "leader");
  const practice = useMyPractice();
  const months = practice.data?.months ?? [];
  const held = months.some((month) => month.conversationsHeld > 0);

  return (
    <div className="page page--wide">
      <h1>My practice</h1>
      <p className="lede">
        How you hold your conversations, month by month: how often, how open your questions are, the loops you
        start and close, how you listen, and the commitments you keep. The figures count what you recorded;
        nothing anyone said is in them.
      </p>
      {!leads ? (
        <p className="notice notice--plain">You do not lead a team, so there is no practice to show yet.</p>
      ) : null}
      {practice.isPending ? <Loading label="Loading your practice figures…" /> : null}
      {practice.isError ? (
        <>
          <ErrorMessage>{errorMessage(practice.error)}</ErrorMessage>
          <Button variant="secondary" onClick={() => void practice.refetch()}>
            Try again
          </Button>
        </>
      ) : null}
      {practice.isSuccess && leads && !held ? (
        <section className="panel practice-empty" aria-labelledby="practice-empty-heading">
          <h2 id="practice-empty-heading">No conversations held yet</h2>
          <p>The figures start with the first conversation you mark as held.</p>
          <p>
            Read how <Link to="/learn/active-listening">active listening</Link> and{" "}
            <Link to="/learn/vulnerability-loop">the vulnerability loop</Link> work, which two of the figures
            follow.
          </p>
        </section>
      ) : null}
      {practice.isSuccess && held ? (
        <p className="practice-summary">
          Months are read in your time zone, {practice.data.timeZone.replaceAll("_", " ")}. You lead{" "}
          {plural(practice.data.peopleLed, "person", "people")} today; the figures count your conversations
          and commitments with them.{" "}
          {practice.data.reliability.share === null
            ? "None of your commitments is due yet, so there is no reliability figure."
            : `Your reliability over all your commitments so far: ${practice.data.reliability.kept} of ${
                practice.data.reliability.due
              } kept on time (${percent(practice.data.reliability.share)}).`}
        </p>
      ) : null}
      {practice.isSuccess && held ? (
        <ReportActions pdfUrl={reportUrls.practice()} pdfLabel="Download my practice report (PDF)" />
      ) : null}
      {practice.isSuccess && held ? <PracticeFigureGrid months={months} /> : null}
      {leads ? <CoachingPanel /> : null}
    </div>
  );
}
