import { type FormEvent, useEffect, useRef } from "react";
import { Button } from "../../components/button";
import { ErrorMessage } from "../../components/messages";
import { formText, useFormErrors } from "../../lib/field-errors";
import { missingValueMessage, readFacetValue } from "../knowledge/facet-value";
import { FacetValueInput } from "../knowledge/facet-value-input";
import type { Facet } from "../knowledge/facets.api";
import type { MyAnswer } from "./answers.api";
import { useSaveAnswer } from "./answers.hooks";
import { isVisibility, VISIBILITY_CHOICES, VISIBILITY_TEXT } from "./visibility";

const labels = { value: "Your answer", visibility: "Who can see this answer" };

interface AnswerFormProps {
  facet: Facet;
  answer: MyAnswer | undefined;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The member's own answer on one facet, and who may see it. */
export function AnswerForm({ facet, answer, onDone, onCancel }: AnswerFormProps) {
  const save = useSaveAnswer(facet.id);
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);
  const valueRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    valueRef.current?.querySelector<HTMLElement>("textarea, input")?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const value = readFacetValue(form, facet, "value");
    const visibility = formText(form, "visibility");
    if (value === null) return showFieldErrors({ value: missingValueMessage(facet) });
    clear();
    save.mutate(
      { value, visibility: isVisibility(visibility) ? visibility : "leader" },
      { onSuccess: () => onDone(`Your answer on ${facet.title} is saved.`), onError: showError },
    );
  };

  const current = answer?.visibility ?? "leader";
  return (
    <form ref={formRef} className="form answer-form" onSubmit={submit} noValidate>
      <ErrorMessage>{formError}</ErrorMessage>
      <div ref={valueRef}>
        <FacetValueInput
          facet={facet}
          name="value"
          legend={labels.value}
          defaultValue={answer?.value}
          error={fieldErrors.value}
        />
      </div>
      <fieldset className="choice-group visibility-choice">
        <legend>{labels.visibility}</legend>
        {VISIBILITY_CHOICES.map((visibility) => (
          <label key={visibility} className="choice">
            <input
              type="radio"
              name="visibility"
              value={visibility}
              defaultChecked={current === visibility}
            />
            <span>
              <span className="choice__label">{VISIBILITY_TEXT[visibility].label}</span>
              <span className="choice__hint">{VISIBILITY_TEXT[visibility].explanation}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="form__actions">
        <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
          Save answer
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
