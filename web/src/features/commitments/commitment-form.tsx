import { z } from "zod";
import { COMMITMENT_TEXT_MAX, commitmentOwnerSchema, daySchema } from "#contracts/commitments";
import { Form, Submit } from "../../components/form";
import { ChoiceGroup, TextAreaField, TextField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { dayFromToday } from "../conversations/schedule";
import type { CommitmentOwner } from "./commitments.api";
import { useRecordCommitment } from "./commitments.hooks";

const commitmentForm = z.object({
  owner: commitmentOwnerSchema,
  text: z
    .string()
    .trim()
    .min(1, "is required")
    .max(COMMITMENT_TEXT_MAX, `must be at most ${COMMITMENT_TEXT_MAX} characters`),
  dueOn: daySchema,
});

interface CommitmentFormProps {
  /** Who records it: the leader of the pair, or the person they lead. */
  viewer: CommitmentOwner;
  /** The other side, named as the server needs it: the person a leader leads, or a person's leader. */
  other: { id: string; name: string };
  conversationId: string | null;
}

/** Records what one side promised the other, due on a day (a week from today unless changed). */
export function CommitmentForm({ viewer, other, conversationId }: CommitmentFormProps) {
  const record = useRecordCommitment();
  const theirs: CommitmentOwner = viewer === "leader" ? "member" : "leader";
  const form = useSchemaForm({
    schema: commitmentForm,
    labels: { owner: "Who promised", text: "What was promised", dueOn: "Due on" },
    defaultValues: { owner: viewer, dueOn: dayFromToday(7) },
  });
  return (
    <Form
      form={form}
      announces
      className="form commitment-form"
      onSubmit={async ({ owner, text, dueOn }) => {
        await record.mutateAsync({
          ...(viewer === "leader" ? { personId: other.id } : { leaderId: other.id }),
          owner,
          text,
          dueOn,
          conversationId,
        });
        form.reset({ owner, text: "", dueOn: dayFromToday(7) });
        return "The commitment is recorded.";
      }}
    >
      <ChoiceGroup
        name="owner"
        options={[
          { value: viewer, label: "I did" },
          {
            value: theirs,
            label: (
              <span>
                <span dir="auto">{other.name}</span> did
              </span>
            ),
          },
        ]}
      />
      <TextAreaField name="text" rows={2} maxLength={COMMITMENT_TEXT_MAX} />
      <TextField name="dueOn" type="date" />
      <Submit pendingLabel="Recording…" variant="secondary">
        Record commitment
      </Submit>
    </Form>
  );
}
