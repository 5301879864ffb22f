import type { FormEvent } from "react";
import { useNavigate } from "react-router";
import { Button } from "../../components/button";
import { Field } from "../../components/field";
import { ErrorMessage } from "../../components/messages";
import { formText, missingFields, useFormErrors } from "../../lib/field-errors";
import type { InvitationPreview } from "./invitations.api";
import { useAcceptInvitation } from "./invitations.hooks";

const labels = { name: "Your name", password: "Password" };

/**
 * A new person chooses a name and password; someone who already has an account confirms with
 * that account's password, and the team is added to it.
 */
export function AcceptInvitationForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const accept = useAcceptInvitation(token);
  const navigate = useNavigate();
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);
  const isNew = !preview.hasAccount;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = formText(form, "name").trim();
    const password = formText(form, "password");
    const missing = missingFields(isNew ? { name, password } : { password }, labels);
    if (missing) return showFieldErrors(missing);
    clear();
    accept.mutate(isNew ? { name, password } : { password }, {
      onSuccess: ({ teamId }) => void navigate(`/teams/${teamId}`, { state: { joined: true } }),
      onError: showError,
    });
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <ErrorMessage>{formError}</ErrorMessage>
      <div className="field">
        <span className="field__static-label">Email</span>
        <span className="field__static">{preview.email}</span>
      </div>
      {isNew ? (
        <Field label={labels.name} name="name" autoComplete="name" maxLength={100} error={fieldErrors.name} />
      ) : null}
      <Field
        label={isNew ? "Choose a password" : "Your password"}
        name="password"
        type="password"
        autoComplete={isNew ? "new-password" : "current-password"}
        hint={
          isNew
            ? "At least 12 characters. A few unrelated words make a strong one."
            : "You already have an account with this email. Enter its password to join the team."
        }
        error={fieldErrors.password}
      />
      <Button type="submit" pending={accept.isPending} pendingLabel="Joining…">
        Join {preview.teamName}
      </Button>
    </form>
  );
}
