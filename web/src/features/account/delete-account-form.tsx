import { useEffect, useState } from "react";
import { accountDeletionBody } from "#contracts/erasure";
import { Button } from "../../components/button";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { Panel } from "../../components/panel";
import { useSchemaForm } from "../../lib/forms";
import { useDeleteAccount } from "./account.hooks";

/**
 * Deleting my own account: what goes and what stays, said before anything is asked; then my
 * password, and a last button that says it cannot be undone. The server refuses while I am a
 * team's only leader or the workspace's only admin, and the form shows its sentence.
 */
export function DeleteAccountForm({ email }: { email: string }) {
  const remove = useDeleteAccount();
  const [asking, setAsking] = useState(false);
  const form = useSchemaForm({ schema: accountDeletionBody, labels: { password: "Your password" } });
  // Keyboard and screen-reader users land on the password once they have chosen to go on.
  useEffect(() => {
    if (asking) form.setFocus("password");
  }, [asking, form]);

  return (
    <Panel heading="Delete my account">
      <p>Deleting your account cannot be undone.</p>
      <ul>
        <li>
          <strong>What goes:</strong> your answers and their history, your self-assessments, your stances on
          goals and the questions you asked about them, your ratings of work items, the talking points you
          added, which pulse rounds you answered, your question lists, API tokens, calendar feed and coaching,
          and what your leaders wrote about you, such as their beliefs, estimates and private notes.
        </li>
        <li>
          <strong>What stays:</strong> anonymous pulse responses, which name no one; and the commitments and
          shared conversation notes you have with others, kept with you shown as "A former member". The people
          you led still see their conversations with you, shared notes included.
        </li>
      </ul>
      {asking ? (
        <Form
          form={form}
          onSubmit={async ({ password }) => {
            await remove.mutateAsync(password);
          }}
        >
          <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
          <TextField
            name="password"
            type="password"
            autoComplete="current-password"
            hint="Type your password to confirm it is you."
          />
          <div className="form__actions">
            <Submit variant="danger" pendingLabel="Deleting…">
              Delete my account for good
            </Submit>
            <Button
              variant="secondary"
              onClick={() => {
                form.reset();
                setAsking(false);
              }}
            >
              Keep my account
            </Button>
          </div>
        </Form>
      ) : (
        <Button variant="danger" onClick={() => setAsking(true)}>
          Delete my account…
        </Button>
      )}
    </Panel>
  );
}
