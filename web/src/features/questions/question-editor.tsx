import { useId } from "react";
import { useWatch } from "react-hook-form";
import { z } from "zod";
import { newItemBody, QUESTION_TEXT_MAX } from "#contracts/questions";
import { Form, FormActions } from "../../components/form";
import { SelectField, TextAreaField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { LintFeedback } from "./lint-feedback";
import {
  DEPTHS,
  DIMENSIONS,
  depthLabel,
  dimensionLabel,
  facetsIn,
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

/** The contract's question, with its facet or topic as one select: "facet:focus-rhythm", "topic:trust" or "". */
const questionForm = z.object({
  text: newItemBody.shape.text,
  subject: z.string(),
  depth: newItemBody.shape.depth,
});

const SUBJECTS = [
  { value: "", label: "No aspect or topic" },
  {
    group: "Topics",
    options: TOPICS.map((topic) => ({ value: `topic:${topic}`, label: topicLabel(topic) })),
  },
  ...DIMENSIONS.map((dimension) => ({
    group: `${dimensionLabel(dimension)} aspects`,
    options: facetsIn(dimension).map((facet) => ({ value: `facet:${facet.key}`, label: facet.title })),
  })),
];

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
  const lintId = `${useId()}-lint`;
  const form = useSchemaForm({
    schema: questionForm,
    labels: { text: label, subject: "About", depth: "Depth" },
    whenEmpty: { text: "Write the question first." },
    serverPaths: { facet: "subject", topic: "subject" },
    defaultValues: { text: initial.text, subject: subjectValue(initial), depth: initial.depth },
  });

  return (
    <Form
      form={form}
      className="form question-editor"
      onSubmit={async ({ text, subject, depth }) => {
        await onSave({ text, ...subjectOf(subject), depth });
        if (clearOnSave) form.resetField("text", { defaultValue: "" });
      }}
    >
      <TextAreaField
        name="text"
        inputClassName="q-textarea"
        rows={2}
        maxLength={QUESTION_TEXT_MAX}
        describedBy={[lintId]}
      />
      <LiveLint id={lintId} />
      <div className="form__row">
        <SelectField name="subject" options={SUBJECTS} />
        <SelectField
          name="depth"
          options={DEPTHS.map((depth) => ({ value: depth, label: depthLabel(depth) }))}
        />
      </div>
      <FormActions submit={submitLabel} pendingLabel={pendingLabel} onCancel={onCancel} />
    </Form>
  );
}

function LiveLint({ id }: { id: string }) {
  const text: unknown = useWatch({ name: "text" });
  return <LintFeedback text={typeof text === "string" ? text : ""} id={id} />;
}
