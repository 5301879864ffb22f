import { resetPasswordBody } from "#contracts/auth";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { useResetPassword } from "./password-reset.hooks";

/** The part of the body a person types; the token comes with the link. */
const newPasswordBody = resetPasswordBody.pick({ newPassword: true });

/** The new password for the link's person: the length rule here, the rest (common passwords) on the server. */
export function NewPasswordForm({
  token,
  email,
  onDone,
}: {
  token: string;
  email: string;
  /** `secondFactor` when the person uses two-step sign-in: a code signs them in next. */
  onDone: (next: "signed-in" | "secondFactor") => void;
}) {
  const reset = useResetPassword(token);
  const form = useSchemaForm({ schema: newPasswordBody, labels: { newPassword: "New password" } });

  return (
    <Form
      form={form}
      onSubmit={async ({ newPassword }) => {
        const result = await reset.mutateAsync(newPassword);
        onDone("secondFactor" in result ? "secondFactor" : "signed-in");
      }}
    >
      {/* Lets password managers tie the new password to the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="12 to 128 characters. Common passwords are refused."
      />
      <Submit pendingLabel="Setting…">Set password</Submit>
    </Form>
  );
}
