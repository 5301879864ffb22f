import { z } from "zod";
import { NOTES_MAX } from "#contracts/conversations";
import { Form, Submit } from "../../components/form";
import { TextAreaField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import type { LeaderConversation } from "./conversations.api";
import { useUpdateConversation } from "./conversations.hooks";

const notesForm = z.object({
  sharedNotes: z.string().max(NOTES_MAX, `must be at most ${NOTES_MAX} characters`),
  privateNotes: z.string().max(NOTES_MAX, `must be at most ${NOTES_MAX} characters`),
});

/** The two kinds of notes side by side, each saying who reads it. */
export function NotesForm({
  conversation,
  firstName,
}: {
  conversation: LeaderConversation;
  firstName: string;
}) {
  const update = useUpdateConversation(conversation.id);
  const form = useSchemaForm({
    schema: notesForm,
    labels: { sharedNotes: "Shared notes", privateNotes: "Private notes" },
    defaultValues: { sharedNotes: conversation.sharedNotes, privateNotes: conversation.privateNotes },
  });
  return (
    <Form
      form={form}
      announces
      className="form notes-form"
      onSubmit={async (notes) => {
        await update.mutateAsync(notes);
        form.reset(notes);
        return "Your notes are saved.";
      }}
    >
      <div className="notes-form__pair">
        <TextAreaField
          name="sharedNotes"
          className="notes-form__shared"
          rows={6}
          maxLength={NOTES_MAX}
          hint={
            <>
              <span className="audience audience--shared">
                <span dir="auto">{firstName}</span> sees these
              </span>{" "}
              What you agreed, in words you would both sign.
            </>
          }
        />
        <TextAreaField
          name="privateNotes"
          className="notes-form__private"
          rows={6}
          maxLength={NOTES_MAX}
          hint={
            <>
              <span className="audience audience--private">Only you see these</span>{" "}
              <span dir="auto">{firstName}</span> never does, nor anyone else.
            </>
          }
        />
      </div>
      <Submit pendingLabel="Saving…">Save notes</Submit>
    </Form>
  );
}
