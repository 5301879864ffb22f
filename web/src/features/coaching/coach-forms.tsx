import { useWatch } from "react-hook-form";
import { z } from "zod";
import {
  ASSIGNMENT_MEASURES,
  ASSIGNMENT_TITLE_MAX,
  COACH_NOTE_MAX,
  coachNoteBody,
  newAssignmentBody,
} from "#contracts/coaching";
import { Form, Submit } from "../../components/form";
import { SelectField, TextAreaField, TextField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { dayFromToday, formatDay } from "../conversations/schedule";
import { useSetAssignment, useWriteNote } from "./coaching.hooks";
import { MEASURE_WORDS } from "./coaching-words";

/** A note to the leader: private between the two of them. */
export function NoteForm({ leaderId, leaderName }: { leaderId: string; leaderName: string }) {
  const write = useWriteNote(leaderId);
  const form = useSchemaForm({ schema: coachNoteBody, labels: { body: `Note to ${leaderName}` } });
  return (
    <Form
      form={form}
      announces
      aria-label={`Write a note to ${leaderName}`}
      onSubmit={async (input) => {
        await write.mutateAsync(input);
        form.reset();
        return `The note is sent: ${leaderName} reads it on their home.`;
      }}
    >
      <TextAreaField name="body" rows={4} maxLength={COACH_NOTE_MAX} hint="Only the two of you see it." />
      <Submit pendingLabel="Sending…">Send the note</Submit>
    </Form>
  );
}

/**
 * The contract's fields, the target read from a number field (text, empty when not given); then
 * the contract's own body checks the whole, so a measured assignment without a target is refused
 * here by the rule the server applies.
 */
const assignmentForm = z
  .object({
    ...newAssignmentBody.shape,
    target: z.preprocess(
      (value) => (value === "" || value === undefined ? undefined : Number(value)),
      newAssignmentBody.shape.target,
    ),
  })
  .superRefine((body, context) => {
    const verdict = newAssignmentBody.safeParse(body);
    for (const issue of verdict.error?.issues ?? []) {
      context.addIssue({ code: "custom", path: issue.path, message: issue.message });
    }
  });

const measureOptions = ASSIGNMENT_MEASURES.map((measure) => ({
  value: measure,
  label: MEASURE_WORDS[measure].label,
}));

/** Sets the leader a practice assignment, measured from their data or marked done by them. */
export function AssignmentForm({ leaderId, leaderName }: { leaderId: string; leaderName: string }) {
  const set = useSetAssignment(leaderId);
  const form = useSchemaForm({
    schema: assignmentForm,
    labels: { title: "What to practise", dueOn: "Due on", measure: "How it is measured", target: "Target" },
    defaultValues: { dueOn: dayFromToday(14), measure: "conversations_held", target: 2 },
    whenEmpty: { target: "Say how many make it done." },
  });
  return (
    <Form
      form={form}
      announces
      aria-label={`Set ${leaderName} an assignment`}
      onSubmit={async (input) => {
        const created = await set.mutateAsync(input);
        form.reset({ title: "", dueOn: dayFromToday(14), measure: created.measure, target: 2 });
        return `The assignment is set, due ${formatDay(created.dueOn)}.`;
      }}
    >
      <TextField
        name="title"
        maxLength={ASSIGNMENT_TITLE_MAX}
        hint="For example: close two vulnerability loops this fortnight."
      />
      <div className="form__row">
        <TextField name="dueOn" type="date" />
        <SelectField
          name="measure"
          options={measureOptions}
          hint="A measured one counts from today to its due day, from the leader's own records."
        />
        <TargetField />
      </div>
      <Submit pendingLabel="Setting…">Set the assignment</Submit>
    </Form>
  );
}

/** How many of the measure make the assignment done; not asked for one the leader marks. */
function TargetField() {
  const measure: unknown = useWatch({ name: "measure" });
  if (measure === "manual") return null;
  return <TextField name="target" type="number" inputMode="numeric" min={1} max={100} />;
}
