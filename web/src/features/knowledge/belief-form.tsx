import { type FormEvent, useEffect, useId, useRef } from "react";
import { Button } from "../../components/button";
import { SelectField } from "../../components/field";
import { ErrorMessage } from "../../components/messages";
import { formText, useFormErrors } from "../../lib/field-errors";
import { CONFIDENCE_TEXT, SOURCE_TEXT, SOURCES } from "./belief-text";
import { missingValueMessage, readFacetValue } from "./facet-value";
import { FacetValueInput } from "./facet-value-input";
import type { Facet } from "./facets.api";
import type { Belief, BeliefSource } from "./knowledge.api";
import { useRecordBelief } from "./knowledge.hooks";

const labels = {
  value: "What you think is true",
  source: "Where this comes from",
  confidence: "How sure you are",
};
const sourceOptions = [
  { value: "", label: "Choose…" },
  ...SOURCES.map((source) => ({
    value: source,
    label: `${SOURCE_TEXT[source].label}: ${SOURCE_TEXT[source].explanation}`,
  })),
];
const isSource = (value: string): value is BeliefSource => (SOURCES as readonly string[]).includes(value);

interface BeliefFormProps {
  personId: string;
  facet: Facet;
  belief: Belief | undefined;
  /** The person has answered and the viewer could see it: a belief written now counts as after the answer. */
  answered: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** What the leader believes on one facet: the value, where it comes from, and how sure they are. */
export function BeliefForm({ personId, facet, belief, answered, onDone, onCancel }: BeliefFormProps) {
  const record = useRecordBelief(personId, facet.id);
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);
  const firstInputRef = useRef<HTMLDivElement>(null);
  const confidenceErrorId = `${useId()}-confidence-error`;

  // Opening the form moves focus into it, so keyboard users land where they are about to type.
  useEffect(() => {
    firstInputRef.current?.querySelector<HTMLElement>("textarea, input")?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const value = readFacetValue(form, facet, "value");
    const source = formText(form, "source");
    const confidence = Number(formText(form, "confidence"));
    const missing = {
      value: value === null ? missingValueMessage(facet) : undefined,
      source: isSource(source) ? undefined : "Choose where this belief comes from.",
      confidence: confidence >= 1 ? undefined : "Choose how sure you are, from 1 to 5.",
    };
    if (value === null || !isSource(source) || !(confidence >= 1)) return showFieldErrors(missing);
    clear();
    record.mutate(
      { value, source, confidence },
      { onSuccess: () => onDone(`Your belief on ${facet.title} is saved.`), onError: showError },
    );
  };

  return (
    <form ref={formRef} className="form belief-form" onSubmit={submit} noValidate>
      <ErrorMessage>{formError}</ErrorMessage>
      <div ref={firstInputRef}>
        <FacetValueInput
          facet={facet}
          name="value"
          legend={labels.value}
          defaultValue={belief?.value}
          error={fieldErrors.value}
        />
      </div>
      <SelectField
        label={labels.source}
        name="source"
        options={sourceOptions}
        defaultValue={belief?.source ?? ""}
        error={fieldErrors.source}
      />
      <fieldset
        className="choice-group confidence"
        aria-describedby={fieldErrors.confidence ? confidenceErrorId : undefined}
      >
        <legend>{labels.confidence}</legend>
        <div className="confidence__points">
          {[1, 2, 3, 4, 5].map((point) => (
            <label key={point} className="confidence__point">
              <input
                type="radio"
                name="confidence"
                value={point}
                defaultChecked={belief?.confidence === point}
                aria-invalid={fieldErrors.confidence ? true : undefined}
              />
              <span>
                {point} <span className="confidence__word">{CONFIDENCE_TEXT[point]}</span>
              </span>
            </label>
          ))}
        </div>
        {fieldErrors.confidence ? (
          <p id={confidenceErrorId} className="field__error">
            {fieldErrors.confidence}
          </p>
        ) : null}
      </fieldset>
      {answered ? (
        <p className="fine-print">
          They have already answered, so this belief is kept and compared but does not count in your accuracy
          or calibration.
        </p>
      ) : null}
      <div className="form__actions">
        <Button type="submit" pending={record.isPending} pendingLabel="Saving…">
          Save belief
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
