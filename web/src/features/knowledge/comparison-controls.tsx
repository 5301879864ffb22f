import { useId, useState } from "react";
import { comparisonBody } from "#contracts/knowledge";
import { Button } from "../../components/button";
import { Form, FormActions } from "../../components/form";
import { TextAreaField } from "../../components/form-fields";
import { ErrorMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { useSchemaForm } from "../../lib/forms";
import { OUTCOME_TEXT, OUTCOMES } from "./belief-text";
import type { ComparisonOutcome, PersonFacet } from "./knowledge.api";
import { useMarkComparison } from "./knowledge.hooks";

/** Marking against Rapport's computed outcome needs a reason: the contract's optional one, required. */
const reasonForm = comparisonBody.required().pick({ reason: true });
const REASON_MAX = 500;

interface ComparisonControlsProps {
  personId: string;
  item: PersonFacet;
  onDone: (message: string) => void;
}

/**
 * The audit itself: the leader sets their belief against the answer and says how it went. On a
 * structured facet Rapport has computed the outcome; marking another one needs a reason.
 */
export function ComparisonControls({ personId, item, onDone }: ComparisonControlsProps) {
  const { facet, comparison, computedOutcome } = item;
  const mark = useMarkComparison(personId, facet.id);
  const [overriding, setOverriding] = useState<ComparisonOutcome | null>(null);
  const headingId = useId();
  const marked = comparison && !comparison.computed ? comparison.outcome : null;

  const done = (outcome: ComparisonOutcome) => {
    setOverriding(null);
    onDone(`Marked ${OUTCOME_TEXT[outcome].label.toLowerCase()} on ${facet.title}.`);
  };

  const choose = (outcome: ComparisonOutcome) => {
    mark.reset();
    if (computedOutcome && outcome !== computedOutcome) return setOverriding(outcome);
    mark.mutate({ outcome }, { onSuccess: () => done(outcome) });
  };

  return (
    <section className="comparison" aria-labelledby={headingId}>
      <h4 id={headingId}>
        How did your belief compare?<span className="visually-hidden"> ({facet.title})</span>
      </h4>
      {computedOutcome ? (
        <p className="comparison__computed">
          Rapport computes <strong>{OUTCOME_TEXT[computedOutcome].label.toLowerCase()}</strong>:{" "}
          {OUTCOME_TEXT[computedOutcome].meaning}.
        </p>
      ) : (
        <p className="comparison__computed">Only you can judge a written answer: mark how close you were.</p>
      )}
      <p className="fine-print">
        {marked ? (
          <>
            You marked {OUTCOME_TEXT[marked].label.toLowerCase()}
            {comparison?.reason ? (
              <>
                : “<span dir="auto">{comparison.reason}</span>”
              </>
            ) : (
              "."
            )}
          </>
        ) : computedOutcome ? (
          "Rapport's result counts until you mark it yourself."
        ) : (
          "Not marked yet."
        )}
      </p>
      {item.state === "blind_spot" && comparison?.outcome === "partial" ? (
        <p className="fine-print">A partial held at confidence 4 or 5 still counts as a blind spot.</p>
      ) : null}
      <div className="comparison__buttons">
        {OUTCOMES.map((outcome) => (
          <Button
            key={outcome}
            variant={marked === outcome ? "primary" : "secondary"}
            aria-pressed={marked === outcome}
            pending={mark.isPending && mark.variables?.outcome === outcome}
            pendingLabel="Saving…"
            onClick={() => choose(outcome)}
          >
            {OUTCOME_TEXT[outcome].label}
          </Button>
        ))}
      </div>
      {overriding && computedOutcome ? (
        <ReasonForm
          key={overriding}
          hint={`Rapport computed ${OUTCOME_TEXT[computedOutcome].label.toLowerCase()}; you are marking ${OUTCOME_TEXT[overriding].label.toLowerCase()}.`}
          submit={`Mark ${OUTCOME_TEXT[overriding].label.toLowerCase()}`}
          onSubmit={async (reason) => {
            await mark.mutateAsync({ outcome: overriding, reason });
            done(overriding);
          }}
          onCancel={() => setOverriding(null)}
        />
      ) : null}
      <ErrorMessage>{!overriding && mark.isError ? errorMessage(mark.error) : null}</ErrorMessage>
    </section>
  );
}

interface ReasonFormProps {
  hint: string;
  submit: string;
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}

function ReasonForm({ hint, submit, onSubmit, onCancel }: ReasonFormProps) {
  const form = useSchemaForm({
    schema: reasonForm,
    labels: { reason: "Why you see it differently" },
    whenEmpty: { reason: "Say why you see it differently from Rapport." },
  });
  return (
    <Form form={form} className="form comparison__reason" onSubmit={({ reason }) => onSubmit(reason)}>
      <TextAreaField name="reason" hint={hint} rows={2} maxLength={REASON_MAX} />
      <FormActions submit={submit} pendingLabel="Saving…" onCancel={onCancel} />
    </Form>
  );
}
