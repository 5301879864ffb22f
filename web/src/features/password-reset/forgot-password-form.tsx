import { passwordResetRequestBody } from "#contracts/auth";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { useRequestReset } from "./password-reset.hooks";

/** Asks for a reset link by address; `onSent` gets the address, whether or not it has an account. */
export function ForgotPasswordForm({ onSent }: { onSent: (email: string) => void }) {
  const request = useRequestReset();
  const form = useSchemaForm({ schema: passwordResetRequestBody, labels: { email: "Email" } });

  return (
    <Form
      form={form}
      onSubmit={async ({ email }) => {
        await request.mutateAsync(email);
        onSent(email);
      }}
    >
      <TextField
        name="email"
        type="email"
        autoComplete="username"
        spellCheck={false}
        hint="The address you sign in with."
      />
      <Submit pendingLabel="Sending…">Send me a link</Submit>
    </Form>
  );
}
