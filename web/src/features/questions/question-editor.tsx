import { type FormEvent, useId, useState } from "react";
import type { QuestionDepth } from "#core/questions/bank";
import { Button } from "../../components/button";
import { ErrorMessage } from "../../components/messages";
import { useFormErrors } from "../../lib/field-errors";
import { LintFeedback } from "./lint-feedback";
import {
  DEPTHS,
  DIMENSIONS,
  depthLabel,
  dimensionLabel,
  facetsIn,
  isDepth,
  isFacet,
  isTopic,
  TOPICS,
  topicLabel,
} from "./question-vocabulary";
import type { QuestionDraft, QuestionSubject } from "./questions.api";

interface QuestionEditorProps {
  /** The text field's label, e.g. "New question" or "Edit question 4". */
  label: string;
  initial?: QuestionDraft;
  submitLabel: string;
  pendingLabel: string;
  /** Saves the draft; a rejection shows the server's reasons next to the fields. */
  onSave: (draft: QuestionDraft) => Promise<unknown>;
  onCancel?: () => void;
  /** Empty the form after a save, ready for the next question. */
  clearOnSave?: boolean;
}

const EMPTY: QuestionDraft = { text: "", facet: null, topic: null, depth: "light" };

/** A facet or a topic, as one select value: "facet:focus-rhythm", "topic:trust" or "" for neither. */
const subjectValue = ({ facet, topic }: QuestionSubject): string =>
  facet ? `facet:${facet}` : topic ? `topic:${topic}` : "";

function subjectOf(value: string): QuestionSubject {
  const [kind, key = ""] = value.split(":");
  if (kind === "facet" && isFacet(key)) return { facet: key, topic: null };
  if (kind === "topic" && isTopic(key)) return { facet: null, topic: key };
  return { facet: null, topic: null };
}

/**
 * Adds or edits one question. The linter's feedback follows the text as it is typed; findings advise
 * and never block: a leader may keep a question the linter would word differently.
 */
export function QuestionEditor(props: QuestionEditorProps) {
  const { label, initial = EMPTY, submitLabel, pendingLabel, onSave, onCancel, clearOnSave = false } = props;
  const id = useId();
  const [text, setText] = useState(initial.text);
  const [subject, setSubject] = useState(subjectValue(initial));
  const [depth, setDepth] = useState<QuestionDepth>(initial.depth);
  const [pending, setPending] = useState(false);
  const labels = { text: label, facet: "About", topic: "About", depth: "Depth" };
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() === "") return showFieldErrors({ text: "Write the question first." });
    clear();
    setPending(true);
    try {
      await onSave({ text: text.trim(), ...subjectOf(subject), depth });
      if (clearOnSave) setText("");
    } catch (error) {
      showError(error);
    } finally {
      setPending(false);
    }
  };

  const textError = fieldErrors.text;
  const subjectError = fieldErrors.facet ?? fieldErrors.topic;
  const describedBy = [`${id}-lint`, textError ? `${id}-text-error` : ""].filter(Boolean).join(" ");

  return (
    <form ref={formRef} className="form question-editor" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorMessage>{formError}</ErrorMessage>
      <div className={textError ? "field field--invalid" : "field"}>
        <label htmlFor={`${id}-text`}>{label}</label>
        <textarea
          className="q-textarea"
          id={`${id}-text`}
          name="text"
          rows={2}
          maxLength={500}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={textError ? true : undefined}
          aria-describedby={describedBy}
        />
        {textError ? (
          <p id={`${id}-text-error`} className="field__error">
            {textError}
          </p>
        ) : null}
      </div>
      <LintFeedback text={text} id={`${id}-lint`} />
      <div className="form__row">
        <div className={subjectError ? "field field--invalid" : "field"}>
          <label htmlFor={`${id}-subject`}>About</label>
          <select
            id={`${id}-subject`}
            name="subject"
            value={subject}
            onChange={(event) => setSubject(event.target.value)}
            aria-invalid={subjectError ? true : undefined}
            aria-describedby={subjectError ? `${id}-subject-error` : undefined}
          >
            <option value="">No facet or topic</option>
            <optgroup label="Topics">
              {TOPICS.map((topic) => (
                <option key={topic} value={`topic:${topic}`}>
                  {topicLabel(topic)}
                </option>
              ))}
            </optgroup>
            {DIMENSIONS.map((dimension) => (
              <optgroup key={dimension} label={`${dimensionLabel(dimension)} facets`}>
                {facetsIn(dimension).map((facet) => (
                  <option key={facet.key} value={`facet:${facet.key}`}>
                    {facet.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {subjectError ? (
            <p id={`${id}-subject-error`} className="field__error">
              {subjectError}
            </p>
          ) : null}
        </div>
        <div className={fieldErrors.depth ? "field field--invalid" : "field"}>
          <label htmlFor={`${id}-depth`}>Depth</label>
          <select
            id={`${id}-depth`}
            name="depth"
            value={depth}
            onChange={(event) => {
              if (isDepth(event.target.value)) setDepth(event.target.value);
            }}
          >
            {DEPTHS.map((value) => (
              <option key={value} value={value}>
                {depthLabel(value)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form__actions">
        <Button type="submit" pending={pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
