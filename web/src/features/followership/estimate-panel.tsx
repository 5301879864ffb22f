import { useWatch } from "react-hook-form";
import { followershipEstimateBody } from "#contracts/followership";
import { followershipStyle, isAxisScore } from "#core/instruments/followership";
import { followershipResultText } from "#core/instruments/followership-styles";
import { Form, FormActions } from "../../components/form";
import { ErrorMessage, Loading } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { useSchemaForm } from "../../lib/forms";
import { AxisField } from "./axis-field";
import type { FollowershipEstimate } from "./followership.api";
import { useEstimate, useRecordEstimate } from "./followership.hooks";
import { AXIS_NAME } from "./style-words";

const labels = { it: AXIS_NAME.it, ae: AXIS_NAME.ae };

/** The nearest pattern for the numbers on the sliders, read out as they move. */
function StylePreview() {
  const [it, ae] = useWatch({ name: ["it", "ae"] }) as unknown[];
  const ready = isAxisScore(it) && isAxisScore(ae);
  return (
    <p className="estimate-preview" aria-live="polite">
      {ready
        ? `Nearest pattern for these numbers: ${followershipResultText(followershipStyle(it, ae))}.`
        : ""}
    </p>
  );
}

/** Whether the estimate was written blind: the seal every belief carries. */
function SealWords({ afterResult, firstName }: { afterResult: boolean; firstName: string }) {
  const name = <span dir="auto">{firstName}</span>;
  return afterResult ? (
    <>
      Written after you looked at {name}'s own result: it is compared, but it does not count in your accuracy
      or calibration.
    </>
  ) : (
    <>Written before you looked at {name}'s own result.</>
  );
}

function EstimateForm({
  personId,
  firstName,
  estimate,
}: {
  personId: string;
  firstName: string;
  estimate: FollowershipEstimate | null;
}) {
  const record = useRecordEstimate(personId);
  const form = useSchemaForm({
    schema: followershipEstimateBody,
    labels,
    defaultValues: estimate ? { it: estimate.it, ae: estimate.ae } : { it: 30, ae: 30 },
  });
  const save = async (values: { it: number; ae: number }) => {
    await record.mutateAsync(values);
    return "Your estimate is saved.";
  };
  return (
    <Form form={form} className="form estimate-form" onSubmit={save} announces>
      <AxisField
        name="it"
        hint={
          <>
            0 to 60: how far <span dir="auto">{firstName}</span> weighs things up for themselves and says so,
            as the self-assessment sums it.
          </>
        }
      />
      <AxisField
        name="ae"
        hint={
          <>
            0 to 60: how fully <span dir="auto">{firstName}</span> puts their energy into the work and takes
            things on, as the self-assessment sums it.
          </>
        }
      />
      <StylePreview />
      <FormActions submit={estimate ? "Update estimate" : "Save estimate"} pendingLabel="Saving…" />
    </Form>
  );
}

/**
 * On a person page, for their leader: where the leader would place them on the two followership
 * axes. Saving it writes the leader's belief on followership style, sealed like any belief.
 */
export function EstimatePanel({ personId, firstName }: { personId: string; firstName: string }) {
  const estimate = useEstimate(personId);
  return (
    <section className="panel estimate-panel" aria-labelledby="estimate-heading">
      <h2 id="estimate-heading">Your followership estimate</h2>
      <p>
        Where would you place <span dir="auto">{firstName}</span> on the two axes of the followership
        self-assessment? Your estimate becomes your belief on followership style, so write it before you look
        at <span dir="auto">{firstName}</span>'s own result. Once it is saved, their result, if they shared it
        with you, shows on that aspect below, and Rapport compares the two as for any belief.
      </p>
      {estimate.isPending ? <Loading label="Loading your estimate…" /> : null}
      {estimate.isError ? <ErrorMessage>{errorMessage(estimate.error)}</ErrorMessage> : null}
      {estimate.isSuccess ? (
        <>
          {estimate.data ? (
            <p className="estimate-saved">
              Saved on {formatDate(estimate.data.recordedAt)}: thinking {estimate.data.it}, engagement{" "}
              {estimate.data.ae} ({followershipResultText(estimate.data).toLowerCase()}).{" "}
              <SealWords afterResult={estimate.data.afterResult} firstName={firstName} />
            </p>
          ) : null}
          <EstimateForm personId={personId} firstName={firstName} estimate={estimate.data} />
        </>
      ) : null}
    </section>
  );
}
