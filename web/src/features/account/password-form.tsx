import { passwordChangeBody } from "#contracts/auth";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { Panel } from "../../components/panel";
import { useSchemaForm } from "../../lib/forms";
import { useChangePassword } from "./account.hooks";

/** Changing the password signs out every other session, and the form says so. */
export function PasswordForm({ email }: { email: string }) {
  const change = useChangePassword();
  const form = useSchemaForm({
    schema: passwordChangeBody,
    labels: { currentPassword: "Current password", newPassword: "New password" },
  });

  return (
    <Panel heading="Change password">
      <Form
        form={form}
        announces
        onSubmit={async ({ currentPassword, newPassword }) => {
          await change.mutateAsync({ current: currentPassword, next: newPassword });
          form.reset();
          return "Your password is changed. Other devices have been signed out.";
        }}
      >
        {/* Lets password managers tie the new password to the right account. */}
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField name="currentPassword" type="password" autoComplete="current-password" />
        <TextField
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint="12 to 128 characters. Common passwords are refused."
        />
        <Submit pendingLabel="Changing…">Change password</Submit>
      </Form>
    </Panel>
  );
}
