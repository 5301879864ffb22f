import { AGENDA_TEXT_MAX, talkingPointBody } from "#contracts/conversations";
import { Form, Submit } from "../../components/form";
import { TextAreaField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { useAddTalkingPoint } from "./conversations.hooks";

/** The person adds a talking point of their own to the agenda. */
export function TalkingPointForm({
  conversationId,
  leaderName,
}: {
  conversationId: string;
  leaderName: string;
}) {
  const add = useAddTalkingPoint(conversationId);
  const form = useSchemaForm({
    schema: talkingPointBody,
    labels: { text: "Your talking point" },
    whenEmpty: { text: "Write your talking point first." },
  });
  return (
    <Form
      form={form}
      announces
      className="form talking-point-form"
      onSubmit={async ({ text }) => {
        await add.mutateAsync(text);
        form.reset({ text: "" });
        return "Your talking point is on the agenda.";
      }}
    >
      <TextAreaField
        name="text"
        rows={2}
        maxLength={AGENDA_TEXT_MAX}
        hint={
          <>
            Something you want to talk about. <span dir="auto">{leaderName}</span> sees it on the agenda.
          </>
        }
      />
      <Submit pendingLabel="Adding…">Add talking point</Submit>
    </Form>
  );
}
