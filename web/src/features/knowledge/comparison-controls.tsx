import { type FormEvent, useId, useState } from "react";
import { Button } from "../../components/button";
import { ErrorMessage } from "../../components/messages";
import { formText, useFormErrors } from "../../lib/field-errors";
import { OUTCOME_TEXT, OUTCOMES } from "./belief-text";
import type { ComparisonOutcome, PersonFacet } from "./knowledge.api";
import { useMarkComparison } from "./knowledge.hooks";

const labels = { reason: "Why you see it differently" };

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
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);
  const headingId = useId();
  const marked = comparison && !comparison.computed ? comparison.outcome : null;

  const send = (outcome: ComparisonOutcome, reason?: string) => {
    clear();
    mark.mutate(reason ? { outcome, reason } : { outcome }, {
      onSuccess: () => {
        setOverriding(null);
        onDone(`Marked ${OUTCOME_TEXT[outcome].label.toLowerCase()} on ${facet.title}.`);
      },
      onError: showError,
    });
  };

  const choose = (outcome: ComparisonOutcome) => {
    if (computedOutcome && outcome !== computedOutcome) {
      clear();
      setOverriding(outcome);
      return;
    }
    send(outcome);
  };

  const submitReason = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = formText(event.currentTarget, "reason").trim();
    if (!overriding) return;
    if (reason === "") return showFieldErrors({ reason: "Say why you see it differently from Rapport." });
    send(overriding, reason);
  };

  return (
    <section className="comparison" aria-labelledby={headingId}>
      <h4 id={headingId}>How did your belief compare?</h4>
      {computedOutcome ? (
        <p className="comparison__computed">
          Rapport computes <strong>{OUTCOME_TEXT[computedOutcome].label.toLowerCase()}</strong>:{" "}
          {OUTCOME_TEXT[computedOutcome].meaning}.
        </p>
      ) : (
        <p className="comparison__computed">Only you can judge a written answer: mark how close you were.</p>
      )}
      <p className="fine-print">
        {marked
          ? `You marked ${OUTCOME_TEXT[marked].label.toLowerCase()}${comparison?.reason ? `: “${comparison.reason}”` : "."}`
          : computedOutcome
            ? "Rapport's result counts until you mark it yourself."
            : "Not marked yet."}
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
        <form ref={formRef} className="form comparison__reason" onSubmit={submitReason} noValidate>
          <ErrorMessage>{formError}</ErrorMessage>
          <div className={fieldErrors.reason ? "field field--invalid" : "field"}>
            <label htmlFor={`${headingId}-reason`}>{labels.reason}</label>
            <p id={`${headingId}-hint`} className="field__hint">
              Rapport computed {OUTCOME_TEXT[computedOutcome].label.toLowerCase()}; you are marking{" "}
              {OUTCOME_TEXT[overriding].label.toLowerCase()}.
            </p>
            <textarea
              id={`${headingId}-reason`}
              name="reason"
              rows={2}
              maxLength={500}
              aria-invalid={fieldErrors.reason ? true : undefined}
              aria-describedby={`${headingId}-hint${fieldErrors.reason ? ` ${headingId}-reason-error` : ""}`}
            />
            {fieldErrors.reason ? (
              <p id={`${headingId}-reason-error`} className="field__error">
                {fieldErrors.reason}
              </p>
            ) : null}
          </div>
          <div className="form__actions">
            <Button type="submit" pending={mark.isPending} pendingLabel="Saving…">
              Mark {OUTCOME_TEXT[overriding].label.toLowerCase()}
            </Button>
            <Button variant="secondary" onClick={() => setOverriding(null)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      <ErrorMessage>{overriding ? null : formError}</ErrorMessage>
    </section>
  );
}
