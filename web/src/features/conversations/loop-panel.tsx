import { Link } from "react-router";
import { z } from "zod";
import { AGENDA_TEXT_MAX } from "#contracts/conversations";
import { LOOP_OPEN_DAYS } from "#core/conversations/loop";
import { Form, Submit } from "../../components/form";
import { TextAreaField } from "../../components/form-fields";
import { ErrorMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { useSchemaForm } from "../../lib/forms";
import type { LeaderConversation } from "./conversations.api";
import { useUpdateConversation } from "./conversations.hooks";

const signalForm = z.object({
  signal: z
    .string()
    .trim()
    .min(1, "is required")
    .max(AGENDA_TEXT_MAX, `must be at most ${AGENDA_TEXT_MAX} characters`),
});

/**
 * The vulnerability loop as the leader records it: what they shared first (the signal), whether the
 * person answered in kind, and whether the leader noticed that and said so (the loop's close).
 */
export function LoopPanel({
  conversation,
  firstName,
}: {
  conversation: LeaderConversation;
  firstName: string;
}) {
  const update = useUpdateConversation(conversation.id);
  const { loop } = conversation;
  const form = useSchemaForm({
    schema: signalForm,
    labels: { signal: "What I shared first" },
    whenEmpty: { signal: "Write what you shared first." },
    defaultValues: { signal: loop.signal ?? "" },
  });
  const mark = (field: "respondedAt" | "closedAt", checked: boolean) =>
    update.mutate({ loop: { [field]: checked ? new Date().toISOString() : null } });

  return (
    <>
      <p className="fine-print">
        Being open first is how trust starts; the loop closes when <span dir="auto">{firstName}</span> answers
        in kind and you notice it. A loop with no close {LOOP_OPEN_DAYS} days after you shared is flagged on
        your home. <Link to="/learn/vulnerability-loop">How a vulnerability loop runs</Link>
      </p>
      <Form
        form={form}
        announces
        className="form loop-form"
        onSubmit={async ({ signal }) => {
          await update.mutateAsync({
            loop: { signal, ...(loop.signalAt ? {} : { signalAt: new Date().toISOString() }) },
          });
          return "What you shared is saved.";
        }}
      >
        <TextAreaField
          name="signal"
          rows={2}
          maxLength={AGENDA_TEXT_MAX}
          hint="A mistake, a doubt, something you are still learning. Only you see this."
        />
        {loop.signalAt ? <p className="fine-print">Shared on {formatDate(loop.signalAt)}.</p> : null}
        <Submit pendingLabel="Saving…" variant="secondary">
          Save what I shared
        </Submit>
      </Form>
      <fieldset className="loop-steps" disabled={!loop.signalAt || update.isPending}>
        <legend>What followed</legend>
        {!loop.signalAt ? (
          <p className="fine-print">Save what you shared first to mark what followed.</p>
        ) : null}
        <label className="choice">
          <input
            type="checkbox"
            checked={loop.respondedAt !== null}
            onChange={(event) => mark("respondedAt", event.target.checked)}
          />
          <span>
            <span dir="auto">{firstName}</span> answered in kind
            {loop.respondedAt ? ` (${formatDate(loop.respondedAt)})` : ""}
          </span>
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={loop.closedAt !== null}
            onChange={(event) => mark("closedAt", event.target.checked)}
          />
          <span>
            I noticed their answer and said so: the loop is closed
            {loop.closedAt ? ` (${formatDate(loop.closedAt)})` : ""}
          </span>
        </label>
      </fieldset>
      <ErrorMessage>{update.isError ? errorMessage(update.error) : null}</ErrorMessage>
    </>
  );
}
