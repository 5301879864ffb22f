import { useState } from "react";
import { newWorkItemBody, WORK_ITEM_DESCRIPTION_MAX, WORK_ITEM_TITLE_MAX } from "#contracts/priorities";
import { Form, Submit } from "../../components/form";
import { TextAreaField, TextField } from "../../components/form-fields";
import { StatusMessage } from "../../components/messages";
import { useSchemaForm } from "../../lib/forms";
import { useAddWorkItem } from "./priorities.hooks";

/** Adds a work item to the team's list; anyone on the team may. */
export function AddItemForm({ teamId }: { teamId: string }) {
  const add = useAddWorkItem(teamId);
  const [added, setAdded] = useState<string | null>(null);
  const form = useSchemaForm({
    schema: newWorkItemBody,
    labels: { title: "Title", description: "Description (optional)" },
    whenEmpty: { title: "Give the item a title." },
  });
  return (
    <Form
      form={form}
      className="form priorities-add"
      aria-label="Add a work item"
      onSubmitCapture={() => setAdded(null)}
      onSubmit={async (values) => {
        const description = values.description?.trim() ?? "";
        const item = await add.mutateAsync(
          description === "" ? { title: values.title } : { title: values.title, description },
        );
        form.reset();
        setAdded(item.title);
      }}
    >
      <TextField name="title" maxLength={WORK_ITEM_TITLE_MAX} hint="What the work is, in a few words." />
      <TextAreaField
        name="description"
        rows={3}
        maxLength={WORK_ITEM_DESCRIPTION_MAX}
        hint="Enough for everyone to rate the same thing."
      />
      <Submit pendingLabel="Adding…">Add the item</Submit>
      <StatusMessage>{added ? `“${added}” is added to the list; rate it below.` : null}</StatusMessage>
    </Form>
  );
}
