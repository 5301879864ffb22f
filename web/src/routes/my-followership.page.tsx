import { useRef, useState } from "react";
import { Link } from "react-router";
import { Button } from "../components/button";
import { ErrorMessage, Loading, StatusMessage } from "../components/messages";
import { AssessmentForm } from "../features/followership/assessment-form";
import { AssessmentHistory } from "../features/followership/assessment-history";
import { AssessmentResult } from "../features/followership/assessment-result";
import { useFollowershipInstrument, useMyFollowership } from "../features/followership/followership.hooks";
import { errorMessage } from "../lib/api";
import { usePageTitle } from "../lib/use-page-title";

/** The followership self-assessment: take it, read the result as a starting point, take it again. */
export function MyFollowershipPage() {
  usePageTitle("How you follow");
  const instrument = useFollowershipInstrument();
  const mine = useMyFollowership();
  const [retaking, setRetaking] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const failed = instrument.error ?? mine.error;
  const latest = mine.data?.latest ?? null;
  const showForm = instrument.isSuccess && mine.isSuccess && (latest === null || retaking);

  return (
    <div className="page page--wide">
      <h1 ref={heading} tabIndex={-1}>
        How you follow
      </h1>
      <p className="lede">
        Twenty statements about how you work with the people who lead you. Your answers add up to two sums
        from 0 to 60: how independently and critically you think, and how actively you engage. The result is
        the nearest of the five patterns Robert Kelley described, something to start a conversation with, not
        a verdict on you.
      </p>
      <p>
        It also becomes your answer on “Followership style” in <Link to="/me/answers">Working with me</Link>,
        seen by whom you choose below.{" "}
        <Link to="/learn/followership-styles">Read about followership styles</Link>
      </p>
      <StatusMessage>{status}</StatusMessage>
      {instrument.isPending || mine.isPending ? <Loading label="Loading the self-assessment…" /> : null}
      {failed ? (
        <>
          <ErrorMessage>{errorMessage(failed)}</ErrorMessage>
          <Button
            variant="secondary"
            onClick={() => {
              void instrument.refetch();
              void mine.refetch();
            }}
          >
            Try again
          </Button>
        </>
      ) : null}
      {latest && !retaking ? (
        <>
          <AssessmentResult assessment={latest} />
          <p>
            <Button
              variant="secondary"
              onClick={() => {
                setStatus(null);
                setRetaking(true);
              }}
            >
              Take it again
            </Button>
          </p>
        </>
      ) : null}
      {showForm ? (
        <section className="panel" aria-labelledby="assessment-form-heading">
          <h2 id="assessment-form-heading">{latest ? "Take it again" : "The self-assessment"}</h2>
          <AssessmentForm
            instrument={instrument.data}
            visibility={latest?.visibility ?? "leader"}
            onTaken={() => {
              setRetaking(false);
              setStatus("Your result is saved.");
              heading.current?.focus();
            }}
            onCancel={latest ? () => setRetaking(false) : undefined}
          />
        </section>
      ) : null}
      {mine.data && mine.data.history.length > 0 ? <AssessmentHistory history={mine.data.history} /> : null}
    </div>
  );
}
