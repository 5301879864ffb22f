import { type FormEvent, useState } from "react";
import { Button } from "../../components/button";
import { Field } from "../../components/field";
import { ErrorMessage, StatusMessage } from "../../components/messages";
import { formText, missingFields, useFormErrors } from "../../lib/field-errors";
import { useChangePassword } from "./account.hooks";

const labels = { currentPassword: "Current password", newPassword: "New password" };

/** Changing the password signs out every other session, and the form says so. */
export function PasswordForm({ email }: { email: string }) {
  const change = useChangePassword();
  const [status, setStatus] = useState<string | null>(null);
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const current = formText(form, "currentPassword");
    const next = formText(form, "newPassword");
    setStatus(null);
    const missing = missingFields({ currentPassword: current, newPassword: next }, labels);
    if (missing) return showFieldErrors(missing);
    clear();
    change.mutate(
      { current, next },
      {
        onSuccess: () => {
          form.reset();
          setStatus("Your password is changed. Other devices have been signed out.");
        },
        onError: showError,
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        {/* Lets password managers tie the new password to the right account. */}
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <ErrorMessage>{formError}</ErrorMessage>
        <Field
          label={labels.currentPassword}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          error={fieldErrors.currentPassword}
        />
        <Field
          label={labels.newPassword}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint="12 to 128 characters. Common passwords are refused."
          error={fieldErrors.newPassword}
        />
        <Button type="submit" pending={change.isPending} pendingLabel="Changing…">
          Change password
        </Button>
        <StatusMessage>{status}</StatusMessage>
      </form>
    </section>
  );
}
